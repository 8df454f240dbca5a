// The dose note's own UI strings in English (`<dose-note>` loads only these and the common ones).
// A translation (src/content/<lang>/strings.ts) has the same keys and `{name}` placeholders.
export const doseStrings = {
  important: 'Important: ',
  weightLabel: 'Your weight',
  weightHint: 'For example, 70',
  unitLabel: 'Unit',
  kg: 'kg',
  lb: 'lb',
  resultPrompt: 'Enter your weight to see what this rule gives.',
  resultKg: 'By this rule, for {weight} kg: at least {cells} cells. This is not a personal dose.',
  resultLb: 'By this rule, for {weight} lb ({kg} kg): at least {cells} cells. This is not a personal dose.',
  errorPrefix: 'Error: ',
  errorEmpty: 'Enter your weight',
  errorNotNumber: 'Enter your weight as a number, for example 70',
  errorExponent: 'Enter your weight as a plain number without the letter e, for example 70',
  errorSeparators: 'Use only one decimal point, for example 70.5',
  errorNotPositive: 'Enter a weight that is more than 0',
  errorRange: 'This calculator is for adults. Enter a weight between {min} and {max} {unit}',
};
