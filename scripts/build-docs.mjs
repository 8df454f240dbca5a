// The documentation site: writes docs/api.md from custom-elements.json, then renders docs/*.md (and the
// changelog, the content reviews and the benchmark's results) to HTML pages in dist/docs/, which
// `npm run demo` serves beside the demo page. Text only: raw HTML in Markdown is not passed through
// (markdown-it with `html: false`), so a page can hold no script or inline style, and the strict CSP
// of the demo server applies. Headings get GitHub's ids, so an #anchor works on GitHub and here alike.
// The folder is whole (the pages and their stylesheet, demo/docs.css); links to the demo, Storybook
// and the repository's files are absolute paths of the demo server.
//
//   node scripts/build-docs.mjs            writes docs/api.md and dist/docs/
//   node scripts/build-docs.mjs --check    fails if docs/api.md is stale (and writes dist/docs/)
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';
import MarkdownIt from 'markdown-it';
import { apiMarkdown } from './api-docs.mjs';
import { writeOrCheck } from './generated-file.mjs';

export const OUT = 'dist/docs';

/** Every rendered page: its Markdown source, its file in dist/docs, its name in the navigation, and a title for a source without one. */
export const pages = [
  ['docs/README.md', 'index.html', 'Overview'],
  ['docs/embedding.md', 'embedding.html', 'Embedding'],
  ['docs/wordpress.md', 'wordpress.html', 'WordPress'],
  ['docs/server-rendering.md', 'server-rendering.html', 'Server rendering'],
  ['docs/content.md', 'content.html', 'Content'],
  ['docs/languages.md', 'languages.html', 'Languages'],
  ['docs/theming.md', 'theming.html', 'Theming'],
  ['docs/api.md', 'api.html', 'API reference'],
  ['docs/performance.md', 'performance.html', 'Performance'],
  ['docs/security.md', 'security.html', 'Security'],
  ['docs/browsers.md', 'browsers.html', 'Browsers'],
  ['docs/contributing.md', 'contributing.html', 'Contributing'],
  ['CHANGELOG.md', 'changelog.html', 'Changelog'],
  ['CONTENT-REVIEW.md', 'content-review.html'],
  ['HINDI-REVIEW.md', 'hindi-review.html'],
  ['bench/results.md', 'benchmark-results.html', undefined, 'Benchmark results'],
].map(([source, file, nav, title]) => ({ source, file, nav, title }));

/** GitHub's heading ids: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

/** The plain text of a heading's inline token, as GitHub slugs it (code spans by their content). */
const headingText = (inline) => inline.children.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('');

/** Marker comments of generated blocks are for the scripts, not for readers. */
const withoutMarkers = (source) => source.replace(/^<!-- [\w-]+:(start|end)\b[^\n]*-->\n/gm, '');

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Where a relative link of `from` (a repository path) goes in the site: a rendered page becomes its
 * HTML file, any other file of the repository its path from the server's root. Absolute and in-page
 * links are left as written.
 */
export function siteHref(from, href) {
  if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(href)) return href;
  const [path, hash = ''] = href.split(/(?=#)/);
  const target = normalize(join(dirname(from), decodeURIComponent(path)));
  const page = pages.find((p) => p.source === target);
  return page ? `${page.file}${hash}` : `/${target}${hash}`;
}

/** A markdown-it set up as every page is rendered: no raw HTML, GitHub's ids, site links, scrollable tables and code. */
export function renderer(from) {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('heading_ids', (state) => {
    const slug = slugger();
    const tokens = state.tokens;
    const headings = []; // the headings the current place is under, by level
    const labels = new Map();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.type === 'heading_open') {
        const level = Number(token.tag.slice(1));
        headings.length = level;
        headings[level - 1] = headingText(tokens[i + 1]);
        token.attrSet('id', slug(headings[level - 1]));
      }
      // A wide table scrolls on its own, and can be scrolled from the keyboard: a focusable region,
      // named by the headings it is under (below the page's title), each name once on the page.
      if (token.type === 'table_open') {
        const label = headings.slice(1).filter(Boolean).join(': ') || headings[0] || 'details';
        const seen = (labels.get(label) ?? 0) + 1;
        labels.set(label, seen);
        token.meta = { label: seen > 1 ? `${label} (${seen})` : label };
      }
    }
  });
  md.renderer.rules.table_open = (tokens, i) =>
    `<div class="table" role="region" tabindex="0" aria-label="${escape(`Table: ${tokens[i].meta?.label || 'details'}`)}"><table>\n`;
  md.renderer.rules.table_close = () => '</table></div>\n';
  // A long path or file name may break after a slash or before a dot, rather than between any two letters.
  md.renderer.rules.code_inline = (tokens, i) => {
    const text = escape(tokens[i].content);
    return `<code>${text.length > 16 ? text.replace(/\/(?=.)/g, '/<wbr>').replace(/(?<=\w)\.(?=\w)/g, '<wbr>.') : text}</code>`;
  };
  md.renderer.rules.fence = (tokens, i) => {
    const lang = tokens[i].info.trim().split(/\s+/)[0];
    const label = { sh: 'Shell', js: 'JavaScript', ts: 'TypeScript', html: 'HTML', css: 'CSS', php: 'PHP' }[lang] ?? 'Code';
    return `<pre tabindex="0" aria-label="${label} example"><code${lang ? ` class="language-${escape(lang)}"` : ''}>${escape(tokens[i].content)}</code></pre>\n`;
  };
  const link = md.renderer.rules.link_open ?? ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = tokens[i].attrGet('href');
    if (href) tokens[i].attrSet('href', siteHref(from, href));
    return link(tokens, i, options, env, self);
  };
  return md;
}

/** One page's HTML: its language, a skip link, the site's navigation, the page in <main>, a footer. */
export function renderPage(page, source = readFileSync(page.source, 'utf8')) {
  if (page.title && !/^# /m.test(source)) source = `# ${page.title}\n\n${source}`;
  const md = renderer(page.source);
  const env = {};
  const tokens = md.parse(withoutMarkers(source), env);
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const title = h1 >= 0 ? headingText(tokens[h1 + 1]) : basename(page.source);
  const body = md.renderer.render(tokens, md.options, env);
  const nav = pages
    .filter((p) => p.nav)
    .map((p) => `<li><a href="${p.file}"${p === page ? ' aria-current="page"' : ''}>${escape(p.nav)}</a></li>`)
    .join('\n          ');
  const sourceLink = `/${page.source}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${escape(title)} · stem-cell-explainers</title>
    <link rel="stylesheet" href="docs.css">
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site">
      <p class="brand"><a href="index.html">stem-cell-explainers</a> <span>documentation</span></p>
      <nav aria-label="Documentation">
        <ul>
          ${nav}
        </ul>
      </nav>
    </header>
    <main id="main" tabindex="-1">
${body}    </main>
    <footer class="site">
      <p>
        <a href="/">Demo page</a> · <a href="/demo/builder.html">Embed builder</a> ·
        <a href="/storybook-static/">Storybook</a> · <a href="${escape(sourceLink)}">This page’s source</a> · MIT licence
      </p>
    </footer>
  </body>
</html>
`;
}

/** Writes docs/api.md (or, with --check, fails when it is stale) and every page into dist/docs/. */
export function buildDocs({ check = process.argv.includes('--check') } = {}) {
  if (existsSync('custom-elements.json')) {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    writeOrCheck('docs/api.md', apiMarkdown(manifest), 'npm run docs (after npm run build)');
  } else if (check) {
    throw new Error('custom-elements.json is missing: run npm run build first');
  }
  renderSite();
  console.log(`docs: ${pages.length} pages in ${relative('.', OUT)}/`);
}

/** Writes every page and the stylesheet into dist/docs/, from empty. */
export function renderSite() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const page of pages) writeFileSync(join(OUT, page.file), renderPage(page));
  copyFileSync('demo/docs.css', join(OUT, 'docs.css'));
}

if (import.meta.url === `file://${process.argv[1]}`) buildDocs();
