type Result = { strings?: readonly string[]; values?: readonly unknown[]; _$litType$?: unknown; _$litDirective$?: unknown };

/**
 * A short fingerprint of what a `render()` shows: every template and every text or attribute value,
 * not event listeners. The server writes it on the element (`data-sce-ssr`); before hydrating, the
 * browser compares it with its own first render, so a page that differs from what the server
 * assumed (its `lang`, a `data-cells-per-kg` ancestor, the content) is rendered afresh, never left
 * showing the server's text while the element believes otherwise.
 */
export function renderDigest(value: unknown): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  const walk = (v: unknown): void => {
    if (v == null || typeof v === 'function') return;
    if (typeof v !== 'object') return add(`\u0001${String(v)}`);
    const r = v as Result;
    if (r._$litType$ !== undefined) {
      add(`\u0002${r.strings!.join('\u0003')}`);
      r.values!.forEach(walk);
    } else if (r._$litDirective$ !== undefined) r.values!.forEach(walk);
    else if (Symbol.iterator in r) for (const x of r as Iterable<unknown>) walk(x);
  };
  walk(value);
  return (h >>> 0).toString(36);
}

/** The attribute that carries the server's fingerprint. */
export const DIGEST_ATTRIBUTE = 'data-sce-ssr';

/**
 * On a server, records on the element a fingerprint of what it renders, for the browser to check
 * before it hydrates the markup. Each element calls it at the end of its `willUpdate`, behind
 * `isServer` (a constant: browser bundles carry no call).
 */
export function markServerRendered(el: HTMLElement & { render(): unknown }): void {
  el.setAttribute(DIGEST_ATTRIBUTE, renderDigest(el.render()));
}
