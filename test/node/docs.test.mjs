// The README and the documentation pages, as a reader meets them: every relative link and #anchor
// leads somewhere, every page renders to an accessible web page (axe, light and dark, at 400 % zoom
// without sideways scrolling), docs/api.md says what custom-elements.json says, and the code samples
// work. Needs the build (dist/, custom-elements.json), as `npm test` runs it.
//
// Code samples, by the language after the opening fence:
//   js            run in Node as a module at the repository's root, where `stem-cell-explainers` is this build
//   js browser    run in Chromium on a page that loads the all-in-one bundle and shows the three elements
//   html          parsed by Chromium: scripts and preloads name files of this build (dist/cdn/integrity.json),
//                 CDN addresses name this version with an integrity value, and our elements and placeholders
//                 carry only attributes the manifest knows
//   css           every custom property it sets and every part it styles is one the manifest knows
//   ts            the React hookup, the same code as test/consumers/react-app/src/elements.d.ts, which
//                 consumers.test.mjs type-checks in a React app
//   php, and the WordPress shortcodes: run in a real WordPress by test/wordpress/wordpress.test.mjs;
//                 here the shortcodes' names are checked against the plugin
//   the CSP string: the policy scripts/serve.mjs serves the demo with
// Samples only read, never run, are listed in ILLUSTRATIVE below with the reason.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { apiMarkdown } from '../../scripts/api-docs.mjs';
import { currentBlocks, generatedBlocks, generatedFiles, withBlocks } from '../../scripts/readme-embed.mjs';
import { OUT as out, pages, renderPage, renderSite, slugger } from '../../scripts/build-docs.mjs';
import { launch } from '../../scripts/chromium.mjs';
import { CSP, serve } from '../../scripts/serve.mjs';
import { TAGS } from '../../dist/internal/tags.js';

/** The Markdown a reader follows: the README, every page in docs/, and the changelog. */
const files = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  'CHANGELOG.md',
];
const read = (file) => readFileSync(file, 'utf8');
const md = new MarkdownIt({ html: false });

/** Samples that are read, not run: [file, a piece of the sample's first line, why]. */
const ILLUSTRATIVE = [
  ['README.md', 'npm install stem-cell-explainers', 'installs from the registry; the package test installs the packed tarball instead'],
  [
    'docs/embedding.md',
    'npm install stem-cell-explainers',
    'installs from the registry; the package test installs the packed tarball instead',
  ],
  [
    'docs/server-rendering.md',
    'npm install stem-cell-explainers @lit-labs/ssr',
    'installs from the registry; both are devDependencies here',
  ],
  ['docs/contributing.md', 'npm run demo', 'the two long commands themselves; CI runs npm test'],
  [
    'docs/server-rendering.md',
    "import 'stem-cell-explainers/hydrate'",
    "imports the reader's own app (./my-app.js); the hydrate entry is tested in the browser tests",
  ],
  ['docs/server-rendering.md', '// eleventy.config.js', 'run as written, in an Eleventy build, by test/node/ssr.test.mjs'],
  ['docs/wordpress.md', '<?php', 'run as written, in a real WordPress, by test/wordpress/wordpress.test.mjs'],
];
const illustrative = (file, sample) => ILLUSTRATIVE.find(([f, start]) => f === file && sample.content.split('\n')[0].includes(start));

/** Every fenced sample of a file: its language, its flags, its text and its line. */
const samples = (file) =>
  md
    .parse(read(file), {})
    .filter((t) => t.type === 'fence')
    .map((t) => {
      const [lang = '', ...flags] = t.info.trim().split(/\s+/);
      return { file, lang, flags, content: t.content, line: t.map[0] + 1 };
    });
const where = (s) => `${s.file}:${s.line}`;

/** The ids GitHub (and the docs site) give a file's headings. */
function headingIds(file) {
  const slug = slugger();
  const tokens = md.parse(read(file), {});
  return tokens.flatMap((t, i) =>
    t.type === 'heading_open'
      ? [slug(tokens[i + 1].children.map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : '')).join(''))]
      : [],
  );
}

/** Every link of a file, with its line. */
function links(file) {
  const out = [];
  for (const block of md.parse(read(file), {}))
    for (const token of block.children ?? [])
      if (token.type === 'link_open' || token.type === 'image')
        out.push({ href: token.attrGet('href') ?? token.attrGet('src'), line: block.map?.[0] + 1 });
  return out;
}

const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const attributesOf = (tag) => new Set(elements.find((e) => e.tagName === tag).attributes.map((a) => a.name));
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'title', 'hidden']);
const PLACEHOLDER = { faq: 'stem-cell-faq', steps: 'procedure-steps', dose: 'dose-note' };

describe('the docs', () => {
  describe('links', () => {
    for (const file of files)
      it(`every relative link and #anchor in ${file} leads to a file and a heading that exist`, () => {
        for (const { href, line } of links(file)) {
          if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
            // The demo server's addresses name files of the repository or of the build.
            const local = href.match(/^http:\/\/127\.0\.0\.1:8000\/([^#?]*)/);
            if (local)
              assert.ok(
                local[1] === '' || existsSync(local[1]) || local[1].startsWith('dist/docs'),
                `${file}:${line}: ${href} names no file`,
              );
            continue;
          }
          const [path, anchor] = href.split('#');
          const target = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
          assert.ok(existsSync(target), `${file}:${line}: ${href}: ${target} does not exist`);
          if (anchor !== undefined) {
            assert.ok(target.endsWith('.md') && statSync(target).isFile(), `${file}:${line}: ${href}: an #anchor needs a Markdown page`);
            assert.ok(headingIds(target).includes(anchor), `${file}:${line}: ${href}: ${target} has no heading #${anchor}`);
          }
        }
      });

    it('every rendered page links only to pages, headings and files that exist', () => {
      const rendered = new Map(pages.map((p) => [p.file, renderPage(p)]));
      for (const [name, html] of rendered)
        for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
          if (/^[a-z]+:/.test(href)) continue;
          if (href.startsWith('/')) {
            const path = href.split('#')[0].slice(1);
            // The footer's Storybook is built by npm run demo, not by the build the tests run on.
            if (path === 'storybook-static/' || path === '') continue;
            assert.ok(existsSync(path), `${name}: ${href} names no file`);
            continue;
          }
          const [page, anchor] = href.split('#');
          const target = page ? rendered.get(page) : html;
          assert.ok(target, `${name}: ${href} is no page of the site`);
          if (anchor) assert.match(target, new RegExp(` id="${anchor}"`), `${name}: ${href}: no such heading`);
        }
    });
  });

  describe('pages', () => {
    it('docs/api.md is what custom-elements.json says (run npm run docs after a change to an element’s JSDoc)', () => {
      assert.equal(read('docs/api.md'), apiMarkdown(manifest));
    });

    it('holds each block npm run readme writes once, between its start and end markers', () => {
      const integrity = JSON.parse(read('dist/cdn/integrity.json'));
      const names = Object.keys(generatedBlocks({ version: '0', integrity, imports: JSON.parse(read('dist/cdn/imports.json')) }));
      for (const name of names) {
        const holders = generatedFiles().filter((f) => read(f).includes(`<!-- ${name}:start`));
        assert.equal(holders.length, 1, `the block "${name}" is in ${holders.length} files`);
        const text = read(holders[0]);
        assert.equal(text.split(`<!-- ${name}:start`).length, 2, `${holders[0]}: "${name}" starts once`);
        assert.ok(text.indexOf(`<!-- ${name}:end -->`) > text.indexOf(`<!-- ${name}:start`), `${holders[0]}: "${name}" has no end marker`);
      }
      for (const file of generatedFiles())
        for (const [, name] of read(file).matchAll(/^<!-- ([\w-]+):start/gm))
          assert.ok(names.includes(name), `${file}: no script writes "${name}"`);
    });

    it('gives in each block npm run readme writes the script tags and integrity of this build, which a browser accepts, and its files’ sizes', async () => {
      // A page that copies a script tag with another build's integrity gets nothing: the browser refuses the
      // file. A size of another build misleads whoever chooses a file by it (docs/performance.md).
      const blocks = await currentBlocks();
      for (const file of generatedFiles())
        assert.ok(
          read(file) === withBlocks(read(file), blocks),
          `${file} names another build's files or figures: run npm run build && npm run readme`,
        );
    });

    it('the README stays a start page: at most 300 lines, naming both commands', () => {
      const readme = read('README.md');
      assert.ok(readme.split('\n').length <= 300, `README.md has ${readme.split('\n').length} lines`);
      assert.match(readme, /`npm run demo`/);
      assert.match(readme, /`npm test`/);
      assert.match(readme, /PORT=8080 npm run demo/);
    });

    it('every page renders with a language, a skip link to <main>, one <h1>, and headings that never skip a level', () => {
      for (const page of pages) {
        const html = renderPage(page);
        assert.match(html, /^<!doctype html>\n<html lang="en">/, page.file);
        assert.match(html, /<a class="skip" href="#main">/, page.file);
        assert.equal(html.match(/<main id="main"/g)?.length, 1, page.file);
        assert.equal(html.match(/<h1[ >]/g)?.length, 1, `${page.file}: one <h1>`);
        assert.doesNotMatch(html, /<script|<style| style=| on\w+=/i, `${page.file}: text only`);
        const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
        levels.forEach((level, i) => i && assert.ok(level <= levels[i - 1] + 1, `${page.file}: <h${level}> after <h${levels[i - 1]}>`));
        // Each page opens with a working example: a code sample before the second heading.
        // (Not the index, which leads to the others, nor the browser table, which has no code to show.)
        // (Nor a translation's review, which is tables.)
        if (
          page.source.startsWith('docs/') &&
          !page.source.startsWith('docs/reviews/') &&
          !['docs/README.md', 'docs/browsers.md'].includes(page.source)
        ) {
          const body = html.slice(html.indexOf('<main'));
          const secondHeading = body.search(/<h2[ >]/);
          assert.ok(
            body.indexOf('<pre') < (secondHeading < 0 ? Infinity : secondHeading) && body.includes('<pre'),
            `${page.file} opens with an example`,
          );
        }
      }
    });
  });

  describe('code samples', () => {
    const all = files.filter((f) => f !== 'CHANGELOG.md').flatMap(samples);

    it('each is run or checked by its kind, or listed as illustrative with a reason', () => {
      const known = new Set(['js', 'html', 'css', 'ts', 'php', 'sh', '']);
      for (const s of all) assert.ok(known.has(s.lang), `${where(s)}: a sample in "${s.lang}" has no check; add one to this test`);
      for (const [file, start] of ILLUSTRATIVE)
        assert.ok(
          all.some((s) => s.file === file && s.content.split('\n')[0].includes(start)),
          `ILLUSTRATIVE lists "${start}" in ${file}, which has no such sample any more`,
        );
      for (const s of all.filter((x) => x.lang === 'sh'))
        assert.ok(illustrative(s.file, s), `${where(s)}: a shell sample neither run nor listed`);
    });

    it('gives review dates no earlier than any language’s content was written, so the review line shows in every language', () => {
      const written = readdirSync('src/content', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `src/content/${d.name}/info.ts`)
        .concat('src/content/info.ts')
        .map((f) => readFileSync(f, 'utf8').match(/writtenOn: '(\d{4}-\d\d-\d\d)'/)[1]);
      const latest = written.sort().at(-1);
      const dated = all.flatMap((s) => [...s.content.matchAll(/last-reviewed['"]?\s*[=:]\s*['"](\d{4}-\d\d-\d\d)/g)].map((m) => [s, m[1]]));
      assert.ok(dated.length > 0);
      for (const [s, date] of dated)
        assert.ok(
          date >= latest,
          `${where(s)}: last-reviewed ${date} is before content written on ${latest}; the review line would not show`,
        );
    });

    it('runs every JavaScript sample for Node, against this build', () => {
      for (const s of all.filter((x) => x.lang === 'js' && !x.flags.includes('browser') && !illustrative(x.file, x))) {
        // At the top of the package, so that `stem-cell-explainers` resolves to this build as it does for a user.
        const file = '.docs-sample.mjs';
        writeFileSync(file, s.content);
        try {
          execFileSync(process.execPath, [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
          assert.fail(`${where(s)} fails in Node:\n${error.stderr}`);
        } finally {
          rmSync(file, { force: true });
        }
      }
    });

    it('the CSS sample sets only custom properties and styles only parts that the elements have', () => {
      const properties = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
      for (const s of all.filter((x) => x.lang === 'css')) {
        for (const [name] of s.content.matchAll(/--sce-[\w-]+/g))
          assert.ok(properties.has(name), `${where(s)}: ${name} is no custom property`);
        for (const [, tag, part] of s.content.matchAll(/([\w-]+)::part\(([\w-]+)\)/g))
          assert.ok(
            elements.find((e) => e.tagName === tag)?.cssParts?.some((p) => p.name === part),
            `${where(s)}: ${tag} has no part "${part}"`,
          );
      }
    });

    it('docs/theming.md’s table of parts lists every part of every element, as custom-elements.json does', () => {
      const table = read('docs/theming.md');
      for (const e of elements) {
        const row = table.match(new RegExp(`^\\| \`<${e.tagName}>\` \\| (.*) \\|$`, 'm'));
        assert.ok(row, `no row for <${e.tagName}>`);
        const listed = [...row[1].matchAll(/`([\w-]+)`/g)].map((m) => m[1]).sort();
        assert.deepEqual(listed, e.cssParts.map((p) => p.name).sort(), `<${e.tagName}>`);
      }
    });

    it('the React hookup is the code the React app type-checks', () => {
      const bare = (code) => code.replace(/\/\/[^\n]*/g, '').replace(/[\s;]/g, '');
      const tested = bare(read('test/consumers/react-app/src/elements.d.ts'));
      for (const s of all.filter((x) => x.lang === 'ts')) assert.equal(bare(s.content), tested, `${where(s)} differs from the tested file`);
    });

    it('the shortcodes are the plugin’s, and the published policy is the one the demo is served with', () => {
      // The plugin's data, as the build writes it for the PHP side.
      const data = read('dist/wordpress/stem-cell-explainers/build/data.json');
      const shortcodes = new Set([...data.matchAll(/"shortcode":\s*"(\w+)"/g)].map((m) => m[1]));
      for (const s of all.filter((x) => x.lang === '')) {
        if (s.content.startsWith('['))
          for (const [, name] of s.content.matchAll(/\[(\w+)/g)) assert.ok(shortcodes.has(name), `${where(s)}: no shortcode ${name}`);
        else assert.equal(s.content.trim(), CSP, `${where(s)}: not the demo server's policy`);
      }
    });

    describe('in Chromium', () => {
      let server, browser, base;
      before(async () => {
        server = await serve({ port: 0 });
        base = `http://127.0.0.1:${server.address().port}`;
        browser = await launch();
      });
      after(async () => {
        await browser?.close();
        server?.close();
      });

      it('runs every browser sample on a page with the three elements, without an error', async () => {
        const page = await browser.newPage();
        try {
          const errors = [];
          page.on('pageerror', (e) => errors.push(String(e)));
          page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          await page.goto(`${base}/demo/index.html`);
          await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.hasUpdated), TAGS);
          for (const s of all.filter((x) => x.lang === 'js' && x.flags.includes('browser'))) {
            await page.evaluate(s.content).catch((e) => errors.push(`${where(s)}: ${e.message}`));
            await page.evaluate(() => new Promise(requestAnimationFrame));
            assert.deepEqual(errors, [], where(s));
          }
        } finally {
          await page.close();
        }
      });

      it('the demo page loads the files its script tags name and no other, and its three bare elements first render in one frame', async () => {
        // Its FAQ and steps have no text in the HTML: their English text comes as scripts before the
        // all-in-one module (npm run readme writes them). Without, the elements import it themselves, a
        // frame or more after the dose note renders, and the page moves twice.
        const page = await browser.newPage();
        try {
          await page.addInitScript((tags) => {
            window.firstFrame = {};
            let frame = 0;
            const tick = () => {
              frame++;
              for (const tag of tags) if (document.querySelector(tag)?.hasUpdated) window.firstFrame[tag] ??= frame;
              if (Object.keys(window.firstFrame).length < tags.length) requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }, TAGS);
          await page.goto(`${base}/demo/index.html`, { waitUntil: 'networkidle' });
          await page.waitForFunction((tags) => Object.keys(window.firstFrame).length === tags.length, TAGS);
          const { named, loaded, frames } = await page.evaluate(() => ({
            named: [...document.querySelectorAll('script[src^="/dist/cdn/"]')].map((s) => new URL(s.src).pathname),
            loaded: performance
              .getEntriesByType('resource')
              .map((e) => new URL(e.name).pathname)
              .filter((path) => path.startsWith('/dist/cdn/')),
            frames: window.firstFrame,
          }));
          assert.ok(
            named.some((path) => path.includes('-text-en-stem-cell-faq-')),
            'the FAQ’s text has a script tag',
          );
          assert.deepEqual(loaded.sort(), named.sort(), 'the files the demo loads');
          assert.equal(new Set(Object.values(frames)).size, 1, `the frame each element first rendered in: ${JSON.stringify(frames)}`);
        } finally {
          await page.close();
        }
      });

      it('every HTML sample names files of this build and attributes the elements have', async () => {
        const { version } = JSON.parse(read('package.json'));
        const integrity = JSON.parse(read('dist/cdn/integrity.json'));
        const page = await browser.newPage();
        try {
          // A blank page: no policy there keeps DOMParser from parsing the sample.
          for (const s of all.filter((x) => x.lang === 'html')) {
            const found = await page.evaluate((html) => {
              const doc = new DOMParser().parseFromString(html, 'text/html');
              return [...doc.querySelectorAll('*')].map((el) => ({
                tag: el.localName,
                attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
              }));
            }, s.content);
            for (const { tag, attributes } of found) {
              const url = tag === 'script' ? attributes.src : tag === 'link' ? attributes.href : undefined;
              if (url) {
                const cdn = url.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/stem-cell-explainers@([^/]+)\/dist\/cdn\/(.+)$/);
                const local = url.match(/^\/dist\/cdn\/(.+)$/);
                const file = cdn?.[2] ?? local?.[1];
                if (url.startsWith('/assets/')) continue; // a folder on the reader's own site (self-hosting)
                assert.ok(file, `${where(s)}: ${url} is neither this package's CDN address nor /dist/cdn/`);
                // A shared chunk's name carries a hash of its content; "shared-….js" stands for any.
                const known = Object.keys(integrity).some((f) => f === file || (file.includes('…') && f.startsWith(file.split('…')[0])));
                assert.ok(known, `${where(s)}: ${file} is not in dist/cdn/integrity.json`);
                if (cdn) {
                  assert.equal(cdn[1], version, `${where(s)}: ${url} names another version`);
                  assert.match(attributes.integrity ?? '', /^sha384-[A-Za-z0-9+/]{64}$/, `${where(s)}: ${url} without integrity`);
                  assert.equal(attributes.crossorigin, 'anonymous', `${where(s)}: ${url} without crossorigin`);
                }
              }
              const element = elements.some((e) => e.tagName === tag) ? tag : PLACEHOLDER[attributes['data-stem-cell']];
              if (element) {
                const allowed = attributesOf(element);
                for (const name of Object.keys(attributes)) {
                  const own = tag === element ? name : name.replace(/^data-/, '');
                  if (GLOBAL_ATTRIBUTES.has(name) || name === 'data-stem-cell') continue;
                  assert.ok(allowed.has(own), `${where(s)}: <${element}> has no attribute "${own}"`);
                }
              }
            }
          }
        } finally {
          await page.close();
        }
      });

      // The rendered site, as a reader meets it: served as npm run demo serves it, under the strict CSP.
      it('every rendered page passes axe in light and dark, and reflows at 400 % zoom', async () => {
        renderSite();
        const axe = read('node_modules/axe-core/axe.min.js');
        // axe runs through the DevTools protocol, which the page's policy does not govern.
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        try {
          for (const { file } of pages) {
            assert.ok(existsSync(`${out}/${file}`));
            for (const colorScheme of ['light', 'dark']) {
              await page.emulateMedia({ colorScheme });
              await page.setViewportSize({ width: 1280, height: 800 });
              await page.goto(`${base}/${out}/${file}`);
              await page.evaluate(axe);
              const violations = await page.evaluate(async () =>
                (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations.map(
                  (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
                ),
              );
              assert.deepEqual(violations, [], `${file} (${colorScheme})`);
            }
            // 400 % of a 1280 px window is a 320 px one: the page never scrolls sideways (tables and
            // code scroll inside their own focusable boxes).
            await page.setViewportSize({ width: 320, height: 800 });
            await page.goto(`${base}/${out}/${file}`);
            assert.equal(
              await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
              0,
              `${file} scrolls sideways at 320 px`,
            );
          }
        } finally {
          await context.close();
        }
      });
    });
  });
});
