/** What WordPress's kses does to an Author's post (see kses.mjs). */
export declare function kses(html: string): string;
