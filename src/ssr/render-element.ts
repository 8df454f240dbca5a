// renderElement(): one element, with any attributes and content, as HTML with a declarative shadow
// root (its styles inside) followed by the light-DOM fallback of dist/snippets/*.html.
import { LitElementRenderer, html as serverHtml, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { DoseRuleText, FaqEntry, ProcedureStep } from '../content/types.js';
import type { Strings } from '../content/strings.js';
import { fail, warn } from '../internal/log.js';
import { faqPage } from '../internal/structured-data.js';
import { footerLines, stepMarks, stepsDoseLink } from '../internal/bundled.js';
import type { ReviewGiven } from '../components/stem-cell-faq/review-dates.js';
import { elementFallback, esc } from '../internal/fallback-markup.js';
import { NO_SCRIPT_CSS, NO_SCRIPT_MARKUP } from './no-script.js';
import { DoseNote } from '../components/dose-note/dose-note.js';
import { ProcedureSteps } from '../components/procedure-steps/procedure-steps.js';
import { StemCellFaq } from '../components/stem-cell-faq/stem-cell-faq.js';
import { DIGEST_ATTRIBUTE } from '../internal/render-digest.js';
import { localeFor } from '../internal/locale.js';
import type { Tag } from '../internal/tags.js';
import { provideEnglish, provideReader } from '../internal/editor-content.js';
import { faqReader } from '../components/stem-cell-faq/read-details.js';
import { stepsReader } from '../components/procedure-steps/read-list.js';
import { faqEntries } from '../content/faq.js';
import { procedureSteps } from '../content/procedure.js';

// In a browser an element loads its content reader when it has content, and its English text when
// it shows it; a server renders at once, so both are here from the start.
provideReader('stem-cell-faq', faqReader);
provideReader('procedure-steps', stepsReader);
provideEnglish('stem-cell-faq', faqEntries);
provideEnglish('procedure-steps', procedureSteps);

/** The three element classes by tag: one for each of TAGS, or the type check fails. */
export const elementClasses = {
  'stem-cell-faq': StemCellFaq,
  'procedure-steps': ProcedureSteps,
  'dose-note': DoseNote,
} satisfies Record<Tag, CustomElementConstructor>;
export type { Tag };

/**
 * An element that renderElement() has rendered carries its fingerprint (`data-sce-ssr`) and its
 * declarative shadow root already. A renderer that meets it again, such as
 * `@lit-labs/eleventy-plugin-lit` rendering a whole page that a shortcode wrote it into, leaves it as
 * it is instead of giving it a second shadow root.
 */
LitElementRenderer.renderOptions.push((element) => (element.hasAttribute(DIGEST_ATTRIBUTE) ? { disableSsr: true } : undefined));

/**
 * `@lit-labs/ssr` 4.1.0 puts an element on its stack of open hosts before it asks for the shadow root,
 * and takes it off only after writing one. An element left alone (`disableSsr`, above) writes none, so it
 * stayed on the stack, and every element after it in the page (ours, and the site's own Lit elements)
 * was written as if nested in it: with `defer-hydration`, so that it never woke up in the browser. Such
 * an element is taken off here, as it writes nothing (`test/node/ssr.test.mjs`, Eleventy). The package
 * pins the renderer's version: on a version that takes it off itself, drop this.
 */
type HostStack = { customElementHostStack: unknown[] };
const renderShadow = LitElementRenderer.prototype.renderShadow;
LitElementRenderer.prototype.renderShadow = function (this: LitElementRenderer, renderInfo: Parameters<typeof renderShadow>[0]) {
  const shadow = renderShadow.call(this, renderInfo);
  const hosts = (renderInfo as unknown as HostStack).customElementHostStack;
  if (shadow === undefined && hosts.at(-1) === this) hosts.pop();
  return shadow;
};

export interface RenderOptions {
  /**
   * Attributes as on the page: `{ 'heading-level': 2, search: true }`. `true` gives a bare boolean
   * attribute; `false`, `null` and `undefined` leave it out; anything else is written as text.
   */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /**
   * The language of the page where the markup goes (its nearest `lang`). Written on the element,
   * so that the browser reads the same language as the server. Default: the `lang` attribute, else English.
   */
  lang?: string;
  /**
   * The editor's content: for `<stem-cell-faq>` its entries, for `<procedure-steps>` its steps, as an
   * array or as the JSON text of a `<script type="application/json">` child. Validated as in the
   * browser, with the same console messages; invalid content gives the bundled copy.
   */
  content?: unknown;
  /** A CSP nonce for the page: written on the shadow root's `<style>` (the other route is the published hashes). */
  nonce?: string;
  /**
   * Overrides for any of the element's UI strings, as its `strings` property takes them (see
   * docs/content.md, UI strings): in the shadow root and in the fallback's footer alike. Give the
   * element on the page the same `strings` before its hydrate file loads, or they change as it takes over.
   */
  strings?: Readonly<Partial<Strings>>;
}

/** What the server-side element exposes for its fallback markup (its private state, read here only). */
type Rendered = HTMLElement & {
  _values: Record<string, string>;
  /** Its UI strings in use, with the overrides given. */
  _text: Readonly<Record<string, string>>;
  _lang: string;
  /** Its headings' level (the steps', the dose note's). */
  _level: number;
  /** The steps: the patient's step, 0 for none. */
  _current?: number;
  /** The steps: the checked `dose-link`. */
  _dose?: string;
  _content?: { entries: readonly (FaqEntry | ProcedureStep)[]; bundled: boolean; withBundled: boolean };
  _review?: { reviewed?: Date };
  structuredData?: boolean;
} & ReviewGiven;

const CONTENT_PROPERTY: Partial<Record<Tag, string>> = { 'stem-cell-faq': 'items', 'procedure-steps': 'steps' };
const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.-]*$/;

/** A server-only template holding only the element: its attributes and shadow root come from the renderer. */
const templates = new Map<Tag, ReturnType<typeof serverHtml>>();
const templateFor = (tag: Tag) => {
  const markup = `<${tag}></${tag}>`;
  if (!templates.has(tag)) templates.set(tag, serverHtml(Object.assign([markup], { raw: [markup] })));
  return templates.get(tag)!;
};

/** Reads content given as JSON text, as the browser reads a `<script type="application/json">` child. */
function parseContent(tag: Tag, content: unknown): unknown {
  if (typeof content !== 'string') return content;
  try {
    return JSON.parse(content);
  } catch (e) {
    fail(tag, `the <script type="application/json"> child is not valid JSON (${(e as Error).message}). Showing the bundled content.`);
    return null;
  }
}

/** The light-DOM fallback for the entries the element shows, with its own figure for `{cells}`. */
function fallback(tag: Tag, el: Rendered): string {
  const cells = el._values.cells ?? '';
  const entries = el._content?.entries ?? [];
  const rule = tag === 'dose-note' ? (el as unknown as { _rule(): DoseRuleText })._rule() : undefined;
  const jsonLd =
    tag === 'stem-cell-faq' && el.structuredData
      ? `\n<script type="application/ld+json" data-sce-json-ld>${JSON.stringify(faqPage(entries as FaqEntry[], el._values, el._review?.reviewed)).replace(/</g, '\\u003c')}</script>`
      : '';
  // The footer's lines as the element words them, with the language's own strings.
  const footer = footerLines(el._lang, {
    bundled: el._content?.bundled ?? true,
    withBundled: el._content?.withBundled ?? true,
    review: tag === 'stem-cell-faq' ? el : undefined,
    strings: el._text,
  });
  const steps = tag === 'procedure-steps';
  const marks = steps ? stepMarks(el._lang, el._current, el._text) : undefined;
  const doseLink = steps ? stepsDoseLink(el._lang, el._dose, el._text) : undefined;
  // The dose note's figure for its `weight`, as it shows it.
  const figure = tag === 'dose-note' ? (el as unknown as { _result(): { text: string } | string })._result() : undefined;
  const result = typeof figure === 'object' ? figure.text : undefined;
  return `\n${elementFallback(tag, { entries, rule, footer, cells, level: el._level, marks, doseLink, result })}${jsonLd}\n`;
}

/**
 * Renders `<stem-cell-faq>`, `<procedure-steps>` or `<dose-note>` to an HTML string: the element with
 * its attributes, a declarative shadow root (`<template shadowrootmode="open">` with its `<style>`)
 * that the browser shows styled before any script, and the light-DOM fallback content. Load
 * `stem-cell-explainers/hydrate` (npm) or `dist/cdn/stem-cell-explainers.hydrate.js` on the page to
 * make it interactive without rendering it again.
 */
export function renderElement(tag: Tag, { attributes = {}, lang, content, nonce, strings }: RenderOptions = {}): string {
  if (!Object.hasOwn(elementClasses, tag))
    throw new TypeError(`renderElement: "${String(tag)}" is not one of ${Object.keys(elementClasses).join(', ')}.`);
  const renderer = new LitElementRenderer(tag);
  const given = Object.entries(attributes).map(([name, value]) => [name.toLowerCase(), value] as const);
  if (lang !== undefined && !given.some(([name]) => name === 'lang')) given.unshift(['lang', lang]);
  for (const [name, value] of given) {
    if (!ATTRIBUTE_NAME.test(name)) warn(tag, `"${name.slice(0, 60)}" is not an attribute name; it is left out.`);
    // Markup that runs script is not ours to write (the placeholders refuse it too): a listener belongs in the page's script.
    else if (name.startsWith('on'))
      warn(
        tag,
        `"${name.slice(0, 60)}" is an event handler, which would run script from the markup; it is left out. Add a listener from your page's script.`,
      );
    else if (value !== false && value != null) renderer.setAttribute(name, value === true ? '' : String(value));
  }
  const property = CONTENT_PROPERTY[tag];
  if (strings !== undefined) renderer.setProperty('strings', strings);
  if (content !== undefined && property) renderer.setProperty(property, parseContent(tag, content));
  else if (content !== undefined) warn(tag, 'it takes no content (its text is the clinic’s dose rule); the content is ignored.');
  renderer.connectedCallback();
  const el = renderer.element as unknown as Rendered;

  // Lit renders the template below with this renderer, already connected: attributes and
  // connection are not applied twice, so each console message is given once.
  class Prepared extends LitElementRenderer {
    static override matchesClass = () => true;
    constructor(name: string) {
      super(name);
      this.element = el as unknown as typeof this.element;
    }
    override setAttribute(): void {}
    override connectedCallback(): void {}
  }
  let html = collectResultSync(render(templateFor(tag), { elementRenderers: [Prepared] }));
  // The package's languages are registered by stem-cell-explainers/ssr: any other shows English, as in a browser.
  if (!/^en\b/i.test(el._lang) && localeFor(el._lang) === localeFor('en'))
    warn(
      tag,
      `lang="${el._lang.slice(0, 40)}" is no language registered on this server, so its markup is in English. Add the language with registerLocale(), on the server and on the page.`,
    );
  // The shadow root's <style> is the first in the markup: the fallback for readers without JavaScript follows it.
  html = html.replace('</style>', `${NO_SCRIPT_CSS}</style>${NO_SCRIPT_MARKUP}`);
  if (nonce !== undefined) html = html.replace('<style>', `<style nonce="${esc(nonce)}">`);
  const close = `</${tag}>`;
  return `${html.slice(0, -close.length)}${fallback(tag, el)}${close}`;
}
