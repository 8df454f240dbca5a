export interface Language {
  /** The language tag: the folder name src/content/<lang>/ and the suffix of its exports. */
  readonly lang: string;
  /** The language's name in itself. */
  readonly name: string;
  /** Its name in English. */
  readonly english: string;
  /** Its Unicode script, as `\p{Script=…}` names it: 'Devanagari', 'Bengali', 'Telugu', 'Tamil'. */
  readonly script: string;
  /** Debian's font packages for the script. */
  readonly fonts: readonly string[];
}
export declare const languages: readonly Language[];
export declare const suffix: (lang: string) => string;
