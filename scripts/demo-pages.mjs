// Writes a demo page for each language of scripts/languages.mjs that has no hand-written one
// (demo/hi.html is written by hand, in Hindi): demo/<lang>.html, built like the English demo, loading
// the all-in-one CDN file with the language. Its own text is English (lang="en"); the elements carry
// the language's `lang`, so they are in it. Also writes the demo index's links to every language.
// `--check` fails on a stale page instead of writing it (test/node/languages.test.mjs runs it).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeOrCheck } from './generated-file.mjs';
import { bundleFile } from './embed-snippet.mjs';
import { languages } from './languages.mjs';

const MARK = '<!-- Written by scripts/demo-pages.mjs';

/** Whether demo/<lang>.html is a page written by hand (kept as it is). */
export const handWritten = (lang) => existsSync(`demo/${lang}.html`) && !readFileSync(`demo/${lang}.html`, 'utf8').includes(MARK);

/** The generated demo page of a language. */
export const demoPage = ({ lang, name, english }) => `<!doctype html>
${MARK} from scripts/languages.mjs: run node scripts/demo-pages.mjs, do not edit. -->
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
        last-reviewed="2026-10-01"
        next-review-due="2027-10-01"
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
    '<!-- languages:start (written by node scripts/demo-pages.mjs from scripts/languages.mjs) -->',
    ...languages.map(({ lang, name }) => `<a href="/demo/${lang}.html" lang="${lang}" hreflang="${lang}">${name}</a> ·`),
    '<!-- languages:end -->',
  ].join('\n        ');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const language of languages)
    if (!handWritten(language.lang)) writeOrCheck(`demo/${language.lang}.html`, demoPage(language), 'node scripts/demo-pages.mjs');
  const index = readFileSync('demo/index.html', 'utf8');
  writeOrCheck(
    'demo/index.html',
    index.replace(/<!-- languages:start[\s\S]*?<!-- languages:end -->/, () => languageLinks()),
    'node scripts/demo-pages.mjs',
  );
}
