export declare const cdnBase: (version: string) => string;
export declare function scriptTag(options: { version: string; integrity: Record<string, string>; file?: string; base?: string }): string;
export declare function elementTag(tag: string, attributes?: Record<string, string | boolean | undefined>): string;
export declare function pageFiles(imports: Record<string, string[]>, files: string[]): { chunks: string[]; files: string[] };
/** The part of a language (not for English) and the hydrate file of an element's server-rendered markup. */
export declare function hydrateScripts(options: {
  version: string;
  integrity: Record<string, string>;
  imports: Record<string, string[]>;
  tag: string;
  lang?: string;
  base?: string;
}): string;
/** An element's text in a language, for pages whose HTML holds none: `locale-hi-stem-cell-faq-text.js`. */
export declare function textFile(lang: string, tag: string): string;
/** The chunk with an element’s English text, which it imports only where its HTML holds none: `text-en-stem-cell-faq-….js`. */
export declare function englishTextFile(integrity: Record<string, string>, tag: string): string | undefined;
/** The chunks with the FAQ’s and the steps’ English text beside an all-in-one module, which it imports only where its HTML holds none. */
export declare function allInOneTextFiles(integrity: Record<string, string>, file: string, tags?: string[]): string[];
export declare function elementScripts(options: {
  version: string;
  integrity: Record<string, string>;
  imports: Record<string, string[]>;
  tag: string | string[];
  /** A language of scripts/languages.mjs: adds its locale-<lang>.js. */
  lang?: string;
  /** @deprecated The older spelling of `lang: 'hi'`. */
  hindi?: boolean;
  /** Preload the FAQ's JSON-LD file (it has `structured-data`). */
  structuredData?: boolean;
  /** The elements are bare tags, with no text in the HTML: load their text in `lang` too (`locale-<lang>-<tag>-text.js`; in English `text-en-<tag>-….js`), before them. */
  text?: boolean;
  /** The English all-in-one module instead of the elements' own files (a page allInOne() gives it), after their parts of the language. */
  allInOne?: boolean;
  base?: string;
}): string;
export declare function addOnFiles(imports: Record<string, string[]>, tag: string, options?: { structuredData?: boolean }): string[];
export declare function placeholderScript(options: {
  version: string;
  integrity: Record<string, string>;
  classic?: boolean;
  base?: string;
}): string;
/** Whether a page with these elements loads the all-in-one file rather than their own files (all three). */
export declare const allInOne: (tags: readonly string[]) => boolean;
export declare const bundleFile: (lang?: string, classic?: boolean) => string;
export declare const localeFile: (lang: string, tag?: string) => string;
export declare const placeholderKinds: Record<'stem-cell-faq' | 'procedure-steps' | 'dose-note', string>;
export declare function withFallback(
  tag: 'stem-cell-faq' | 'procedure-steps' | 'dose-note',
  attributes: Record<string, string | boolean | undefined>,
  fallback: string,
  options?: { placeholder?: boolean },
): string;
