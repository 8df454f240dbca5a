import { LitElement, css, html } from 'lit';
import integrity from '../dist/cdn/integrity.json';
import manifest from '../custom-elements.json';
import pkg from '../package.json';
import { elementTag, scriptTag } from '../scripts/embed-snippet.mjs';

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
}

const elements = Object.fromEntries(
  manifest.modules.flatMap((m) =>
    ((m.declarations ?? []) as { tagName?: string; attributes?: Attribute[] }[])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d.attributes ?? []]),
  ),
) as Record<string, Attribute[]>;

/** Storybook's "Embed code" page: pick an element and its attributes, copy the exact snippet. */
export class EmbedBuilder extends LitElement {
  static override properties = { tag: {}, language: { state: true }, values: { state: true }, copied: { state: true } };
  static override styles = css`
    :host { display: block; font: inherit; max-inline-size: 60rem; }
    fieldset { display: grid; gap: 0.75rem; border: 1px solid #6f777b; padding: 1rem; margin-block: 1rem; }
    label { display: grid; gap: 0.25rem; font-weight: 600; }
    label.check { display: flex; gap: 0.5rem; align-items: center; }
    small { font-weight: 400; color: #505a5f; }
    input, select { font: inherit; padding: 0.3rem 0.5rem; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f2f1; padding: 1rem; border: 1px solid #6f777b; }
    button { font: inherit; padding: 0.5rem 1rem; }
  `;
  // Declared, then set in the constructor: class fields compiled with define semantics would hide Lit's accessors.
  declare tag: string;
  declare private values: Record<string, string | boolean>;
  declare private copied: string;
  /** `hi` gives the Hindi bundle and `lang="hi"` on the element. */
  declare private language: string;

  constructor() {
    super();
    this.tag = 'stem-cell-faq';
    this.values = {};
    this.copied = '';
    this.language = 'en';
  }

  private get snippet() {
    const hindi = this.language === 'hi';
    const script = scriptTag({ version: pkg.version, integrity, ...(hindi && { file: 'stem-cell-explainers.hi.js' }) });
    return `${script}\n${elementTag(this.tag, hindi ? { lang: 'hi', ...this.values } : this.values)}`;
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = 'Copied';
    } catch {
      this.copied = 'Select the code above and copy it';
    }
  }

  override render() {
    return html`
      <label>Element
        <select
          @change=${(e: Event) => {
            this.tag = (e.target as HTMLSelectElement).value;
            this.values = {};
            this.copied = '';
          }}
        >
          ${Object.keys(elements).map((t) => html`<option ?selected=${t === this.tag}>${t}</option>`)}
        </select>
      </label>
      <label>Language
        <select
          @change=${(e: Event) => {
            this.language = (e.target as HTMLSelectElement).value;
            this.copied = '';
          }}
        >
          <option value="en" ?selected=${this.language === 'en'}>English (the smaller bundle)</option>
          <option value="hi" ?selected=${this.language === 'hi'}>हिन्दी (Hindi): the bundle with Hindi</option>
        </select>
      </label>
      <fieldset>
        <legend>Attributes of &lt;${this.tag}&gt;</legend>
        ${elements[this.tag].map((a) => {
          const set = (v: string | boolean) => {
            this.values = { ...this.values, [a.name]: v };
            this.copied = '';
          };
          return a.type?.text === 'boolean'
            ? html`<label class="check"><input type="checkbox" .checked=${!!this.values[a.name]} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />${a.name} <small>${a.description}</small></label>`
            : html`<label>${a.name} <small>${a.description}</small><input .value=${String(this.values[a.name] ?? '')} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} /></label>`;
        })}
      </fieldset>
      <pre><code>${this.snippet}</code></pre>
      <button @click=${this.copy}>Copy embed code</button> <span role="status">${this.copied}</span>
    `;
  }
}
if (!customElements.get('sce-embed-builder')) customElements.define('sce-embed-builder', EmbedBuilder);
