// How the elements behave on a server, where an element is never connected and has no parent,
// page or document: the language is the element's own `lang` (else English), and the element
// records a fingerprint of what it rendered for the browser to check before hydrating
// (src/internal/hydration.ts). Imported by the Node entry only: no browser bundle carries it.
import { DoseNote } from '../components/dose-note/dose-note.js';
import { ProcedureSteps } from '../components/procedure-steps/procedure-steps.js';
import { StemCellFaq } from '../components/stem-cell-faq/stem-cell-faq.js';
import { ExplainerElement } from '../internal/explainer-element.js';
import { localeFor, type Locale } from '../internal/locale.js';
import { DIGEST_ATTRIBUTE, renderDigest } from '../internal/render-digest.js';

type ServerElement = HTMLElement & { hasUpdated: boolean; _lang: string; _locale: Locale; render(): unknown };
type WillUpdate = { willUpdate(changed: unknown): void };

/** A language tag as the browser reads it (see `langOf`): canonical, or English when it is not one. */
export function canonicalLang(lang: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0];
  } catch {
    return 'en';
  }
}

const base = ExplainerElement.prototype as unknown as WillUpdate;
const willUpdate = base.willUpdate;
base.willUpdate = function (this: ServerElement, changed: unknown) {
  if (!this.hasUpdated) {
    this._lang = canonicalLang(this.getAttribute('lang'));
    this._locale = localeFor(this._lang);
  }
  willUpdate.call(this, changed);
};

/** The three element classes by tag. */
export const elementClasses = { 'stem-cell-faq': StemCellFaq, 'procedure-steps': ProcedureSteps, 'dose-note': DoseNote };

for (const element of Object.values(elementClasses)) {
  const proto = element.prototype as unknown as WillUpdate;
  const own = proto.willUpdate;
  proto.willUpdate = function (this: ServerElement, changed: unknown) {
    own.call(this, changed);
    this.setAttribute(DIGEST_ATTRIBUTE, renderDigest(this.render()));
  };
}
