/**
 * Placeholder mounting for CMS editors whose editor strips unknown tags:
 * `<div data-stem-cell="faq" data-search data-heading-level="2">` becomes `<stem-cell-faq search heading-level="2">`,
 * keeping its children (fallback `<details>` or a JSON script) and its id, class, lang and dir.
 * Only attributes the element documents are copied: a `data-onclick` never becomes an `onclick`.
 * Its own file (dist/cdn/placeholders.js, placeholders.iife.js), loaded only by pages with placeholders:
 * it upgrades each placeholder once its element is defined, by whichever of our files defines it.
 */

/**
 * A console warning as src/internal/log.ts writes it. Not imported from there: log.ts asks Lit
 * whether it runs on a server, and this file, which runs only in browsers, carries no Lit.
 */
const warn = (tag: string, message: string): void => console.warn(`<${tag}>: ${message}`);

type ElementClass = { readonly observedAttributes: string[] };
/** Placeholder kinds: `data-stem-cell` value → tag name. */
const TAGS: Record<string, string> = { faq: 'stem-cell-faq', steps: 'procedure-steps', dose: 'dose-note' };
const KEPT = ['id', 'class', 'lang', 'dir', 'title'];
const SELECTOR = 'div[data-stem-cell]';

/** The element a placeholder stands for, once that element is defined; unknown kinds are left as they are. */
function upgrade(div: HTMLElement): void {
  const kind = div.dataset.stemCell ?? '';
  const tag = Object.hasOwn(TAGS, kind) ? TAGS[kind] : undefined;
  if (!tag) {
    warn(
      'stem-cell-explainers',
      `data-stem-cell="${kind}" is not known; use ${Object.keys(TAGS).join(', ')}. The placeholder is left as it is.`,
    );
    div.removeAttribute('data-stem-cell');
    return;
  }
  void customElements.whenDefined(tag).then(() => replace(div, tag, customElements.get(tag) as unknown as ElementClass));
}

function replace(div: HTMLElement, tag: string, element: ElementClass): void {
  if (!div.isConnected || !div.hasAttribute('data-stem-cell')) return;
  // The element's own attribute list: one home for what an editor may set.
  const allowed = element.observedAttributes;
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
 * Upgrades the placeholders on the page, and those added later, to our elements. Once per page,
 * however many of our files load.
 */
export function mountPlaceholders(): void {
  const page = window as unknown as Record<symbol, boolean>;
  const key = Symbol.for('stem-cell-explainers.placeholders');
  if (page[key]) return;
  page[key] = true;
  const scan = (root: ParentNode) => root.querySelectorAll<HTMLElement>(SELECTOR).forEach(upgrade);
  const start = () => {
    scan(document);
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement) {
            if (node.matches(SELECTOR)) upgrade(node);
            else scan(node);
          }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  // While the page is still being parsed a placeholder's children may be missing: wait for all of them.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
