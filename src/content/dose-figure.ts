/**
 * The rule's figure from the clinic's document: cells per kg of body weight ("an optimal stem cell
 * count of 2 million per kg body weight is considered 'bare minimum'"). Every element shows it through
 * `{cells}`, so every element imports it; a module apart from the dose rule's text (./dose.ts), so
 * that the FAQ's and the steps' pages do not load the dose note's English sentences with it.
 */
export const cellsPerKg = 2_000_000;

/**
 * The figures an editor may give without being asked to confirm (the embed builder, the WordPress
 * settings): 20 times below the document's 2 million to 50 times above. Our judgement, not the
 * document's; outside it a typing slip is likelier than a clinic's rule.
 */
export const plausibleCellsPerKg = [100_000, 100_000_000] as const;
