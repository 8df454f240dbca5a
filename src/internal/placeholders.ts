/**
 * Placeholder mounting for CMS editors whose editor strips unknown tags:
 * `<div data-stem-cell="faq" data-search data-heading-level="2">` becomes `<stem-cell-faq search heading-level="2">`,
 * keeping its children (fallback `<details>` or a JSON script) and its id, class, lang and dir.
 * Only attributes the element documents are copied: a `data-onclick` never becomes an `onclick`.
 */
import { warn } from './log.js';

type ElementClass = { readonly observedAttributes: string[] };
/** Placeholder kinds: `data-stem-cell` value → tag name. */
const TAGS: Record<string, string> = { faq: 'stem-cell-faq', steps: 'procedure-steps', dose: 'dose-note' };
const KEPT = ['id', 'class', 'lang', 'dir', 'title'];
const SELECTOR = 'div[data-stem-cell]';

function upgrade(div: HTMLElement, classes: Record<string, ElementClass>): void {
  if (!div.isConnected) return;
  const kind = div.dataset.stemCell ?? '';
  const tag = TAGS[kind];
  if (!tag) {
    warn(
      'stem-cell-explainers',
      `data-stem-cell="${kind}" is not known; use ${Object.keys(TAGS).join(', ')}. The placeholder is left as it is.`,
    );
    div.removeAttribute('data-stem-cell');
    return;
  }
  // Another of our files (a per-element CDN file) upgrades this kind.
  if (!classes[tag]) return;
  // The element's own attribute list: one home for what an editor may set.
  const allowed = classes[tag].observedAttributes;
  const el = document.createElement(tag);
  for (const { name, value } of [...div.attributes]) {
    const attribute = name.slice(5);
    if (KEPT.includes(name)) el.setAttribute(name, value);
    else if (name.startsWith('data-') && allowed.includes(attribute)) el.setAttribute(attribute, value);
    else if (name !== 'data-stem-cell')
      warn(
        tag,
        `the placeholder has ${name}, which is not one of its attributes (${allowed.map((a) => `data-${a}`).join(', ')}); it is ignored.`,
      );
  }
  el.append(...div.childNodes);
  div.replaceWith(el);
}

/**
 * Upgrades the placeholders on the page, and those added later, to these element classes (by tag).
 * Once per page and element, however many bundles load: each per-element CDN file mounts its own.
 */
export function mountPlaceholders(given: Record<string, ElementClass>): void {
  const page = window as unknown as Record<symbol, boolean>;
  const classes: Record<string, ElementClass> = {};
  for (const [tag, cls] of Object.entries(given)) {
    const key = Symbol.for(`stem-cell-explainers.placeholders.${tag}`);
    if (!page[key]) classes[tag] = cls;
    page[key] = true;
  }
  if (!Object.keys(classes).length) return;
  const scan = (root: ParentNode) => root.querySelectorAll<HTMLElement>(SELECTOR).forEach((div) => upgrade(div, classes));
  const start = () => {
    scan(document);
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement) {
            if (node.matches(SELECTOR)) upgrade(node, classes);
            else scan(node);
          }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  // While the page is still being parsed a placeholder's children may be missing: wait for all of them.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
