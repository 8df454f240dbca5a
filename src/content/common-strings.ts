// Every element's UI strings in English: its footer. Each element adds its own table.
// A translation (src/content/<lang>/strings.ts) has the same keys and `{name}` placeholders.
export const commonStrings = {
  contentVersion: 'Content version {version}, written from the clinic’s information on {date}.',
};
