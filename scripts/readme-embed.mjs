// Writes the README's embed block (the exact versioned script tags with their integrity) from the
// built dist/cdn/integrity.json. Run by `npm version` (the "version" script) so a release's README
// names its own files; `--check` fails instead of writing (run by `prepublishOnly`).
import { readFileSync, writeFileSync } from 'node:fs';
import { scriptTag } from './embed-snippet.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));

const embed = [
  '<!-- embed:start (written by npm run readme from dist/cdn/integrity.json) -->',
  'Module script (most sites):',
  '',
  '```html',
  scriptTag({ version, integrity }),
  '<stem-cell-faq></stem-cell-faq>',
  '```',
  '',
  'Classic script (tag managers and CMSs that cannot use `type="module"`), best in `<head>`:',
  '',
  '```html',
  scriptTag({ version, integrity, file: 'stem-cell-explainers.iife.js' }),
  '```',
  '<!-- embed:end -->',
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- embed:start[\s\S]*?<!-- embed:end -->/, embed);
if (updated === readme) console.log('README embed block is current.');
else if (process.argv.includes('--check')) {
  console.error('README embed block is stale: run npm run build && npm run readme');
  process.exit(1);
} else {
  writeFileSync('README.md', updated);
  console.log('README embed block written.');
}
