// The FAQ's templates that need nothing of the element but what they are given: one entry, and
// the "Show all" button.
import { html, nothing, type TemplateResult } from 'lit';

/** Answers are region landmarks in a short FAQ only: more would crowd the landmarks list (WAI-ARIA APG accordion). */
export const answersAreRegions = (count: number): boolean => count <= 6;

export interface FaqItemOptions {
  id: string;
  /** The question and the answer, as the page shows them (renderText(), renderBlocks()). */
  question: unknown;
  answer: unknown;
  /** The heading level of the question. */
  level: number;
  /** Hidden by the search. */
  filtered: boolean;
  open: boolean;
  /** Whether the answer is a region landmark (only in short FAQs: WAI-ARIA APG accordion). */
  asRegion: boolean;
  /** The "Copy link" button and its status, in an open answer. */
  copyButton: unknown;
}

/** The ids of an entry's question button and answer panel in the FAQ's shadow root: one scheme for the template, the listeners and the lookups. */
const Q = 'q-';
const A = 'a-';
export const questionId = (id: string): string => Q + id;
export const answerId = (id: string): string => A + id;

/**
 * The entry a question's click or an answer's `beforematch` (find-in-page) is for: entries have no
 * listeners of their own, the list has one of each (a 500-entry FAQ keeps 1,000 fewer).
 */
export function entryOf(e: Event): { id: string; question: boolean } | undefined {
  const target = e.target as Element;
  const question = target.closest('.q button');
  if (question) return { id: question.id.slice(Q.length), question: true };
  if (e.type === 'beforematch' && target.matches('.a')) return { id: target.id.slice(A.length), question: false };
  return undefined;
}

/**
 * One question and its answer, after the APG accordion: the question a button in a heading, the
 * answer `hidden="until-found"` while closed so that find-in-page still finds it (and opens it).
 * "Copy link" is in open answers only: find-in-page, which searches closed ones, has no use for it.
 * A click on the question and find-in-page opening the answer reach the list's listeners (`entryOf`).
 */
export function renderItem(o: FaqItemOptions): TemplateResult {
  const { open, asRegion } = o;
  // A closed answer is no landmark: hidden="until-found" keeps it in Chromium's accessibility tree, and a
  // screen reader's list of landmarks named every question, each leading to nothing.
  const region = asRegion && open;
  // Whole values, not "q-${id}" in the template: an attribute with text around its binding keeps an
  // array of its parts in every entry.
  const [q, a] = [questionId(o.id), answerId(o.id)];
  return html`<div class="item" part="item" ?hidden=${o.filtered}>
    <div class="q" role="heading" aria-level=${o.level}>
      <button id=${q} part="question" aria-expanded=${open} aria-controls=${a}>
        <span>${o.question}</span><span class="icon" aria-hidden="true"></span>
      </button>
    </div>
    <div id=${a} part="answer" class="a" role=${region ? 'region' : nothing} aria-labelledby=${region ? q : nothing}
      hidden=${open ? nothing : 'until-found'}>
      ${o.answer} ${open ? o.copyButton : nothing}
    </div>
  </div>`;
}

/** "Show all" opens the entries the patient can see (all, or those the search found); "Hide all" closes them. */
export function renderShowAll(o: { allOpen: boolean; strings: { showAll: string; hideAll: string }; toggle: () => void }): TemplateResult {
  // aria-expanded, as GOV.UK's "Show all sections": the label changes under focus, which screen readers
  // may not say; the state they do.
  return html`<button class="link-button all" aria-expanded=${o.allOpen} @click=${o.toggle}>${o.allOpen ? o.strings.hideAll : o.strings.showAll}</button>`;
}
