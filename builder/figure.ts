// The clinic's figure: cells for each kg of body weight. Read as the editor writes it, written out
// as patients will read it (with the elements' own bigNumber), and held back for a confirmation
// when it is orders of magnitude away from the figure in the clinic's document.
import { cellsPerKg as usual, plausibleCellsPerKg as PLAUSIBLE } from '../src/content/dose.js';
import { cellsText } from '../src/internal/fallback-markup.js';
import { localeFor } from '../src/internal/locale.js';
import { bigNumber } from '../src/internal/numbers.js';
import { grouped, typedCount } from './typed-numbers.js';

export interface Figure {
  /** The rate the page uses: the typed one once it is valid (and confirmed if unusual), else the usual one. */
  rate: number;
  /** Whether the editor gave a figure (written on every element as `cells-per-kg`). */
  given: boolean;
  error?: string;
  /** An unusual figure waiting for the editor's confirmation. */
  unusual?: number;
  /** How the typed figure was read, and what patients will read. */
  note?: string;
}

/** What patients read for a rate in a language ("2 million", "20 लाख"), with the figure in digits. */
export const readAs = (rate: number, lang: string) => {
  const { western, indian } = grouped(rate);
  return `${western}${indian !== western ? ` (${indian})` : ''} cells for each kg. Patients will read “${cellsText(rate, lang)}”.`;
};

export function checkFigure(typed: string, confirmed: number | undefined, lang: string): Figure {
  if (!typed.trim()) return { rate: usual, given: false, note: `Empty: the figure in the clinic’s information, ${readAs(usual, lang)}` };
  const t = typedCount(typed);
  if ('error' in t) return { rate: usual, given: false, error: t.error };
  const note = `Read as ${readAs(t.value, lang)}`;
  const unusual = t.value < PLAUSIBLE[0] || t.value > PLAUSIBLE[1];
  if (unusual && confirmed !== t.value) return { rate: usual, given: false, unusual: t.value, note };
  return { rate: t.value, given: true, note: unusual ? `${note} You confirmed this unusual figure.` : note };
}

/** The confirmation asked for an unusual figure, saying what patients would read with it. */
export function unusualText(rate: number, lang: string): string {
  const far = rate < usual ? 'far below' : 'far above';
  const times = rate < usual ? usual / rate : rate / usual;
  const off = times >= 10 ? ` (${Math.round(times).toLocaleString('en-US')} times ${rate < usual ? 'smaller' : 'larger'})` : '';
  return (
    `${cellsText(rate, lang)} cells for each kg is ${far} the usual figure, ${cellsText(usual, lang)}${off}. ` +
    // As the calculator writes its result (four figures, rounded up).
    `For a patient of 70 kg the page would say at least ${bigNumber(Math.ceil(70 * rate), lang, { digits: 4, own: localeFor(lang).numbers })} cells. ` +
    'Check the number; if it is right, confirm it below.'
  );
}
