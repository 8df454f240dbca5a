// stem-cell-explainers/ssr in plain Node (after `npm run build`): what a page gets from the server,
// read as a browser's parser reads it (parse5, the parser Lit's SSR uses).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import ts from 'typescript';
import { renderElement, styleHashes, styleText } from '../../dist/ssr.js';
import { languages } from '../../scripts/languages.mjs';
import { TAGS } from '../../dist/internal/tags.js';

/** Console messages given while `fn` runs, as `kind: text`. */
function messagesOf(fn) {
  const messages = [];
  const kinds = ['error', 'warn', 'info'];
  const original = kinds.map((k) => console[k]);
  kinds.forEach((k) => (console[k] = (...args) => messages.push(`${k}: ${args.join(' ')}`)));
  try {
    return { result: fn(), messages };
  } finally {
    kinds.forEach((k, i) => (console[k] = original[i]));
  }
}

/** Every element in the markup, the contents of templates (declarative shadow roots) included. */
function elements(html) {
  const all = [];
  const walk = (node) => {
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) {
      if (child.tagName) all.push(child);
      walk(child);
    }
  };
  walk(parseFragment(html));
  return all;
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node) =>
  node.nodeName === '#text' ? node.value : [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(textOf).join('');
/** The host's own parts: its shadow root template and its light-DOM children. */
function host(html, tag) {
  const el = parseFragment(html).childNodes.find((n) => n.tagName === tag);
  const template = el.childNodes.find((n) => n.tagName === 'template');
  return { el, template, light: el.childNodes.filter((n) => n !== template) };
}
const questions = (html) =>
  elements(html)
    .filter((e) => attr(e, 'part') === 'question')
    .map((b) => textOf(b).replace(/\s+/g, ' ').trim());

describe('stem-cell-explainers/ssr', () => {
  describe('rendering', () => {
    for (const tag of TAGS)
      it(`renders <${tag}> with a declarative shadow root holding its styles`, () => {
        const { template } = host(renderElement(tag), tag);
        assert.equal(attr(template, 'shadowrootmode'), 'open');
        const style = template.content.childNodes[0];
        assert.equal(style.tagName, 'style');
        assert.equal(textOf(style), styleText(tag));
        // Then, for browsers with JavaScript off, a slot that shows the light-DOM fallback (its content is
        // text to a parser with scripting on, as here; test/ssr.test.ts shows it in each engine without).
        const noscript = template.content.childNodes[1];
        assert.equal(noscript.tagName, 'noscript');
        assert.equal(textOf(noscript), '<slot></slot>');
        assert.ok(styleText(tag).endsWith('noscript:has(>slot)~*{display:none!important}'));
        assert.ok(
          elements(renderElement(tag)).some((e) => attr(e, 'part') === 'footer'),
          'the footer is rendered',
        );
      });

    it('renders the bundled questions, closed and hidden until found', () => {
      const html = messagesOf(() => renderElement('stem-cell-faq')).result;
      assert.equal(questions(html).length, 9);
      assert.equal(questions(html)[0], 'What are stem cell injections?');
      const answers = elements(html).filter((e) => attr(e, 'part') === 'answer');
      assert.ok(answers.every((a) => attr(a, 'hidden') === 'until-found'));
    });

    for (const tag of TAGS)
      it(`keeps the light-DOM fallback of dist/snippets/${tag}.html, for readers without declarative shadow DOM or JavaScript`, () => {
        const snippet = readFileSync(`dist/snippets/${tag}.html`, 'utf8');
        const inner = snippet.slice(snippet.indexOf(`<${tag}>`) + tag.length + 2, snippet.lastIndexOf(`</${tag}>`));
        const html = messagesOf(() => renderElement(tag)).result;
        assert.equal(html.slice(html.indexOf('</template>') + '</template>'.length, html.lastIndexOf(`</${tag}>`)), inner);
      });

    it('keeps the attributes it is given, and the element follows them', () => {
      const html = renderElement('stem-cell-faq', {
        attributes: {
          'heading-level': 2,
          search: true,
          single: false,
          'last-reviewed': '2026-12-02',
          'reviewed-by': 'Dr A. Rao',
          id: 'faq',
        },
      });
      const { el } = host(html, 'stem-cell-faq');
      assert.equal(attr(el, 'heading-level'), '2');
      assert.equal(attr(el, 'search'), '');
      assert.equal(attr(el, 'single'), undefined);
      assert.equal(attr(el, 'id'), 'faq');
      const all = elements(html);
      assert.ok(all.filter((e) => attr(e, 'role') === 'heading').every((h) => attr(h, 'aria-level') === '2'));
      assert.equal(all.filter((e) => attr(e, 'type') === 'search').length, 1);
      assert.match(textOf(parseFragment(html)), /Page last reviewed: December 2, 2026/);
      assert.match(textOf(parseFragment(html)), /Reviewed by: Dr A\. Rao/);
    });

    it('gives a developer’s strings to the shadow root and to the fallback’s footer alike, in any language', () => {
      for (const lang of ['en', 'hi']) {
        const html = renderElement('stem-cell-faq', {
          lang,
          // Today: never before the day the text in either language was written, so the review is shown.
          attributes: { 'last-reviewed': new Date().toISOString().slice(0, 10), 'reviewed-by': 'Dr A. Rao' },
          strings: { reviewedBy: 'Checked by {name}', showAll: 'Open every answer' },
        });
        const { template, light } = host(html, 'stem-cell-faq');
        const shadow = textOf(template.content);
        const fallback = light.map(textOf).join('');
        for (const [where, text] of [
          ['shadow root', shadow],
          ['fallback', fallback],
        ])
          assert.match(text, /Checked by Dr A\. Rao/, `${lang} ${where}`);
        assert.match(shadow, /Open every answer/, lang);
        // The rest in the page's language.
        assert.match(fallback, lang === 'hi' ? /इस पेज की पिछली जाँच: \d+ \S+ \d{4}/ : /Page last reviewed: \w+ \d+, \d{4}/, lang);
        assert.doesNotMatch(html, /Reviewed by|जाँच करने वाले/, lang);
      }
      // The steps' and the dose note's footer name the content's version with the developer's words too.
      for (const tag of ['procedure-steps', 'dose-note']) {
        const { template, light } = host(renderElement(tag, { strings: { contentVersion: 'Text {version} of {date}.' } }), tag);
        for (const text of [textOf(template.content), light.map(textOf).join('')]) assert.match(text, /Text \d+\.\d+\.\d+ of /, tag);
      }
    });

    it('marks the patient’s step in the fallback as the shadow root does (“Done”, “You are here”), in the page’s language, under headings at the element’s level', () => {
      for (const lang of ['en', 'hi', 'ta']) {
        const all = elements(renderElement('procedure-steps', { lang, attributes: { current: 2, 'heading-level': 4 } }));
        const hasClass = (e, name) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
        const within = (e, ancestor) => {
          for (let at = e.parentNode; at; at = at.parentNode) if (at === ancestor) return true;
          return false;
        };
        const inside = (li, test) => all.filter((e) => test(e) && within(e, li));
        const fallbackSteps = all.filter(
          (e) => e.tagName === 'li' && e.parentNode.tagName === 'ol' && e.parentNode.parentNode.tagName === 'procedure-steps',
        );
        const shadowSteps = all.filter((e) => e.tagName === 'li' && attr(e, 'part') === 'step');
        const text = (li, test) =>
          inside(li, test)
            .map((e) => textOf(e).trim())
            .join('');
        const marks = fallbackSteps.map((li) => text(li, (e) => attr(e, 'data-step-state') !== undefined));
        const badges = shadowSteps.map((li) => text(li, (e) => hasClass(e, 'badge')));
        assert.equal(fallbackSteps.length, 4, lang);
        assert.deepEqual(marks, badges, `${lang}: the fallback's marks, as the element's`);
        assert.ok(badges[0] && badges[1] && badges[0] !== badges[1] && !badges[2], `${lang}: ${badges}`);
        assert.deepEqual(
          fallbackSteps.map((li) => attr(li, 'aria-current') ?? ''),
          ['', 'step', '', ''],
          lang,
        );
        assert.deepEqual(
          fallbackSteps.map((li) => li.childNodes[0].tagName),
          ['h4', 'h4', 'h4', 'h4'],
          lang,
        );
      }
    });

    it('writes the page language on the element and renders in it', () => {
      const html = renderElement('dose-note', { lang: 'en-IN', attributes: { weight: 70 } });
      assert.equal(attr(host(html, 'dose-note').el, 'lang'), 'en-IN');
      assert.match(textOf(host(html, 'dose-note').template.content), /at least 14\scrore cells/);
      assert.match(html, /<span data-cells>20\slakh<\/span>/, 'the fallback gives the figure as the element does');
    });

    it('renders every language the package ships with no import of the language: anything else in English, and the developer is told', () => {
      // A fresh Node process that imports only stem-cell-explainers/ssr, as a server does.
      const file = '.ssr-languages.mjs'; // at the top, where no test runner collects it
      writeFileSync(
        file,
        `import { renderElement } from './dist/ssr.js';
const out = {};
for (const lang of ${JSON.stringify([...languages.map((l) => l.lang), 'xx'])})
  out[lang] = Object.fromEntries(${JSON.stringify(TAGS)}.map((tag) => [tag, renderElement(tag, { lang, attributes: { 'last-reviewed': '2026-12-04' } })]));
console.log(JSON.stringify(out));`,
      );
      try {
        const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        const out = JSON.parse(run.stdout);
        for (const { lang, script } of languages)
          for (const tag of TAGS) {
            const { template, light } = host(out[lang][tag], tag);
            // What a reader reads: not the style sheets.
            const read = (node) =>
              node.nodeName === 'style'
                ? ''
                : node.nodeName === '#text'
                  ? node.value
                  : [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])].map(read).join('');
            for (const [where, text] of [
              ['shadow root', read(template.content)],
              ['fallback', light.map(read).join('')],
            ]) {
              // The text is the language's: its own script outweighs the Latin letters of the odd gloss.
              const own = text.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
              const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
              assert.ok(own > 5 * latin, `${lang} ${tag} ${where}: ${own} letters in ${script}, ${latin} in Latin`);
            }
          }
        assert.doesNotMatch(run.stderr, /\b(hi|mr|bn|te|ta)\b.*no language registered/);
        // A language the package does not ship: English, and each element says so once it is asked for.
        assert.match(textOf(host(out.xx['dose-note'], 'dose-note').template.content), /2 million stem cells for each kilogram/);
        assert.equal(run.stderr.match(/lang="xx" is no language registered on this server/g)?.length, TAGS.length, run.stderr);
      } finally {
        rmSync(file, { force: true });
      }
    });

    it('tells a server that renders an element without stem-cell-explainers/ssr where its text comes from', () => {
      // A fresh Node process whose renderer has only the element's own module, not dist/ssr.js.
      const file = '.ssr-element-only.mjs'; // at the top, where no test runner collects it
      writeFileSync(
        file,
        `import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import './dist/components/stem-cell-faq/stem-cell-faq.js';
console.log(collectResultSync(render(html\`<stem-cell-faq></stem-cell-faq>\`)));`,
      );
      try {
        const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stderr, /<stem-cell-faq>: its text on a server comes from stem-cell-explainers\/ssr/);
        // With it, the same tag renders the clinic's questions.
        assert.match(renderElement('stem-cell-faq'), /What are stem cell injections\?/);
      } finally {
        rmSync(file, { force: true });
      }
    });

    it('adds the FAQ’s structured data to the light DOM, for search engines that read no script', () => {
      const html = messagesOf(() => renderElement('stem-cell-faq', { attributes: { 'structured-data': true } })).result;
      const script = host(html, 'stem-cell-faq').light.find((n) => n.tagName === 'script');
      assert.equal(attr(script, 'type'), 'application/ld+json');
      const data = JSON.parse(textOf(script));
      assert.deepEqual(data['@type'], ['FAQPage', 'MedicalWebPage']);
      assert.equal(data.mainEntity.length, 9);
    });

    it('refuses a tag that is not one of the three', () => {
      assert.throws(() => renderElement('script'), TypeError);
    });
  });

  describe('bad input', () => {
    it('ignores a bad attribute value with the browser’s console warning, and uses the default', () => {
      const { result, messages } = messagesOf(() => renderElement('stem-cell-faq', { attributes: { 'heading-level': 9 } }));
      assert.ok(
        messages.includes('warn: <stem-cell-faq>: heading-level="9" is not allowed; use a whole number from 2 to 6. Using 3.'),
        messages.join('\n'),
      );
      assert.ok(
        elements(result)
          .filter((e) => attr(e, 'role') === 'heading')
          .every((h) => attr(h, 'aria-level') === '3'),
      );
    });

    it('shows the bundled steps for an unknown source, with the allowed values', () => {
      const { result, messages } = messagesOf(() => renderElement('procedure-steps', { attributes: { source: 'moon' } }));
      assert.match(messages.join('\n'), /<procedure-steps>: source="moon"/);
      assert.match(textOf(parseFragment(result)), /Collecting your stem cells/);
    });

    it('skips a bad entry with the browser’s console error and shows the others', () => {
      const content = [
        { id: 'ok', question: 'Where can I park?', answer: ['In the car park.'] },
        { id: 'broken', question: '', answer: ['x'] },
      ];
      const { result, messages } = messagesOf(() => renderElement('stem-cell-faq', { content }));
      assert.match(messages.join('\n'), /error: <stem-cell-faq>: entry 2 \("broken"\): "question" must be non-empty text/);
      assert.deepEqual(questions(result), ['Where can I park?']);
    });

    it('shows the bundled questions when the JSON does not parse, with the browser’s console error', () => {
      const { result, messages } = messagesOf(() => renderElement('stem-cell-faq', { content: '[{"id":' }));
      assert.match(messages.join('\n'), /error: <stem-cell-faq>: the <script type="application\/json"> child is not valid JSON/);
      assert.equal(questions(result).length, 9);
    });

    it('leaves out an attribute name that could break the markup, and an event handler', () => {
      const { result, messages } = messagesOf(() =>
        renderElement('dose-note', { attributes: { '"><script>x</script>': 'y', onclick: 'x()' } }),
      );
      assert.match(messages.join('\n'), /is not an attribute name; it is left out/);
      assert.ok(!elements(result).some((e) => e.tagName === 'script'));
      // An event handler would run script from the markup (and never under the strict CSP of docs/security.md).
      assert.equal(attr(host(result, 'dose-note').el, 'onclick'), undefined);
      assert.match(messages.join('\n'), /"onclick" is an event handler, which would run script from the markup; it is left out\./);
    });
  });

  describe('content is text', () => {
    let payloads;
    const dir = mkdtempSync(join(tmpdir(), 'sce-ssr-'));
    before(async () => {
      const js = ts.transpileModule(readFileSync('test/xss-payloads.ts', 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext } });
      writeFileSync(join(dir, 'xss-payloads.mjs'), js.outputText);
      ({ payloads } = await import(join(dir, 'xss-payloads.mjs')));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('escapes every payload in questions, answers, links and attributes', () => {
      const content = payloads.map((p, i) => ({
        id: `e${i}`,
        question: `Q ${p}`,
        answer: [p, { list: [p] }, [p, { text: p, href: '/safe' }]],
      }));
      for (const [i, p] of payloads.entries()) {
        const { result } = messagesOf(() =>
          renderElement('stem-cell-faq', { content: [content[i]], attributes: { 'reviewed-by': p, 'structured-data': true } }),
        );
        const all = elements(result);
        // The first <noscript> is ours (the fallback's slot for readers without JavaScript); no other may come.
        const ours = all.find((e) => e.tagName === 'noscript');
        assert.equal(textOf(ours), '<slot></slot>');
        const allowed = [
          'stem-cell-faq',
          'template',
          'style',
          'div',
          'button',
          'span',
          'p',
          'ul',
          'li',
          'a',
          'details',
          'summary',
          'script',
        ];
        const bad = all.filter(
          (e) =>
            (e !== ours && !allowed.includes(e.tagName)) ||
            (e.tagName === 'script' && attr(e, 'type') !== 'application/ld+json') ||
            e.attrs.some((a) => a.name.startsWith('on')),
        );
        assert.deepEqual(
          bad.map((e) => e.tagName),
          [],
          `payload ${i}: ${p.slice(0, 80)}`,
        );
        // Text over 10,000 characters is refused (the bundled questions show, with an error); the rest is kept
        // as text (the HTML parser drops a NUL character, in browsers as here).
        if (p.length < 10_000)
          assert.equal(
            questions(result)[0],
            `Q ${p}`.replace(/\s+/g, ' ').replaceAll('\0', '').trim(),
            `payload ${i} is the question's text`,
          );
      }
    });
  });

  describe('docs/server-rendering.md', () => {
    it('runs its plain Node example as written', () => {
      const page = readFileSync('docs/server-rendering.md', 'utf8');
      const code = page.match(/```js[^\n]*\n(\/\/ build-page\.mjs[^]*?)```/)[1];
      // Inside the package, so that `stem-cell-explainers/ssr` resolves to this build as it does for a user.
      const file = '.readme-ssr-example.mjs'; // at the top, where no test runner collects it
      writeFileSync(file, code);
      try {
        const page = execFileSync(process.execPath, [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        const faq = host(page.slice(page.indexOf('<stem-cell-faq')), 'stem-cell-faq');
        assert.equal(attr(faq.el, 'lang'), 'en-GB');
        assert.equal(attr(faq.template, 'shadowrootmode'), 'open');
        assert.deepEqual(questions(page), ['Where can I park?']);
        assert.match(page, /<dose-note lang="en-GB" cells-per-kg="3000000" weight="70"/);
        assert.match(page, /at least 210 million cells/);
        // stdout holds the page and nothing else, so `> clinic.html` writes a valid page.
        assert.match(page, /^<!doctype html><html lang="en-GB">[^]*<\/html>\n$/);
        assert.equal(page.match(/<html/g).length, 1);
      } finally {
        rmSync(file, { force: true });
      }
    });

    it('keeps its advice to editors out of the page: on stderr, never on stdout', () => {
      const page = readFileSync('docs/server-rendering.md', 'utf8');
      // The same recipe without a review date, which draws the advice to add one.
      const code = page.match(/```js[^\n]*\n(\/\/ build-page\.mjs[^]*?)```/)[1].replace(/, 'last-reviewed': '[\d-]+'/, '');
      const file = '.readme-ssr-advice.mjs';
      writeFileSync(file, code);
      try {
        const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
        assert.equal(run.status, 0);
        assert.match(run.stderr, /should show when it was last reviewed/);
        assert.doesNotMatch(run.stdout, /last reviewed|last-reviewed/);
        assert.match(run.stdout, /^<!doctype html>[^]*<\/html>\n$/);
      } finally {
        rmSync(file, { force: true });
      }
    });
  });

  describe('Eleventy', () => {
    it('builds a page with the Eleventy config of docs/server-rendering.md: shortcodes and a written tag, each with one declarative shadow root, each to wake up in the browser', () => {
      const docs = readFileSync('docs/server-rendering.md', 'utf8');
      const config = docs.slice(docs.indexOf('## Eleventy')).match(/```js[^\n]*\n([^]*?)```/)[1];
      // Inside the package, so that `stem-cell-explainers/ssr` resolves to this build; the component module
      // is this build's dist/ssr.js instead of node_modules/stem-cell-explainers/dist/ssr.js.
      // At the top, where no test runner or linter collects it; not in .gitignore, whose folders Eleventy skips.
      const site = '.eleventy-site';
      rmSync(site, { recursive: true, force: true });
      mkdirSync(`${site}/src`, { recursive: true });
      writeFileSync(`${site}/eleventy.config.js`, config.replace('./node_modules/stem-cell-explainers/dist/ssr.js', './dist/ssr.js'));
      writeFileSync(
        `${site}/src/index.njk`,
        `<!doctype html><html lang="en-GB"><head><title>Clinic</title></head><body><main>
{% explainer "procedure-steps" %}
<stem-cell-faq search></stem-cell-faq>
{% explainer "dose-note", { "cells-per-kg": 3000000, "weight": 70 }, "en-GB" %}
</main></body></html>`,
      );
      // The clinic's own questions, from Eleventy's data, through the shortcode's fourth argument.
      mkdirSync(`${site}/src/_data`, { recursive: true });
      writeFileSync(
        `${site}/src/_data/questions.json`,
        JSON.stringify([{ id: 'parking', question: 'Where can I park?', answer: ['In the clinic car park.'] }]),
      );
      writeFileSync(
        `${site}/src/own.njk`,
        `<!doctype html><html lang="en-GB"><head><title>Clinic</title></head><body><main>
{% explainer "stem-cell-faq", {}, "en-GB", questions %}
</main></body></html>`,
      );
      writeFileSync(
        `${site}/src/markdown.md`,
        `---\ntemplateEngineOverride: njk,md\n---\n# Questions\n\n{% explainer "stem-cell-faq", { "search": true }, "hi" %}\n\nAsk the clinic.\n`,
      );
      try {
        execFileSync(
          process.execPath,
          [
            'node_modules/@11ty/eleventy/cmd.cjs',
            `--config=${site}/eleventy.config.js`,
            `--input=${site}/src`,
            `--output=${site}/out`,
            '--quiet',
          ],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
        );
        const page = readFileSync(`${site}/out/index.html`, 'utf8');
        const faq = host(page.slice(page.indexOf('<stem-cell-faq')), 'stem-cell-faq');
        assert.equal(attr(faq.template, 'shadowrootmode'), 'open');
        assert.equal(questions(page).length, 9, 'the bundled questions, rendered on the server');
        const dose = page.slice(page.indexOf('<dose-note'), page.indexOf('</dose-note>'));
        assert.match(dose, /^<dose-note\s+lang="en-GB"/);
        assert.equal(dose.match(/<template shadowroot/g)?.length, 1, 'one shadow root, not one per renderer');
        assert.match(dose, /at least 210 million cells/);
        // Each element wakes up in the browser: none is written as nested in the one before it.
        assert.deepEqual(page.match(/<[a-z-]+ [^>]*defer-hydration/g) ?? [], [], 'no element waits for a host that is not there');
        const own = readFileSync(`${site}/out/own/index.html`, 'utf8');
        assert.deepEqual(questions(own), ['Where can I park?'], 'the clinic’s own question, and only it');
        assert.match(own, /<details id="parking"><summary>Where can I park\?<\/summary><p>In the clinic car park\.<\/p>/);
        // In a Markdown page the element is not put in a paragraph, which the browser would close at its
        // first question, leaving the fallback outside the element.
        const markdown = readFileSync(`${site}/out/markdown/index.html`, 'utf8');
        assert.ok(!/<p>\s*<(div|stem-cell-faq)/.test(markdown), 'the element is not in a paragraph');
        const written = renderElement('stem-cell-faq', { attributes: { search: true }, lang: 'hi' });
        // Lit's renderer, meeting the element again, spaces its attributes out; all that follows is as written.
        assert.ok(markdown.includes(written.slice(written.indexOf('<template'))), 'the markup, as written');
      } finally {
        rmSync(site, { recursive: true, force: true });
      }
    });
  });

  describe('strict CSP', () => {
    it('publishes the SHA-256 of each element’s <style> in dist/ssr/csp.json', async () => {
      const csp = JSON.parse(readFileSync('dist/ssr/csp.json', 'utf8'));
      assert.deepEqual(csp.elements, await styleHashes());
      for (const tag of TAGS) {
        const snippet = readFileSync(`dist/snippets/${tag}.dsd.html`, 'utf8');
        const style = snippet.match(/<style>([^]*?)<\/style>/)[1];
        assert.equal(csp.elements[tag], `'sha256-${createHash('sha256').update(style).digest('base64')}'`);
        assert.ok(csp['style-src'].includes(csp.elements[tag]));
      }
    });

    it('writes the page’s nonce on the shadow root’s <style>, the nonce route', () => {
      const { template } = host(renderElement('dose-note', { nonce: 'a"b' }), 'dose-note');
      assert.equal(attr(template.content.childNodes[0], 'nonce'), 'a"b');
    });

    it('writes each dist/snippets/<tag>.dsd.html with the script tag and integrity of that element’s own hydrate file, and the preloads of its chunks', () => {
      const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
      const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
      for (const tag of TAGS) {
        const snippet = readFileSync(`dist/snippets/${tag}.dsd.html`, 'utf8');
        assert.ok(snippet.startsWith('<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/stem-cell-explainers@'));
        assert.ok(snippet.includes(`/dist/cdn/${tag}.hydrate.js" integrity="${integrity[`${tag}.hydrate.js`]}"`));
        assert.equal(snippet.match(/<script/g).length, 1, 'one script: the element’s hydrate file');
        const preloads = [...snippet.matchAll(/<link rel="modulepreload" href="[^"]+\/dist\/cdn\/([^"]+)" integrity="([^"]+)"/g)];
        assert.deepEqual(
          preloads.map((m) => m[1]).sort(),
          [...imports[`${tag}.hydrate.js`]].sort(),
          `${tag}: the chunks it imports, preloaded`,
        );
        for (const [, file, hash] of preloads) assert.equal(hash, integrity[file], file);
        assert.ok(snippet.includes('shadowrootmode="open"'));
      }
    });

    it('writes dist/snippets/<lang>/<tag>.dsd.html in each language: its part of the language, then its hydrate file, and a <style> the CSP hashes allow', () => {
      const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
      const csp = JSON.parse(readFileSync('dist/ssr/csp.json', 'utf8'));
      for (const { lang } of languages)
        for (const tag of TAGS) {
          const snippet = readFileSync(`dist/snippets/${lang}/${tag}.dsd.html`, 'utf8');
          const scripts = [...snippet.matchAll(/<script type="module" src="[^"]+\/dist\/cdn\/([^"]+)" integrity="([^"]+)"/g)];
          assert.deepEqual(
            scripts.map((m) => m[1]),
            [`locale-${lang}-${tag}.js`, `${tag}.hydrate.js`],
            `${lang}/${tag}: the language first`,
          );
          for (const [, file, hash] of scripts) assert.equal(hash, integrity[file], `${lang}/${tag}: ${file}`);
          assert.ok(snippet.includes(`<${tag} lang="${lang}"`), `${lang}/${tag}: lang on the element`);
          const style = snippet.match(/<style>([^]*?)<\/style>/)[1];
          assert.equal(csp.elements[tag], `'sha256-${createHash('sha256').update(style).digest('base64')}'`, `${lang}/${tag}`);
        }
    });
  });
});
