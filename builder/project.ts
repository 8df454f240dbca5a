// The editor's work: what they chose and wrote for each of the three elements, where they will
// paste it. Kept in this browser (localStorage) and in a file they save, both as the same JSON:
// the clinic's own text and settings only, never anything about a patient.
import type { FaqEntry, ProcedureStep } from '../src/content/types.js';
import { TAGS, type Tag } from '../src/internal/tags.js';
import { blocksText } from './text-blocks.js';

export { TAGS, type Tag };

/** Where the code is pasted. */
export type Place = 'cdn' | 'self' | 'no-script' | 'plugin' | 'app';
export const PLACES: readonly Place[] = ['cdn', 'self', 'no-script', 'plugin', 'app'];

export interface Question {
  /** Identity while editing (not saved). */
  key: number;
  /** The bundled entry's id, kept so its deep link stays the same. */
  id?: string;
  question: string;
  answer: string;
}
export interface Step {
  key: number;
  id?: string;
  title: string;
  summary: string;
  details: string;
}

export interface Project {
  /** The language of the page the elements go on. */
  lang: string;
  /** The clinic's figure as the editor typed it ("20 lakh"); empty for the figure in the clinic's document. */
  cells: string;
  /** The unusual figure the editor confirmed is right (as a number), if any. */
  cellsConfirmed?: number;
  place: Place;
  /** The address the files are uploaded to, for `self` (and the site-wide script when `siteScript` is `self`). */
  server: string;
  /** Where the site-wide script of the no-script form comes from. */
  siteScript: 'cdn' | 'self';
  /** Which elements go on the page. */
  include: Record<Tag, boolean>;
  /** Each element's settings, by attribute name, as typed. */
  settings: Record<Tag, Record<string, string | boolean>>;
  /** The FAQ's questions: the bundled ones in the page's language until the editor writes their own. */
  faq: { own: boolean; items: Question[] };
  steps: { own: boolean; items: Step[] };
  /** Which bundled questions and steps the lists hold now (language, source), while they are not the editor's own. Not saved. */
  shown?: { faq?: string; steps?: string };
}

let keys = 0;
export const nextKey = () => ++keys;

export const questionsFrom = (entries: readonly FaqEntry[]): Question[] =>
  entries.map((e) => ({ key: nextKey(), id: e.id, question: e.question, answer: blocksText(e.answer) }));
export const stepsFrom = (steps: readonly ProcedureStep[]): Step[] =>
  steps.map((s) => ({ key: nextKey(), id: s.id, title: s.title, summary: s.summary, details: blocksText(s.details) }));

export function emptyProject(): Project {
  return {
    lang: 'en',
    cells: '',
    place: 'cdn',
    server: '',
    siteScript: 'cdn',
    include: { 'stem-cell-faq': true, 'procedure-steps': true, 'dose-note': true },
    settings: { 'stem-cell-faq': {}, 'procedure-steps': {}, 'dose-note': {} },
    faq: { own: false, items: [] },
    steps: { own: false, items: [] },
  };
}

/** A deep copy, for undo. */
export const copyOf = (p: Project): Project => JSON.parse(JSON.stringify(p)) as Project;

// ---- saving and reading back ----

/** What marks a file (and the stored copy) as the builder's. */
const KIND = 'stem-cell-explainers embed builder';
const FORMAT = 1;

/** The project as JSON: the editor's own text only when they wrote their own (bundled content follows the package). */
export function toJson(p: Project, saved = new Date()): string {
  const strip = <T extends { key: number }>(items: T[]) => items.map(({ key: _key, ...rest }) => rest);
  const rest = { ...p };
  delete rest.shown;
  const work = {
    ...rest,
    faq: { own: p.faq.own, items: p.faq.own ? strip(p.faq.items) : [] },
    steps: { own: p.steps.own, items: p.steps.own ? strip(p.steps.items) : [] },
  };
  return JSON.stringify({ kind: KIND, format: FORMAT, saved: saved.toISOString(), work }, null, 2);
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a saved project back, taking only what has the expected shape (anything else is the
 * default): a file edited by hand, or from a later version, never breaks the builder.
 */
export function fromJson(text: string): { project: Project; saved?: Date } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'This file is not a saved builder file (it cannot be read as one). Choose the .json file the builder saved.' };
  }
  if (!isObject(data) || data.kind !== KIND || !isObject(data.work))
    return { error: 'This file was not saved by the embed builder. Choose the .json file the builder saved.' };
  if (typeof data.format !== 'number' || data.format > FORMAT)
    return { error: 'This file was saved by a newer version of the builder. Open it with that version.' };
  const w = data.work;
  const p = emptyProject();
  if (isText(w.lang)) p.lang = w.lang;
  if (isText(w.cells)) p.cells = w.cells;
  if (typeof w.cellsConfirmed === 'number') p.cellsConfirmed = w.cellsConfirmed;
  if (isText(w.place) && (PLACES as string[]).includes(w.place)) p.place = w.place as Place;
  if (isText(w.server)) p.server = w.server;
  if (w.siteScript === 'self' || w.siteScript === 'cdn') p.siteScript = w.siteScript;
  for (const tag of TAGS) {
    if (isObject(w.include) && typeof w.include[tag] === 'boolean') p.include[tag] = w.include[tag] as boolean;
    const s = isObject(w.settings) ? w.settings[tag] : undefined;
    if (isObject(s))
      p.settings[tag] = Object.fromEntries(
        Object.entries(s).filter(([, v]) => isText(v) || typeof v === 'boolean') as [string, string | boolean][],
      );
  }
  const items = (v: unknown) => (isObject(v) && Array.isArray(v.items) ? v.items.filter(isObject) : []);
  const field = (o: Record<string, unknown>, k: string) => (isText(o[k]) ? (o[k] as string) : '');
  const id = (o: Record<string, unknown>) => (isText(o.id) && o.id ? o.id : undefined);
  if (isObject(w.faq) && w.faq.own === true)
    p.faq = {
      own: true,
      items: items(w.faq).map((q) => ({ key: nextKey(), id: id(q), question: field(q, 'question'), answer: field(q, 'answer') })),
    };
  if (isObject(w.steps) && w.steps.own === true)
    p.steps = {
      own: true,
      items: items(w.steps).map((s) => ({
        key: nextKey(),
        id: id(s),
        title: field(s, 'title'),
        summary: field(s, 'summary'),
        details: field(s, 'details'),
      })),
    };
  const saved = isText(data.saved) && !isNaN(Date.parse(data.saved)) ? new Date(data.saved) : undefined;
  return { project: p, saved };
}

/** The key of the editor's work in this browser's localStorage (for this site only). */
export const STORAGE_KEY = 'stem-cell-explainers/embed-builder';

/** This browser's storage, or `undefined` where the browser refuses it (private windows, blocked storage). */
function storage(): Storage | undefined {
  try {
    const s = globalThis.localStorage;
    s.getItem(STORAGE_KEY);
    return s;
  } catch {
    return undefined;
  }
}

/** Keeps the work in this browser; false when the browser does not allow it. */
export function keep(p: Project): boolean {
  try {
    const s = storage();
    s?.setItem(STORAGE_KEY, toJson(p));
    return !!s;
  } catch {
    return false;
  }
}

/** The work kept in this browser, if any. */
export function kept(): ReturnType<typeof fromJson> | undefined {
  const text = storage()?.getItem(STORAGE_KEY);
  return text ? fromJson(text) : undefined;
}

/** Removes the work from this browser. */
export function forget(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}

/** Whether this browser lets the builder keep work. */
export const canKeep = () => !!storage();
