/** The three elements' tag names: the one list every entry point, script and test reads. */
export const TAGS = ['stem-cell-faq', 'procedure-steps', 'dose-note'] as const;

export type Tag = (typeof TAGS)[number];
