// A page whose HTML already shows the content (server-rendered markup, or the fallback markup of the
// snippets, the builder and WordPress) is painted as it is before the elements take it over (#27:
// content painted with the page), and is then taken over as usual. A page that gives the content as
// JSON only shows nothing until the element renders, so it is taken over at once.
//
// No timing: the page logs, in order, when the parser reached the end of the body, each frame it
// rendered after that, and each registration of an element. A module script runs once the parser
// is done, so an element registered as it runs is taken over before the browser renders again.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { faqEntries, procedureSteps } from '../src/content/index.js';
import { faqDetails, stepsList } from '../scripts/fallback-markup.mjs';
import type { StemCellFaq } from '../src/components/stem-cell-faq/stem-cell-faq.js';
import { questions } from './support/faq.js';
import { framedPage } from './support/frame.js';

type Log = ['parsed'] | ['frame', number] | ['define', string] | ['DOMContentLoaded'];
type Win = Window & typeof globalThis & { log: Log[] };

/** Logs registrations (in the page's head). */
const RECORDER = `<script>
  window.log = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, ...rest) => { log.push(['define', tag]); define(tag, ...rest); };
  document.addEventListener('DOMContentLoaded', () => log.push(['DOMContentLoaded']));
</script>`;

/**
 * Logs the end of parsing (the last thing in the body; deferred and module scripts run after it),
 * and each of the next frames with how many questions it shows.
 */
const PARSED = `<script>
  const shown = () => [...document.querySelectorAll('stem-cell-faq')].flatMap((faq) => [
    ...faq.querySelectorAll('summary'), ...(faq.shadowRoot?.querySelectorAll('[part="question"]') ?? []),
  ]).filter((q) => q.getClientRects().length > 0 && getComputedStyle(q).visibility !== 'hidden').length;
  log.push(['parsed']);
  let frames = 3;
  const frame = () => { log.push(['frame', shown()]); if (--frames) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
</script>`;

async function page(body: string, script: string) {
  const frame = await framedPage<Win>(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>${RECORDER}
    <script type="module" src="${script}"></script></head><body><main><h1>Riverside Joint Clinic</h1>${body}</main>${PARSED}</body></html>`,
    { title: 'a clinic page' },
  );
  await waitUntil(() => frame.win.customElements.get('stem-cell-faq'), 'the FAQ is registered', { timeout: 10_000 });
  const faq = frame.doc.querySelector('stem-cell-faq') as StemCellFaq;
  await faq.updateComplete;
  await waitUntil(() => frame.win.log.filter(([what]) => what === 'frame').length === 3, 'three frames have rendered');
  return { ...frame, faq, log: frame.win.log };
}

/** What the first frame after the parser showed, and whether the FAQ was registered by then. */
function firstFrame(log: Log[]) {
  const parsed = log.findIndex(([what]) => what === 'parsed');
  const frame = log.findIndex(([what], i) => i > parsed && what === 'frame');
  const defined = log.findIndex(([what, tag]) => what === 'define' && tag === 'stem-cell-faq');
  return { shown: log[frame][1] as number, takenOverBefore: defined < frame };
}

describe('a page whose HTML shows the content is painted before the elements take it over', () => {
  it('paints the snippet’s fallback questions first, then shows the accordion', async () => {
    const fallback = `<procedure-steps>${stepsList(procedureSteps['bone-marrow'])}</procedure-steps><stem-cell-faq>${faqDetails(faqEntries)}</stem-cell-faq>`;
    const { faq, log, remove } = await page(fallback, '/dist/cdn/stem-cell-explainers.js');
    try {
      const first = firstFrame(log);
      expect(first.takenOverBefore, 'registered before the first frame').to.equal(false);
      expect(first.shown, 'questions in the first frame').to.equal(faqEntries.length);
      expect(questions(faq).map((q) => q.textContent!.trim())).to.deep.equal(faqEntries.map((e) => e.question));
    } finally {
      remove();
    }
  });

  it('paints server-rendered markup first, then hydrates the same nodes', async () => {
    const { html } = (await executeServerCommand('ssr', { tag: 'stem-cell-faq', options: { lang: 'en' } })) as { html: string };
    const { faq, log, remove } = await page(html, '/dist/cdn/stem-cell-explainers.hydrate.js');
    try {
      const first = firstFrame(log);
      expect(first.takenOverBefore, 'registered before the first frame').to.equal(false);
      expect(first.shown, 'questions in the first frame').to.equal(faqEntries.length);
      expect(faq.hasUpdated, 'hydrated').to.equal(true);
      expect(questions(faq)).to.have.length(faqEntries.length);
    } finally {
      remove();
    }
  });

  it('takes over at once a page that gives the content as JSON only', async () => {
    const json = `<stem-cell-faq><script type="application/json">${JSON.stringify(faqEntries.slice(0, 2))}</script></stem-cell-faq>`;
    const { faq, log, remove } = await page(json, '/dist/cdn/stem-cell-explainers.js');
    try {
      // The module script registers it as it runs, before DOMContentLoaded (in Firefox and WebKit a
      // frame may render between the parser's end and the module script, so frames cannot tell).
      const at = (what: string) => log.findIndex(([w, tag]) => w === what && (what !== 'define' || tag === 'stem-cell-faq'));
      expect(at('define'), 'registered as the script ran').to.be.lessThan(at('DOMContentLoaded'));
      expect(questions(faq)).to.have.length(2);
    } finally {
      remove();
    }
  });
});

describe('a fallback the patient used before the element took over', () => {
  // On a slow connection the snippets' fallback (WordPress's, the builder's) can be all the patient has for
  // seconds. What they did there is kept: the answers they opened, the question they were on, their place.
  async function clinicPage() {
    const frame = await framedPage<Win>(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head>
      <body><main><h1>Riverside Joint Clinic</h1><stem-cell-faq>${faqDetails(faqEntries)}</stem-cell-faq></main>
      <p style="block-size: 2000px">Contact us</p></body></html>`,
      { title: 'a clinic page, its script still loading' },
    );
    const summaries = [...frame.doc.querySelectorAll('summary')];
    return {
      ...frame,
      summaries,
      /** The element's script arrives. */
      async takeOver() {
        const script = frame.doc.createElement('script');
        script.type = 'module';
        script.src = '/src/index.ts';
        frame.doc.head.append(script);
        await waitUntil(() => frame.win.customElements.get('stem-cell-faq'), 'the FAQ is registered', { timeout: 10_000 });
        const faq = frame.doc.querySelector('stem-cell-faq') as StemCellFaq;
        await faq.updateComplete;
        return faq;
      },
    };
  }
  const expanded = (faq: StemCellFaq) => questions(faq).map((q) => q.getAttribute('aria-expanded'));

  it('keeps the answers the patient opened and the question they were on, where it was', async () => {
    const { doc, summaries, takeOver, remove } = await clinicPage();
    try {
      summaries[2].click();
      summaries[4].focus();
      expect(doc.activeElement, 'the question the patient is on, in the fallback').to.equal(summaries[4]);
      const top = summaries[4].getBoundingClientRect().top;
      const faq = await takeOver();
      expect(expanded(faq)).to.deep.equal(faqEntries.map((_, i) => String(i === 2)));
      const answer = faq.shadowRoot!.getElementById(questions(faq)[2].getAttribute('aria-controls')!)!;
      expect(answer.hasAttribute('hidden') || answer.getClientRects().length === 0, 'the opened answer is hidden').to.equal(false);
      expect(doc.activeElement, 'the focus is in the FAQ').to.equal(faq);
      expect(faq.shadowRoot!.activeElement, 'on the same question').to.equal(questions(faq)[4]);
      expect(questions(faq)[4].getBoundingClientRect().top, 'where it was on the screen').to.be.closeTo(top, 2);
    } finally {
      remove();
    }
  });

  it('keeps the answer the patient is reading where it was on the screen', async () => {
    const { win, summaries, takeOver, remove } = await clinicPage();
    try {
      summaries[6].click();
      win.scrollTo(0, summaries[6].getBoundingClientRect().top + win.scrollY - 40);
      const top = summaries[6].getBoundingClientRect().top;
      const faq = await takeOver();
      expect(expanded(faq)[6]).to.equal('true');
      expect(questions(faq)[6].getBoundingClientRect().top).to.be.closeTo(top, 2);
    } finally {
      remove();
    }
  });
});
