import type { FaqEntry } from '../content/types.js';
import { blocksText } from './blocks.js';
import { format } from './strings.js';

/** Lazily made Trusted Types policy: writing a JSON-LD script is a TT sink under a strict CSP. */
let policy: { createScript(s: string): unknown } | null | undefined;

type TT = { createPolicy(name: string, rules: { createScript(s: string): string }): { createScript(s: string): unknown } };

function scriptPolicy() {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TT }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('stem-cell-explainers', { createScript: (s) => s }) : null;
    } catch {
      policy = null; // a second copy of the bundle: the policy name is taken, and writing will be refused
    }
  }
  return policy;
}

/**
 * Writes (or rewrites) the element's own `<script type="application/ld+json">` in its light DOM.
 * `<` is escaped so the JSON can never close the script when the page is serialised.
 */
export function writeJsonLd(host: Element, data: object): void {
  let script = host.querySelector(':scope > script[data-sce-json-ld]');
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('data-sce-json-ld', '');
    host.append(script);
  }
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const p = scriptPolicy();
  (script as { textContent: unknown }).textContent = p ? p.createScript(json) : json;
}

/** Whether another script on the page already describes an FAQPage. */
export const pageHasFaqPage = (): boolean =>
  [...document.querySelectorAll('script[type="application/ld+json"]:not([data-sce-json-ld])')].some((s) =>
    /"FAQPage"/.test(s.textContent ?? ''),
  );

/** schema.org data for an FAQ page about a medical topic, from the entries patients see. */
export const faqPage = (entries: readonly FaqEntry[], values: Record<string, string>, lastReviewed?: Date): object => ({
  '@context': 'https://schema.org',
  '@type': ['FAQPage', 'MedicalWebPage'],
  ...(lastReviewed && { lastReviewed: lastReviewed.toISOString().slice(0, 10) }),
  mainEntity: entries.map((e) => ({
    '@type': 'Question',
    name: format(e.question, values),
    acceptedAnswer: { '@type': 'Answer', text: blocksText(e.answer, values) },
  })),
});
