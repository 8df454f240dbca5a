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
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../src/content/index.js';
import { doseCallout, elementFallback, faqDetails, stepsList } from '../scripts/fallback-markup.mjs';
import { footerLines } from '../dist/internal/bundled.js';
import type { ReviewGiven } from '../src/components/stem-cell-faq/review-dates.js';
import type { StemCellFaq } from '../src/components/stem-cell-faq/stem-cell-faq.js';
import type { ProcedureSteps } from '../src/components/procedure-steps/procedure-steps.js';
import type { DoseNote } from '../src/components/dose-note/dose-note.js';
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

/**
 * A clinic page whose script is still loading, its elements showing their fallback; `takeOver()` loads
 * the script and gives the last element.
 */
async function clinicPage<E extends StemCellFaq | ProcedureSteps | DoseNote = StemCellFaq>(
  element = `<stem-cell-faq>${elementFallback('stem-cell-faq', { entries: faqEntries })}</stem-cell-faq>`,
) {
  const frame = await framedPage<Win>(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head>
    <body><main><h1>Riverside Joint Clinic</h1><p>Opening hours</p>${element}</main>
    <p style="block-size: 2000px">Contact us</p></body></html>`,
    { title: 'a clinic page, its script still loading' },
  );
  const summaries = [...frame.doc.querySelectorAll('summary')];
  const host = frame.doc.querySelector('stem-cell-faq, procedure-steps, dose-note')!;
  return {
    ...frame,
    summaries,
    /** The element's script arrives. */
    async takeOver() {
      const script = frame.doc.createElement('script');
      script.type = 'module';
      script.src = '/src/index.ts';
      frame.doc.head.append(script);
      await waitUntil(() => frame.win.customElements.get(host.localName), 'the element is registered', { timeout: 10_000 });
      const taken = [...frame.doc.querySelectorAll('stem-cell-faq, procedure-steps, dose-note')] as E[];
      await Promise.all(taken.map((e) => e.updateComplete));
      return taken[taken.length - 1];
    },
  };
}

describe('a fallback the patient used before the element took over', () => {
  // On a slow connection the snippets' fallback (WordPress's, the builder's) can be all the patient has for
  // seconds. What they did there is kept: the answers they opened, the question they were on, their place.
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

  it('keeps the clinic’s disclaimer under the questions where it was, when the patient was reading it', async () => {
    const { was, now } = await readingTheFooter(await clinicPage(), clinicNotes.disclaimer);
    expect(now, 'the disclaimer being read, where it was').to.be.closeTo(was, 2);
  });

  it('keeps the review dates under the questions where they were, when the patient was reading them', async () => {
    const review = { lastReviewed: '2026-12-03', nextReviewDue: '2027-06-30', reviewedBy: 'Dr A. Rao' };
    const [dates] = footerOf(review);
    expect(dates).to.match(/^Page last reviewed: December 3, 2026/);
    const fallback = elementFallback('stem-cell-faq', { entries: faqEntries, footer: footerOf(review) });
    const { was, now } = await readingTheFooter(
      await clinicPage(
        `<stem-cell-faq last-reviewed="2026-12-03" next-review-due="2027-06-30" reviewed-by="Dr A. Rao">${fallback}</stem-cell-faq>`,
      ),
      dates,
    );
    expect(now, 'the review dates being read, where they were').to.be.closeTo(was, 2);
  });

  it('keeps the question at the top of the screen where it was, when the patient has scrolled to it', async () => {
    const { win, summaries, takeOver, remove } = await clinicPage();
    try {
      win.scrollTo(0, summaries[5].getBoundingClientRect().top + win.scrollY - 10);
      const top = summaries[5].getBoundingClientRect().top;
      const faq = await takeOver();
      expect(expanded(faq), 'nothing opened').to.deep.equal(faqEntries.map(() => 'false'));
      expect(questions(faq)[5].getBoundingClientRect().top).to.be.closeTo(top, 2);
    } finally {
      remove();
    }
  });
});

/** Where a text is on the screen in the element, if it is shown. */
const shownAt = (el: HTMLElement, text: string) => {
  const block = [...el.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent!.trim() === text);
  return block && block.getClientRects().length && !block.closest('[hidden]') ? block.getBoundingClientRect().top : undefined;
};

/**
 * The patient reads a line of an element's footer (the clinic's disclaimer, the content's version, the
 * FAQ's review dates), which its fallback ends with, at the top of the screen when the element takes
 * over: where it was, and where the element shows it.
 */
async function readingTheFooter<E extends StemCellFaq | ProcedureSteps | DoseNote>(
  page: Awaited<ReturnType<typeof clinicPage<E>>>,
  line: string,
) {
  const { doc, win, takeOver, remove } = page;
  try {
    const host = doc.querySelector('stem-cell-faq, procedure-steps, dose-note')!;
    const reading = [...host.querySelectorAll(':scope > p')].find((p) => p.textContent === line);
    expect(Boolean(reading), `the fallback has the paragraph “${line}”`).to.equal(true);
    win.scrollTo(0, reading!.getBoundingClientRect().top + win.scrollY - 10);
    const was = reading!.getBoundingClientRect().top;
    const el = await takeOver();
    return { el, was, now: shownAt(el, line) };
  } finally {
    remove();
  }
}

/** The English footer of the bundled content: [...the FAQ's review lines, the disclaimer, the version line]. */
const footerOf = (review?: ReviewGiven) => footerLines('en', { bundled: true, review });

describe('steps the patient was reading before the element took over', () => {
  // The steps' fallback shows every step's details; the element shows them behind "Show details". A
  // patient who had scrolled down to read them goes on reading where they were.
  const steps = procedureSteps['bone-marrow'];
  const page = () => clinicPage<ProcedureSteps>(`<procedure-steps>${stepsList(steps)}</procedure-steps>`);
  const expanded = (el: ProcedureSteps) =>
    [...el.shadowRoot!.querySelectorAll('[aria-controls^="d-"]')].map((b) => b.getAttribute('aria-expanded'));
  it('keeps open the details on the screen, the text at its top where it was', async () => {
    const { doc, win, takeOver, remove } = await page();
    try {
      // The patient reads the second step's last paragraph, at the top of the screen.
      const reading = doc.querySelector('#separate')!.lastElementChild!;
      win.scrollTo(0, reading.getBoundingClientRect().top + win.scrollY - 10);
      const [text, top] = [reading.textContent!.trim(), reading.getBoundingClientRect().top];
      const onScreen = [...doc.querySelectorAll('ol > li')].map((li) =>
        [...li.children].slice(2).some((detail) => {
          const box = detail.getBoundingClientRect();
          return box.bottom > 0 && box.top < win.innerHeight;
        }),
      );
      const toggles: Event[] = [];
      doc.addEventListener('steps-toggle', (e) => toggles.push(e));
      const el = await takeOver();
      expect(expanded(el)[0], 'the step above the screen').to.equal('false');
      expect(expanded(el)[1], 'the step being read').to.equal('true');
      expect(expanded(el), 'open: the steps whose details were on the screen').to.deep.equal(onScreen.map(String));
      expect(shownAt(el, text), 'the text being read, where it was').to.be.closeTo(top, 2);
      expect(toggles, 'no steps-toggle: the patient did not toggle anything').to.have.length(0);
    } finally {
      remove();
    }
  });

  const withFooter = () =>
    clinicPage<ProcedureSteps>(`<procedure-steps>${elementFallback('procedure-steps', { entries: steps })}</procedure-steps>`);
  it('keeps the clinic’s disclaimer under the list where it was when the patient was reading it, the steps above closed', async () => {
    const { el, was, now } = await readingTheFooter(await withFooter(), clinicNotes.disclaimer);
    expect(expanded(el), 'no step’s details were on the screen').to.deep.equal(steps.map(() => 'false'));
    expect(now, 'the disclaimer being read, where it was').to.be.closeTo(was, 2);
  });

  it('keeps the content’s version and date, last in the fallback, where they were when the patient was reading them', async () => {
    const { was, now } = await readingTheFooter(await withFooter(), footerOf().at(-1)!);
    expect(now, 'the version line being read, where it was').to.be.closeTo(was, 2);
  });

  it('keeps the patient’s step where it was, its mark (“You are here”) where the element draws its own', async () => {
    const marks = { current: 3, done: 'Done', here: 'You are here' };
    const { doc, win, takeOver, remove } = await clinicPage<ProcedureSteps>(
      `<procedure-steps current="3">${elementFallback('procedure-steps', { entries: steps, marks })}</procedure-steps>`,
    );
    try {
      // The patient reads the third step's mark, at the top of the screen.
      const reading = doc.querySelector('#culture [data-step-state]')!;
      win.scrollTo(0, reading.getBoundingClientRect().top + win.scrollY - 10);
      const top = reading.getBoundingClientRect().top;
      const el = await takeOver();
      expect(shownAt(el, 'You are here'), 'the mark being read, where it was').to.be.closeTo(top, 2);
      expect(
        [...el.shadowRoot!.querySelectorAll('.step .title')].map((t) => t.textContent!.trim().replace(/^Step \d of \d: /, '')),
        'the steps’ titles, no mark among them',
      ).to.deep.equal(steps.map((step) => step.title));
    } finally {
      remove();
    }
  });

  it('shows the steps closed to a patient who has not scrolled down to them', async () => {
    const { win, takeOver, remove } = await page();
    try {
      expect(win.scrollY).to.equal(0);
      const el = await takeOver();
      expect(expanded(el)).to.deep.equal(steps.map(() => 'false'));
      expect(win.scrollY).to.equal(0);
    } finally {
      remove();
    }
  });
});

describe('the dose rule the patient was reading before the element took over', () => {
  // As every road writes it: the heading, the rule, what it means, the notice, the clinic's disclaimer.
  const doseFallback = elementFallback('dose-note', { rule: doseRule });
  const notice = (doc: Document) => doc.querySelector('dose-note > p > strong')!.parentElement!;

  it('stays where it was on the screen, with the calculator added above it', async () => {
    const { doc, win, takeOver, remove } = await clinicPage<DoseNote>(`<dose-note calculator>${doseFallback}</dose-note>`);
    try {
      // The patient reads the notice under the rule, at the top of the screen.
      const reading = notice(doc);
      win.scrollTo(0, reading.getBoundingClientRect().top + win.scrollY - 10);
      const [text, top] = [reading.textContent!.trim(), reading.getBoundingClientRect().top];
      const el = await takeOver();
      expect(el.shadowRoot!.querySelector('input'), 'the calculator').not.to.equal(null);
      expect(shownAt(el, text), 'the notice being read, where it was').to.be.closeTo(top, 2);
    } finally {
      remove();
    }
  });

  it('keeps the figure for the weight the note was given, and the notice under it, where they were when the patient was reading them', async () => {
    const result = 'By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.';
    const withWeight = elementFallback('dose-note', { rule: doseRule, result });
    for (const reading of [(doc: Document) => doc.querySelector('dose-note > [data-dose-result]')!, notice]) {
      const { doc, win, takeOver, remove } = await clinicPage<DoseNote>(`<dose-note weight="70">${withWeight}</dose-note>`);
      try {
        const block = reading(doc);
        win.scrollTo(0, block.getBoundingClientRect().top + win.scrollY - 10);
        const [text, top] = [block.textContent!.trim(), block.getBoundingClientRect().top];
        const el = await takeOver();
        expect(el.shadowRoot!.querySelector('.result')!.textContent, 'the element’s figure').to.equal(result);
        expect(shownAt(el, text), `“${text.slice(0, 30)}…” being read, where it was`).to.be.closeTo(top, 2);
      } finally {
        remove();
      }
    }
  });

  for (const [name, line] of [
    ['the clinic’s disclaimer', clinicNotes.disclaimer],
    ['the content’s version and date, last in the fallback,', footerOf().at(-1)!],
  ])
    it(`keeps ${name} where it was when the patient was reading it`, async () => {
      const { was, now } = await readingTheFooter(await clinicPage<DoseNote>(`<dose-note calculator>${doseFallback}</dose-note>`), line);
      expect(now, 'the line being read, where it was').to.be.closeTo(was, 2);
    });

  it('stays where it was under steps taken over in the same moment', async () => {
    const { doc, win, takeOver, remove } = await clinicPage<DoseNote>(
      `<procedure-steps>${stepsList(procedureSteps['bone-marrow'])}</procedure-steps><dose-note calculator>${doseFallback}</dose-note>`,
    );
    try {
      const reading = notice(doc);
      win.scrollTo(0, reading.getBoundingClientRect().top + win.scrollY - 10);
      const [text, top] = [reading.textContent!.trim(), reading.getBoundingClientRect().top];
      const el = await takeOver();
      expect(shownAt(el, text), 'the notice being read, where it was').to.be.closeTo(top, 2);
    } finally {
      remove();
    }
  });
});

describe('what the patient was reading below the elements when they took over', () => {
  it('stays where it was on the screen, however much taller or shorter the elements became', async () => {
    const { doc, win, takeOver, remove } = await clinicPage<StemCellFaq>(
      `<procedure-steps>${stepsList(procedureSteps['bone-marrow'])}</procedure-steps>` +
        `<dose-note calculator>${doseCallout(doseRule)}</dose-note><stem-cell-faq>${faqDetails(faqEntries)}</stem-cell-faq>`,
    );
    try {
      // The elements are all above the screen; "Contact us" is at its top.
      const reading = doc.querySelector('body > p')!;
      win.scrollTo(0, reading.getBoundingClientRect().top + win.scrollY);
      const top = reading.getBoundingClientRect().top;
      const heights = [...doc.querySelectorAll('main > *')].map((e) => e.getBoundingClientRect().height);
      await takeOver();
      expect(
        [...doc.querySelectorAll('main > *')].map((e) => e.getBoundingClientRect().height),
        'the elements changed height',
      ).not.to.deep.equal(heights);
      expect(reading.getBoundingClientRect().top, '"Contact us", where it was').to.be.closeTo(top, 2);
    } finally {
      remove();
    }
  });
});

describe('a page the browser scrolls back to where the patient was', () => {
  it('is not scrolled by the elements after a reload: the browser put the patient back in their layout', async function () {
    // Two loads of the page and the browser's own restoring: more than the 10 s a test has by default.
    this.timeout(30_000);
    // Counts the page's scrolls by script (in the page's head, before the elements' module).
    const { iframe, remove } = await framedPage(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
      <script>const by = scrollBy; window.scrolled = 0; window.scrollBy = (...a) => { scrolled++; by(...a); };</script>
      <script type="module" src="/src/index.ts"></script></head>
      <body><main><h1>Riverside Joint Clinic</h1><procedure-steps>${stepsList(procedureSteps['bone-marrow'])}</procedure-steps>
      <dose-note calculator>${doseCallout(doseRule)}</dose-note></main><p style="block-size: 2000px">Contact us</p></body></html>`,
      { title: 'a clinic page, read and reloaded' },
    );
    type Counted = Window & typeof globalThis & { scrolled: number };
    const loaded = async () => {
      const win = iframe.contentWindow as Counted;
      await waitUntil(() => win.customElements?.get('dose-note'), 'the elements are registered', { timeout: 10_000 });
      const elements = [...win.document.querySelectorAll('procedure-steps, dose-note')] as unknown as ProcedureSteps[];
      await Promise.all(elements.map((e) => e.updateComplete));
      return win;
    };
    try {
      const first = await loaded();
      const reading = first.document.querySelector('body > p')!;
      first.scrollTo(0, reading.getBoundingClientRect().top + first.scrollY - 100);
      const reloaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      first.location.reload();
      await reloaded;
      const win = await loaded();
      // The browser restores the place in its own time (WebKit, on a busy machine, after the elements
      // have taken over: more than 5 s once, with two test runs on the machine at once); every scroll by
      // script is counted from the start either way.
      await waitUntil(() => win.scrollY > 0, 'the browser scrolled the page back', { timeout: 10_000 });
      expect(win.scrolled, 'scrolls by the elements').to.equal(0);
    } finally {
      remove();
    }
  });
});
