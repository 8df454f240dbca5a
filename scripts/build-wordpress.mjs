// After post-build and the manifest: builds the WordPress plugin into dist/wordpress/stem-cell-explainers/
// and zips it to dist/wordpress/stem-cell-explainers.zip (upload it in Plugins → Add New → Upload Plugin).
// Nothing about the content or the attributes is written by hand in the plugin: the fallback markup comes
// from dist/content through the same functions as dist/snippets/, the attributes from custom-elements.json,
// the bundle and its integrity from dist/cdn.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../dist/content/index.js';
import { doseCallout, esc, faqDetails, stepsList } from './fallback-markup.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const out = 'dist/wordpress';
const slug = 'stem-cell-explainers';
const dir = join(out, slug);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(dir, 'build'), { recursive: true });
cpSync('integrations/wordpress', dir, { recursive: true });

// The version in the plugin's header and readme is the package's.
for (const file of ['stem-cell-explainers.php', 'readme.txt']) {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s*\*?\s*Version:\s*|Stable tag:\s*)0\.0\.0-dev$/m, `$1${version}`));
}

// Each element's attributes, as the manifest documents them (name, type, description).
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const attributesOf = (tag) => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`build-wordpress: custom-elements.json has no <${tag}>`);
  return d.attributes.map((a) => ({
    name: a.name,
    type: a.type?.text === 'boolean' ? 'boolean' : 'string',
    description: a.description ?? '',
  }));
};

const blocks = {
  'stem-cell-faq': {
    block: 'faq',
    shortcode: 'stem_cell_faq',
    title: 'Stem cell FAQ',
    icon: 'editor-help',
    description: 'The questions patients ask about stem cell injections, as an accordion.',
  },
  'procedure-steps': {
    block: 'procedure-steps',
    shortcode: 'stem_cell_procedure_steps',
    title: 'Stem cell procedure steps',
    icon: 'editor-ol',
    description: 'The stem cell treatment step by step.',
  },
  'dose-note': {
    block: 'dose-note',
    shortcode: 'stem_cell_dose_note',
    title: 'Stem cell dose note',
    icon: 'info',
    description: 'The dose rule, with an optional body-weight calculator.',
  },
};

const KG_PER_LB = 0.45359237; // as in src/components/dose-note/dose-note.ts; the bounds are rounded inward the same way
const data = {
  version,
  integrity: integrity['stem-cell-explainers.js'],
  elements: Object.fromEntries(
    Object.entries(blocks).map(([tag, b]) => [tag, { block: b.block, shortcode: b.shortcode, attributes: attributesOf(tag) }]),
  ),
  rules: {
    sources: Object.keys(procedureSteps),
    steps: Object.fromEntries(Object.entries(procedureSteps).map(([k, v]) => [k, v.length])),
    weight: {
      kg: [doseRule.minWeightKg, doseRule.maxWeightKg],
      lb: [Math.ceil(doseRule.minWeightKg / KG_PER_LB), Math.floor(doseRule.maxWeightKg / KG_PER_LB)],
    },
    cellsPerKg: doseRule.cellsPerKg,
    faqIds: faqEntries.map((e) => e.id),
  },
  fallback: {
    'stem-cell-faq': { entries: faqDetails(faqEntries), after: `<p>${esc(clinicNotes.disclaimer)}</p>` },
    'procedure-steps': Object.fromEntries(Object.entries(procedureSteps).map(([k, v]) => [k, stepsList(v)])),
    // The rule sentence follows the clinic's cells-per-kg: the plugin writes the number where %cells% is.
    'dose-note': doseCallout({ ...doseRule, rule: doseRule.rule.replace('{cells}', '%cells%') }),
  },
};
if (!data.fallback['dose-note'].includes('%cells%')) throw new Error('build-wordpress: the dose rule has no {cells}');
writeFileSync(join(dir, 'build/data.json'), `${JSON.stringify(data, null, 1)}\n`);
cpSync('dist/cdn/stem-cell-explainers.js', join(dir, 'build/stem-cell-explainers.js'));

// block.json per block: the element's attributes with the element's names; the FAQ also takes own questions.
for (const [tag, b] of Object.entries(blocks)) {
  const attributes = Object.fromEntries(
    data.elements[tag].attributes.map((a) => [
      a.name,
      a.type === 'boolean' ? { type: 'boolean', default: false } : { type: 'string', default: '' },
    ]),
  );
  if (tag === 'stem-cell-faq') {
    attributes.entries = { type: 'array', default: [], items: { type: 'object' } };
    attributes.bundled = { type: 'boolean', default: true };
  }
  const json = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `stem-cell-explainers/${b.block}`,
    version,
    title: b.title,
    category: 'widgets',
    icon: b.icon,
    description: b.description,
    keywords: ['stem cell', 'patient', 'clinic'],
    textdomain: 'stem-cell-explainers',
    attributes,
    supports: { html: false, className: true, anchor: false },
    editorScript: 'stem-cell-explainers-editor',
  };
  mkdirSync(join(dir, 'blocks', b.block), { recursive: true });
  writeFileSync(join(dir, 'blocks', b.block, 'block.json'), `${JSON.stringify(json, null, 2)}\n`);
}

// The zip WordPress's upload form takes: one top folder named after the plugin. fflate (pure JS, no
// dependencies) so the build needs no `zip` program on the machine.
const files = {};
const walk = (path) => {
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    if (statSync(p).isDirectory()) walk(p);
    else files[p.slice(out.length + 1)] = [readFileSync(p), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
};
walk(dir);
writeFileSync(join(out, `${slug}.zip`), zipSync(files, { level: 9 }));
