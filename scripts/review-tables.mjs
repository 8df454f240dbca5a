// Writes docs/reviews/<lang>.md, the side-by-side review of a translation (English | translation |
// literal back-translation), from the built content (dist/content/<lang>/) and the translation's
// back-translation (src/content/<lang>/back-translation.ts, built to dist/content/<lang>/). Run after a
// build: `node scripts/review-tables.mjs` (every language with a back-translation), or name languages:
// `node scripts/review-tables.mjs hi mr`. `--check` fails on a stale table instead of writing it.
// A language without a back-translation file keeps whatever docs/reviews/<lang>.md it has.
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeOrCheck } from './generated-file.mjs';

const dist = new URL('../dist/content/', import.meta.url);
const suffix = (lang) => lang[0].toUpperCase() + lang.slice(1);
const englishName = (lang) => new Intl.DisplayNames('en', { type: 'language' }).of(lang);

/** A table cell: one line, pipes escaped. */
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** Every built language that has a back-translation. */
export function reviewedLanguages() {
  return readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/back-translation.js`, dist)))
    .map((d) => d.name)
    .sort();
}

/** The review document of one language, as Markdown. */
export async function reviewTable(lang) {
  const s = suffix(lang);
  const en = await import(new URL('index.js', dist));
  const { englishStrings } = await import(new URL('strings.js', dist));
  const tr = await import(new URL(`${lang}/index.js`, dist));
  const { [`backTranslation${s}`]: back } = await import(new URL(`${lang}/back-translation.js`, dist));
  const info = tr[`contentInfo${s}`];
  const guide = tr[`guide${s}`];
  const name = englishName(lang);

  const missing = new Set();
  const literal = (text) => {
    if (back.texts[text] !== undefined) return back.texts[text];
    missing.add(text);
    return '**(no back-translation yet)**';
  };
  const used = new Set();
  const unused = () => Object.keys(back.texts).filter((t) => !used.has(t));
  const line = (where, english, translated) => {
    used.add(translated);
    return [where, english, translated, literal(translated)];
  };
  const head = ['Where', 'English', name, 'Back-translation'];

  /** Rows for the blocks of an answer or of a step's details: "answer 2", "answer 4, item 1". */
  const blockRows = (label, enBlocks, trBlocks) =>
    enBlocks.flatMap((b, i) => {
      const t = trBlocks[i];
      const text = (p) => (typeof p === 'string' ? p : p.map((x) => (typeof x === 'string' ? x : `${x.text} <${x.href}>`)).join(''));
      if (typeof b === 'object' && 'list' in b)
        return b.list.map((item, j) => line(`${label} ${i + 1}, item ${j + 1}`, text(item), text(t.list[j])));
      return [line(`${label} ${i + 1}`, text(b), text(t))];
    });

  const faq = tr[`faqEntries${s}`];
  const faqSections = en.faqEntries.map((e, i) => {
    const t = faq[i];
    return [
      `### ${e.question} (\`${e.id}\`)`,
      '',
      table(head, [line('question', e.question, t.question), ...blockRows('answer', e.answer, t.answer)]),
    ].join('\n');
  });

  const steps = tr[`procedureSteps${s}`];
  const stepSections = Object.entries(en.procedureSteps).map(([source, list]) =>
    [
      `### Source: \`${source}\``,
      '',
      table(
        head,
        list.flatMap((step, i) => {
          const t = steps[source][i];
          return [
            line(`${step.id}: title`, step.title, t.title),
            line(`${step.id}: summary`, step.summary, t.summary),
            ...blockRows(`${step.id}: details`, step.details, t.details),
          ];
        }),
      ),
    ].join('\n'),
  );

  const dose = tr[`doseRule${s}`];
  const notes = tr[`clinicNotes${s}`];
  const doseTable = table(head, [
    ...['heading', 'rule', 'meaning', 'notice'].map((k) => line(k, en.doseRule[k], dose[k])),
    line('footer: disclaimer', en.clinicNotes.disclaimer, notes.disclaimer),
    line('provenance: source (not shown)', en.contentInfo.source, info.source),
  ]);

  const strings = tr[`strings${s}`];
  const stringSections = Object.entries(englishStrings).map(([group, keys]) =>
    [
      `### \`${group}\``,
      '',
      table(
        ['Key', 'English', name, 'Back-translation'],
        Object.keys(keys).map((k) => line(k, keys[k], strings[group][k])),
      ),
    ].join('\n'),
  );

  const body = [
    '## FAQ (`<stem-cell-faq>`)',
    '',
    faqSections.join('\n\n'),
    '',
    '## Procedure steps (`<procedure-steps>`)',
    '',
    stepSections.join('\n\n'),
    '',
    '## Dose note (`<dose-note>`), footer and provenance',
    '',
    doseTable,
    '',
    '## UI strings',
    '',
    stringSections.join('\n\n'),
  ].join('\n');

  const current = info.translatedFrom === en.contentInfo.version;
  const stale = unused();
  return [
    `# ${name} (\`${lang}\`) translation review`,
    '',
    `*Written by \`node scripts/review-tables.mjs ${lang}\` from the built content (\`src/content/${lang}/\`) and its back-translation (\`src/content/${lang}/back-translation.ts\`): change those, build and run it again, rather than editing this page.*`,
    '',
    `> **A clinician fluent in ${name} must review and approve this translation before any patient sees it.** The`,
    `> tests (\`test/node/languages.test.mjs\`${existsSync(new URL(`../test/node/${name.toLowerCase()}.test.mjs`, import.meta.url)) ? `, \`test/node/${name.toLowerCase()}.test.mjs\`` : ''}) catch structural mistakes and the words`,
    '> written down in the language guide; they cannot tell whether a sentence reads naturally or is understood as intended.',
    '',
    `- **Translation:** content version ${info.version}, written on ${info.writtenOn}, translated from the English content version ${info.translatedFrom}${current ? ' (the current one).' : `. **The English is now ${en.contentInfo.version}: the translation needs checking again.**`}`,
    `- **Source:** the English content (\`src/content/\`), itself written from the clinic’s document “${en.contentInfo.source.replace(/ \(.*\)$/, '')}”; every fact and hedge at the document’s strength, nothing added or strengthened.`,
    `- **Back-translations:** literal, word for word where ${name} allows; ${missing.size ? `**${missing.size} string(s) have none yet** (marked below).` : 'every string has one.'}${stale.length ? ` ${stale.length} back-translation(s) belong to no current string (left over from an earlier wording): remove them.` : ''}`,
    '',
    '## Questions for the clinical reviewer',
    '',
    ...back.questions.map((q, i) => `${i + 1}. ${q}`),
    '',
    `## Glossary (\`guide${s}\`, \`src/content/${lang}/glossary.ts\`)`,
    '',
    'One term per concept, wherever the English names it; the gloss, in brackets, right after its first use in the text of each element (the FAQ, each source’s steps, the dose note).',
    '',
    table(
      ['Concept', 'Term', 'Gloss'],
      guide.glossary.map((g) => [g.concept, g.term, g.gloss || '(none)']),
    ),
    '',
    `- **Hedges** (one of these wherever the English hedges): ${guide.hedges.join(', ')}`,
    `- **Never** (words that would say more than the document): ${guide.strengthening.join(', ')}`,
    '## The translator’s choices',
    '',
    ...back.notes.map((n) => `- ${n}`),
    '',
    '',
    body,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const lang of named.length ? named : reviewedLanguages())
    writeOrCheck(`docs/reviews/${lang}.md`, await reviewTable(lang), `npm run build && node scripts/review-tables.mjs ${lang}`);
}
