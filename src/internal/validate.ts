import { isSafeHref } from './attributes.js';
import { fail, warn } from './log.js';
import { unfilledNames } from './strings.js';

/** Longest text a field may hold; longer text is an editor's mistake (a pasted page), not an answer. */
const MAX_TEXT = 10_000;
const MAX_BLOCKS = 200;
// Letters and digits of every script (with their vowel signs), as idFrom() in entry-id.ts makes ids.
const ID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]{0,99}$/u;

/** A check gives what is wrong with a field's value, or nothing when it is valid. */
export type FieldChecks = Record<string, (v: unknown) => string | undefined>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const textProblem = (v: unknown): string | undefined =>
  typeof v !== 'string' || !v.trim()
    ? 'must be non-empty text'
    : v.length > MAX_TEXT
      ? `is ${v.length} characters long; at most ${MAX_TEXT} are allowed`
      : undefined;

function inlineProblem(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length > MAX_TEXT ? textProblem(v) : undefined;
  if (!isObject(v)) return 'must be text or a link { "text", "href" }';
  const t = textProblem(v.text);
  if (t) return `link "text" ${t}`;
  if (typeof v.href !== 'string' || !isSafeHref(v.href)) return 'link "href" must be an http(s), mailto, tel or relative address';
  return undefined;
}

function paragraphProblem(v: unknown): string | undefined {
  if (typeof v === 'string') return textProblem(v);
  if (!Array.isArray(v) || !v.length) return 'must be text, or a non-empty array of text and links';
  for (const [i, part] of v.entries()) {
    const p = inlineProblem(part);
    if (p) return `part ${i + 1} ${p}`;
  }
  return undefined;
}

function blocksProblem(v: unknown): string | undefined {
  if (!Array.isArray(v) || !v.length) return 'must be a non-empty array of paragraphs (text) and lists ({ "list": [...] })';
  if (v.length > MAX_BLOCKS) return `has ${v.length} blocks; at most ${MAX_BLOCKS} are allowed`;
  for (const [i, block] of v.entries()) {
    let p: string | undefined;
    if (!isObject(block)) p = paragraphProblem(block);
    else if (Array.isArray(block.list) && block.list.length) p = block.list.map(paragraphProblem).find(Boolean);
    else p = '"list" must be a non-empty array';
    if (p) return `block ${i + 1} ${p}`;
  }
  return undefined;
}

const idProblem = (v: unknown) =>
  typeof v === 'string' && ID.test(v)
    ? undefined
    : 'must be 1 to 100 letters (of any script), digits, "-" or "_", starting with a letter or digit';

export const faqChecks: FieldChecks = { id: idProblem, question: textProblem, answer: blocksProblem };
export const stepChecks: FieldChecks = { id: idProblem, title: textProblem, summary: textProblem, details: blocksProblem };

/** The name of entry `i` in console messages: its number, and its id when it has one. */
const entryName = (entry: unknown, i: number) =>
  `entry ${i + 1}${isObject(entry) && typeof entry.id === 'string' ? ` ("${entry.id.slice(0, 100)}")` : ''}`;

/** What is wrong with one entry, or nothing. */
function entryProblem(entry: unknown, checks: FieldChecks, seen: Set<string>): string | undefined {
  if (!isObject(entry)) return 'must be an object';
  for (const [field, check] of Object.entries(checks)) {
    const problem = check(entry[field]);
    if (problem) return `"${field}" ${problem}`;
  }
  if (seen.has(entry.id as string)) return `"id" repeats an earlier entry's id`;
  seen.add(entry.id as string);
  return undefined;
}

/**
 * Keeps the valid entries of an editor's list and logs one console error per fault, naming the
 * entry and the field. An empty or wholly invalid list gives the bundled list, with an error.
 */
export function validEntries<T extends { id: string }>(
  tag: string,
  given: unknown,
  bundled: readonly T[],
  checks: FieldChecks,
): readonly T[] {
  if (given === undefined || given === bundled) return bundled;
  if (!Array.isArray(given)) {
    fail(tag, `content must be an array of entries; got ${given === null ? 'null' : typeof given}. Showing the bundled content.`);
    return bundled;
  }
  const seen = new Set<string>();
  const valid = given.filter((entry: unknown, i) => {
    const problem = entryProblem(entry, checks, seen);
    if (problem) fail(tag, `${entryName(entry, i)}${problem.startsWith('must') ? ' ' : ': '}${problem}; it is skipped.`);
    else {
      // Only {cells} is filled in: a misspelt one ("{cell}") would reach the patient as written.
      const unknown = unfilledNames(JSON.stringify(entry));
      if (unknown.length)
        warn(tag, `${entryName(entry, i)}: ${unknown.join(', ')} is shown as written; only {cells}, the clinic's figure, is filled in.`);
    }
    return !problem;
  }) as T[];
  if (valid.length) return valid;
  fail(tag, `no valid entries in the given content (${given.length} given). Showing the bundled content.`);
  return bundled;
}
