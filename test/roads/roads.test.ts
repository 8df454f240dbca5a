// One truth on every road: the same inputs (a clinic figure of 3,141,593 per kg; `en`, `en-IN` and every
// language of scripts/languages.mjs;
// the bundled content and an editor's own) through the roads a patient reaches the text by, with the
// same text at the end of each. Roads here: the element rendered in the browser; server-rendered
// markup (its declarative shadow root, its light-DOM fallback, and the same markup once hydrated);
// and the fallback markup every other road writes (snippets, builder, WordPress build) from
// src/internal/fallback-markup.ts. The WordPress plugin's PHP is held to the same figures by its own
// table of cases (test/wordpress/), and the builder's outputs by ./builder.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { cellsText, doseCallout, faqDetails } from '../../src/internal/fallback-markup.js';
import { doseRule } from '../../src/content/dose.js';
import { TAGS } from '../../src/internal/tags.js';
import { contentInfo } from '../../src/content/index.js';
import { localeFor } from '../../src/internal/locale.js';
import '../../src/index.ts';
import '../../src/locales/hi.ts';
import '../../src/locales/mr.ts';
import '../../src/locales/bn.ts';
import '../../src/locales/te.ts';
import '../../src/locales/ta.ts';
import { languages } from '../../scripts/languages.mjs';
import { framedPage } from '../support/frame.js';

const FIGURE = 3_141_593;
const LANGS = ['en', 'en-IN', ...languages.map((l) => l.lang)];
/** 3,141,593 rounded up to three figures, in each language's words (docs/languages.md). */
const ROUNDED: Record<string, RegExp> = {
  en: /^3\.15 million$/,
  'en-IN': /^31\.5 lakh$/,
  hi: /^31\.5 लाख$/,
  mr: /^३१\.५ लाख$/,
  bn: /^৩১\.৫ লাখ$/,
  te: /^31\.5 లక్షలు$/,
  ta: /^31\.5 லட்சம்$/,
};
const OWN_FAQ = [
  { id: 'parking', question: 'Where can I park?', answer: ['Behind the clinic. Each patient needs at least {cells} cells per kg.'] },
];

/** A review after the content was written (a review before it is not shown), and the next one due. */
const REVIEW: Record<string, string> = { 'last-reviewed': '2026-12-04', 'next-review-due': '2027-06-30', 'reviewed-by': 'Dr A. Rao' };

type Host = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };

/** Whitespace folded, as a screen reader or a reader of the page meets the text. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * Everything a reader meets in a shadow root: its text (not its styles, nor the server's `<noscript>`, which
 * with JavaScript on is never shown), and the names and labels of its controls.
 */
function readerText(root: ParentNode): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('style, script, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const words: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) words.push(n.textContent ?? '');
  const labels = [...root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].map((e) =>
    ['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join(' '),
  );
  return norm(`${words.join(' ')} ${labels.join(' ')}`);
}
const PLACEHOLDER = /\{\w+\}|undefined|NaN/;

async function ssr(tag: string, options: object) {
  return (await executeServerCommand('ssr', { tag, options })) as { html: string; messages: string[] };
}

describe('one truth on every road', () => {
  for (const lang of LANGS) {
    // As a reader meets it: Intl may join the number and its word with a no-break space.
    const figure = norm(cellsText(FIGURE, lang));

    describe(`lang="${lang}", ${FIGURE.toLocaleString('en')} cells per kg`, () => {
      it('writes the figure one way, rounded up, never below the clinic’s minimum', () => {
        // 3,141,593 → 3.15 million / 31.5 lakh: the rule is a minimum, so a rounded figure is never lower.
        expect(figure).to.match(ROUNDED[lang]);
      });

      for (const tag of TAGS) {
        it(`<${tag}>: the element, the server's markup, its fallback and the hydrated markup say the same`, async () => {
          // The FAQ with its review, whose dates and reviewer every road writes in its footer.
          const review = tag === 'stem-cell-faq' ? REVIEW : {};
          const el = await fixture<Host>(
            staticHtml`<div lang=${lang}><${unsafeStatic(tag)} cells-per-kg=${FIGURE} calculator weight="70" dose-link="#dose" last-reviewed=${review['last-reviewed'] ?? nothing} next-review-due=${review['next-review-due'] ?? nothing} reviewed-by=${review['reviewed-by'] ?? nothing}></${unsafeStatic(tag)}></div>`,
          );
          const element = el.querySelector<Host>(tag)!;
          await element.updateComplete;
          const inBrowser = readerText(element.shadowRoot!);
          expect(inBrowser).to.contain(figure);
          expect(inBrowser).not.to.match(PLACEHOLDER);

          const { html: markup } = await ssr(tag, {
            lang,
            attributes: { 'cells-per-kg': FIGURE, calculator: true, weight: 70, 'dose-link': '#dose', ...review },
          });
          expect(markup).not.to.match(PLACEHOLDER);
          const { doc, remove } = await framedPage(`<!doctype html><html lang="en"><body>${markup}</body></html>`);
          const host = doc.querySelector<Host>(tag)!;
          // The declarative shadow root, before any script: what the element shows.
          expect(readerText(host.shadowRoot!)).to.equal(inBrowser);
          // The light-DOM fallback (no declarative shadow DOM, no JavaScript): the same figure, and text for every element.
          const fallback = norm(host.textContent ?? '');
          expect(fallback, 'fallback text').not.to.equal('');
          if (tag !== 'procedure-steps') expect(fallback).to.contain(figure);
          expect(fallback).not.to.match(PLACEHOLDER);
          // The dose note's figure for its weight, and the culture step's link to the dose rule: word for word as the element shows them.
          if (tag === 'dose-note')
            expect(norm(host.querySelector('[data-dose-result]')?.textContent ?? ''), 'the figure for 70 kg').to.equal(
              norm(element.shadowRoot!.querySelector('.result')!.textContent!),
            );
          if (tag === 'procedure-steps') {
            const link = host.querySelector('li#culture > [data-step-dose] > a');
            expect(link?.getAttribute('href'), 'the dose link').to.equal('#dose');
            expect(norm(link!.textContent!)).to.equal(norm(element.shadowRoot!.querySelector('a[href="#dose"]')!.textContent!));
          }
          // It ends with the footer's lines, word for word as the element in this browser shows them: the
          // FAQ's review dates and reviewer, the clinic's disclaimer, the content's version and date.
          const footer = [...element.shadowRoot!.querySelectorAll('[part="footer"] > p')].map((p) => norm(p.textContent!));
          expect(footer.length, 'footer lines').to.be.at.least(tag === 'stem-cell-faq' ? 4 : 2);
          expect(
            [...host.querySelectorAll(':scope > p')].slice(-footer.length).map((p) => norm(p.textContent!)),
            'the fallback’s last paragraphs',
          ).to.deep.equal(footer);
          remove();
          // Hydrated, as docs/server-rendering.md has a page do it: the hydrate bundle, then the page's
          // language file (any language but English). The same text again, with no second render's
          // warning, and never anything but the page's language in between.
          const addOn = languages.some((l) => l.lang === lang) ? `<script type="module" src="/dist/cdn/locale-${lang}.js"></script>` : '';
          const hydrated = await framedPage(
            `<!doctype html><html lang="en"><head>
            <script>
              window.warnings = [];
              console.warn = (...args) => warnings.push(args.join(' '));
            </script>
            <script type="module" src="/dist/cdn/stem-cell-explainers.hydrate.js"></script>${addOn}</head>
            <body>${markup}
            <script>
              // Parsed before any module script runs: every change from here on is recorded.
              window.shown = [];
              const root = document.querySelector('${tag}').shadowRoot;
              new MutationObserver(() => shown.push(root.textContent)).observe(root, { subtree: true, childList: true, characterData: true });
            </script></body></html>`,
          );
          const page = hydrated.win as unknown as { warnings: string[]; shown: string[] };
          const again = hydrated.doc.querySelector<Host>(tag)!;
          await waitUntil(() => again.hasUpdated, 'it hydrates', { timeout: 10_000 });
          await again.updateComplete;
          expect(readerText(again.shadowRoot!)).to.equal(inBrowser);
          expect(page.warnings, 'console warnings').to.deep.equal([]);
          expect(
            page.shown.map(norm).filter((text) => !text.includes(figure)),
            'every state the patient saw had the figure in the page’s language',
          ).to.deep.equal([]);
          hydrated.remove();
        });
      }

      it('the fallback markup every other road writes carries the same figure', () => {
        const dose = doseCallout(doseRule, cellsText(FIGURE, lang));
        expect(norm(dose)).to.contain(`<span data-cells>${figure}</span>`);
        expect(norm(faqDetails(OWN_FAQ, cellsText(FIGURE, lang))))
          .to.contain(figure)
          .and.not.match(PLACEHOLDER);
      });

      it('an editor’s own questions: no placeholder in the text, the copy-link name or the structured data', async () => {
        const el = await fixture<Host & { show(id: string): void }>(
          html`<stem-cell-faq lang=${lang} cells-per-kg=${FIGURE} structured-data .items=${OWN_FAQ}></stem-cell-faq>`,
        );
        el.show('parking');
        await el.updateComplete;
        const text = readerText(el.shadowRoot!);
        expect(text).to.contain(figure);
        expect(text).not.to.match(PLACEHOLDER);
        const jsonLd = el.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
        await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'structured data is written');
        const data = el.querySelector('script[type="application/ld+json"]')!.textContent!;
        expect(jsonLd + data).not.to.match(PLACEHOLDER);
        expect(norm(data)).to.contain(figure);
        // The clinic's own text: no version of ours is claimed for it.
        const version = (localeFor(lang).content.info ?? contentInfo).version;
        expect(text).not.to.contain(version);
      });
    });
  }
});
