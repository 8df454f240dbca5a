// Writes what follows from the list of languages (scripts/languages.mjs) and is not code: a demo page
// for each language without a hand-written one (demo/<lang>.html; demo/hi.html is written by hand, in
// Hindi) and the demo index's links to every language: `node scripts/language-files.mjs` (`--check`
// fails on a stale file instead; test/node/languages.test.mjs checks the same). The tables of
// docs/languages.md (each language's files, numbers and dates) are a block of `npm run readme`, made
// here (languageBlock).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeOrCheck } from './generated-file.mjs';
import { bundleFile, localeFile } from './embed-snippet.mjs';
import { languages } from './languages.mjs';

const MARK = '<!-- Written by scripts/language-files.mjs';

/** Whether demo/<lang>.html is a page written by hand (kept as it is). */
export const handWritten = (lang) => existsSync(`demo/${lang}.html`) && !readFileSync(`demo/${lang}.html`, 'utf8').includes(MARK);

/** The generated demo page of a language: English around the elements, which carry the language's `lang`. */
export const demoPage = ({ lang, name, english }) => `<!doctype html>
${MARK} from scripts/languages.mjs: run node scripts/language-files.mjs, do not edit. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Stem cell injections in ${english} · Riverside Joint Clinic (demo)</title>
    <link rel="stylesheet" href="/demo/demo.css" />
    <script type="module" src="/dist/cdn/${bundleFile(lang)}"></script>
  </head>
  <body>
    <header class="site-header">
      <p class="brand">Riverside Joint Clinic</p>
      <nav aria-label="Site"><a href="#faq">Questions</a> <a href="#steps">The procedure</a> <a href="#dose">Dose</a></nav>
    </header>
    <main>
      <h1>Stem cell injections, in ${english} (<span lang="${lang}">${name}</span>)</h1>
      <p class="lede">
        This demo page loads the CDN bundle with ${english} (${bundleFile(lang)}) with one script tag, under a strict
        Content-Security-Policy. The page’s own text is English; the elements say lang="${lang}", so they are in ${english}.
        <a href="/">English</a>
      </p>

      <h2 id="steps">What happens, step by step</h2>
      <procedure-steps lang="${lang}" dose-link="#dose" current="2"></procedure-steps>

      <h2 id="dose">How many cells you need</h2>
      <dose-note lang="${lang}" calculator heading-level="3"></dose-note>

      <h2 id="faq">Questions patients ask</h2>
      <stem-cell-faq
        lang="${lang}"
        search
        structured-data
        last-reviewed="2026-12-04"
        next-review-due="2027-12-02"
        reviewed-by="Dr A. Rao, orthopaedic surgeon"
      ></stem-cell-faq>
    </main>
    <footer class="site-footer">
      <p>Demo of stem-cell-explainers. <a href="/">English</a> · <a href="/storybook-static/">Storybook</a></p>
    </footer>
  </body>
</html>
`;

/** The demo index's links to each language's page, each named in its language. */
export const languageLinks = () =>
  [
    '<!-- languages:start (written by node scripts/language-files.mjs from scripts/languages.mjs) -->',
    ...languages.map(({ lang, name }) => `<a href="/demo/${lang}.html" lang="${lang}" hreflang="${lang}">${name}</a> ·`),
    '<!-- languages:end -->',
  ].join('\n        ');

/** Each language's numbers and dates as Node's `Intl` writes them: [lang, 2 million per kg, 70 kg, a date]. */
export async function languageNumbers() {
  const { bigNumber, formatDate } = await import('../dist/internal/numbers.js');
  const { localeFor } = await import('../dist/internal/locale.js');
  for (const { lang } of languages) await import(`../dist/locales/${lang}.js`);
  const { cellsPerKg } = (await import('../dist/content/index.js')).doseRule;
  const date = new Date(Date.UTC(2026, 11, 2));
  return ['en', 'en-IN', ...languages.map((l) => l.lang)].map((lang) => {
    const own = localeFor(lang).numbers;
    return [lang, bigNumber(cellsPerKg, lang, { own }), bigNumber(70 * cellsPerKg, lang, { own }), formatDate(date, lang)];
  });
}

const row = (cells) => `| ${cells.join(' | ')} |`;

/** docs/languages.md's table of each language's files and review (a block of npm run readme, scripts/readme-embed.mjs). */
export function languageBlock() {
  return [
    row(['Language', '`lang`', 'Script', 'All-in-one CDN files', 'Beside a per-element file: its part of the language', 'npm', 'Review']),
    row(Array(7).fill('---')),
    ...languages.map(({ lang, name, english, script }) =>
      row([
        `${english} (${name})`,
        `\`${lang}\``,
        script,
        `\`${bundleFile(lang)}\`, \`${bundleFile(lang, true)}\``,
        `\`${localeFile(lang, '<element>')}\` (\`${localeFile(lang)}\`: all three)`,
        `\`stem-cell-explainers/locales/${lang}\``,
        existsSync(`docs/reviews/${lang}.md`) ? `[reviews/${lang}.md](reviews/${lang}.md)` : '(none yet)',
      ]),
    ),
  ];
}

/** docs/languages.md's table of each language's numbers and dates (`numbers`, from languageNumbers()). */
export function numbersBlock(numbers = []) {
  return [
    row(['`lang`', '2 million per kg', '70 kg gives', 'a date']),
    row(Array(4).fill('---')),
    ...numbers.map(([lang, ...cells]) => row([`\`${lang}\``, ...cells])),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const how = 'npm run build && node scripts/language-files.mjs';
  for (const language of languages) if (!handWritten(language.lang)) writeOrCheck(`demo/${language.lang}.html`, demoPage(language), how);
  const index = readFileSync('demo/index.html', 'utf8');
  writeOrCheck(
    'demo/index.html',
    index.replace(/<!-- languages:start[\s\S]*?<!-- languages:end -->/, () => languageLinks()),
    how,
  );
}
