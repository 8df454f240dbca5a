// One truth on every road, the builder's road: for the same clinic figure (3,141,593 per kg) in every
// language the builder offers, the code an editor copies carries, inside each element, the same
// fallback as the server writes, character for character; pasted into a page with its script, each
// element shows the figure in that language, as the element does anywhere else (./roads.test.ts).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { languages } from '../../builder/languages.js';
import { cellsText } from '../../src/internal/fallback-markup.js';
import { check, fill, freshStorage, local, openBuilder, openTab, outputs, page, textOf } from '../builder/support.js';

const FIGURE = 3_141_593;
const ELEMENTS = [
  ['Questions and answers', 'stem-cell-faq'],
  ['Procedure steps', 'procedure-steps'],
  ['Dose note', 'dose-note'],
] as const;
const PLACEHOLDER = /\{\w+\}|undefined|NaN/;

/** The light-DOM fallback the server writes for an element (stem-cell-explainers/ssr, built). */
async function serverFallback(tag: string, options: object) {
  const { html } = (await executeServerCommand('ssr', { tag, options })) as { html: string };
  return html.slice(html.indexOf('</template>') + '</template>'.length, html.lastIndexOf(`</${tag}>`));
}
/** The fallback inside an element's code: everything between its opening and closing tags. */
const inner = (code: string, tag: string) => code.slice(code.indexOf('>', code.lastIndexOf(`<${tag}`)) + 1, code.lastIndexOf(`</${tag}>`));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('one truth on every road: the embed builder', () => {
  freshStorage();

  for (const { lang, name } of languages) {
    it(`${name}: the copied code has the server’s fallback, and the pasted elements show the figure`, async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', lang);
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '3,141,593');
      const out = outputs(b);
      for (const [heading, tag] of ELEMENTS) {
        // The element carries the page's language, English being every element's own.
        const start = out[heading].match(new RegExp(`<${tag}[^>]*>`))![0];
        expect(start, tag).to.equal(`<${tag}${lang === 'en' ? '' : ` lang="${lang}"`} cells-per-kg="${FIGURE}">`);
        expect(inner(out[heading], tag), tag).to.equal(await serverFallback(tag, { lang, attributes: { 'cells-per-kg': FIGURE } }));
      }
      const figure = norm(cellsText(FIGURE, lang));
      const p = await page(local(out['The script, once on the page']), ELEMENTS.map(([heading]) => out[heading]).join('\n'), { lang });
      try {
        for (const [, tag] of ELEMENTS) {
          const text = norm(textOf((await p.element(tag)).shadowRoot!));
          expect(text, tag).not.to.match(PLACEHOLDER);
          expect(text, tag).to.contain(figure);
        }
      } finally {
        p.remove();
      }
    });

    it(`${name}: the copied code has the server’s fallback for the culture step’s dose link and the dose note’s figure for a weight`, async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', lang);
      await openTab(b, 'Procedure steps');
      await fill(b, 'Link to your page about the dose', '#dose');
      await openTab(b, 'Dose note');
      await fill(b, 'Weight to start with', '70');
      const out = outputs(b);
      const withLink = inner(out['Procedure steps'], 'procedure-steps');
      expect(withLink).to.contain('<p data-step-dose><a href="#dose">');
      expect(withLink).to.equal(await serverFallback('procedure-steps', { lang, attributes: { 'dose-link': '#dose' } }));
      const withWeight = inner(out['Dose note'], 'dose-note');
      expect(withWeight).to.contain('<p data-dose-result>');
      expect(withWeight).to.equal(await serverFallback('dose-note', { lang, attributes: { weight: '70' } }));
    });
  }

  // The snippets in dist/snippets/ (and dist/snippets/<lang>/) are the builder's code for a page with that
  // one element, its settings untouched: the same scripts, integrity, element and fallback, to the character.
  for (const { lang, name } of languages) {
    it(`${name}: each snippet the build writes is the builder’s code for a page with that element alone`, async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', lang);
      /** Ticks or unticks “Put … on my page” on the element's own tab. */
      const toggle = async (heading: string) => {
        await openTab(b, heading);
        await check(b, `Put the ${heading.toLowerCase()} on my page`);
      };
      for (const [heading] of ELEMENTS) await toggle(heading);
      for (const [heading, tag] of ELEMENTS) {
        await toggle(heading);
        const snippet = await (await fetch(`/dist/snippets/${lang === 'en' ? '' : `${lang}/`}${tag}.html`)).text();
        expect(outputs(b)['Embed code'], `${tag}: the builder’s code`).to.equal(snippet.trimEnd());
        await toggle(heading);
      }
    });
  }
});
