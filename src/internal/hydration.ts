// Hydration of server-rendered markup (`stem-cell-explainers/ssr`), on top of Lit's
// `lit-element-hydrate-support`, which must be evaluated before lit-element (see src/hydrate.ts).
// Imported only by the hydrating entry points: the other bundles carry none of it.
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { DeepLink } from '../components/stem-cell-faq/deep-link.js';
import { ExplainerElement } from './explainer-element.js';
import { warn } from './log.js';
import { DIGEST_ATTRIBUTE, renderDigest } from './render-digest.js';

/** Lit's flag (set by the hydrate support's `createRenderRoot`) for an element whose first update hydrates. */
type Hydrating = { _$AG?: boolean; renderRoot: HTMLElement | DocumentFragment; render(): unknown; requestUpdate(): void };
type Updating = { update(changed: unknown): void };

const proto = ExplainerElement.prototype as unknown as Updating;
const update = proto.update;

/** Drops the server's nodes (keeping its `<style>`) so that the next render starts afresh. */
function discard(el: ExplainerElement & Hydrating, why: string): void {
  warn(el.localName, `${why}; it is rendered again in the browser. Give the server the page's lang and cells-per-kg.`);
  el._$AG = false;
  for (const node of [...el.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
}

/**
 * A page whose Content-Security-Policy refuses the server's inline `<style>` (no hash, no nonce)
 * shows the markup unstyled until the script runs; then the element's styles are adopted as
 * constructed style sheets, which such a policy allows, as for an element rendered in the browser.
 */
function restyle(el: ExplainerElement & Hydrating): void {
  const root = el.renderRoot as ShadowRoot;
  if ([...root.querySelectorAll('style')].some((style) => !style.sheet))
    adoptStyles(root, (el.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles);
}

proto.update = function (this: ExplainerElement & Hydrating, changed: unknown) {
  if (this._$AG) restyle(this);
  if (this._$AG && this.getAttribute(DIGEST_ATTRIBUTE) !== renderDigest(this.render()))
    discard(this, 'the server-rendered markup differs from what this page shows (its language, dose figure or content)');
  const hydrating = this._$AG;
  try {
    update.call(this, changed);
  } catch (e) {
    if (!hydrating) throw e;
    discard(this, `the server-rendered markup could not be hydrated (${(e as Error).message})`);
    update.call(this, changed);
  }
};

// A deep link (#id) opens its answer in the browser only: hydrate what the server rendered first,
// then open it in a second, ordinary update (the same nodes, as if the patient had clicked).
type Link = { _host: Hydrating; _later?: boolean; hostUpdate(): void; hostUpdated(): void };
const link = DeepLink.prototype as unknown as Link;
const { hostUpdate, hostUpdated } = link;
link.hostUpdate = function (this: Link) {
  if (this._host._$AG) this._later = true;
  else hostUpdate.call(this);
};
link.hostUpdated = function (this: Link) {
  hostUpdated.call(this);
  if (this._later) {
    this._later = false;
    this._host.requestUpdate();
  }
};
