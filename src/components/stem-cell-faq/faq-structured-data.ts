import type { FaqEntry } from '../../content/types.js';
import { advise, warn } from '../../internal/log.js';

export interface FaqStructuredDataOptions {
  entries: () => readonly FaqEntry[];
  /** Values for `{cells}` and the like, as the page shows them. */
  values: () => Record<string, string>;
  /** The review that covers the text shown, if any. */
  reviewed: () => Date | undefined;
}

/**
 * The FAQ's schema.org FAQPage JSON-LD, in the browser: its code is its own file
 * (dist/cdn/structured-data.js), loaded only by an FAQ that has `structured-data`. A server writes
 * the JSON-LD into the markup itself (src/ssr/render-element.ts).
 */
export class FaqStructuredData {
  /** The JSON-LD being written, which the host's `updateComplete` waits for. */
  written?: Promise<void>;

  constructor(
    private _host: HTMLElement,
    private _options: FaqStructuredDataOptions,
  ) {}

  /** Writes (or rewrites) the JSON-LD for the entries shown. */
  write(): void {
    this.written = this._write();
  }

  private async _write(): Promise<void> {
    const tag = this._host.localName;
    const jsonLd = await import('../../internal/structured-data.js').catch((e: Error) => {
      warn(tag, `structured data could not be added: its file did not load (${e.message}).`);
    });
    if (!jsonLd) return;
    const { faqPage, pageHasFaqPage, writeJsonLd } = jsonLd;
    if (pageHasFaqPage()) advise(tag, 'the page already has FAQPage structured data, so structured-data adds none.');
    else writeJsonLd(this._host, faqPage(this._options.entries(), this._options.values(), this._options.reviewed()));
  }
}
