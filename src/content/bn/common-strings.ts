import type { commonStrings } from '../common-strings.js';

// Every element's UI strings in Bengali: its footer (src/content/common-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/bn/strings.ts says how they are written.
export const commonStringsBn: typeof commonStrings = {
  contentVersion: 'তথ্যের সংস্করণ {version}, ক্লিনিকের তথ্য থেকে {date} তারিখে লেখা (ইংরেজি থেকে অনুবাদ)।',
};
