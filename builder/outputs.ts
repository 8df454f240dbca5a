// The code an editor copies, for each place it is pasted. Every element carries its fallback text
// (the same markup every road writes, from src/internal/fallback-markup.ts), so a reader without the
// script, or before it loads, reads the same content.
import {
  addOnFiles,
  allInOneTextFiles,
  allInOne,
  bundleFile,
  cdnBase,
  elementScripts,
  englishTextFile,
  localeFile,
  pageFiles,
  placeholderScript,
  scriptTag,
  withFallback,
} from '../scripts/embed-snippet.mjs';
import { blocksHtml, esc, faqDetails } from '../src/internal/fallback-markup.js';
import type { FaqEntry, ProcedureStep } from '../src/content/types.js';
import type { Language } from './languages.js';
import { NAMES } from './fields.js';
import type { Place, Tag } from './project.js';

/** One element as it goes on the page. */
export interface Ready {
  tag: Tag;
  /** Its attributes, `lang` and `cells-per-kg` included, as written on the element. */
  attributes: Record<string, string | boolean>;
  /** Its fallback markup: the content as plain HTML. */
  fallback: string;
  /** The editor's own entries or steps (none: the bundled ones). */
  own?: readonly FaqEntry[] | readonly ProcedureStep[];
  /** The figure `{cells}` stands for in this language ("2 million"). */
  cells: string;
}

export interface Build {
  version: string;
  integrity: Record<string, string>;
  imports: Record<string, string[]>;
}

export interface Where {
  place: Place;
  language: Language;
  /** The folder the files are uploaded to, ending in "/" (for `self`, and for `no-script` with `siteScript: 'self'`). */
  base?: string;
  siteScript: 'cdn' | 'self';
}

export interface Output {
  id: string;
  heading: string;
  code: string;
  /** Where it goes, in plain words. */
  where: string;
}

export interface Outputs {
  /** The files to upload to the editor's own server, with their integrity hashes. */
  files: { name: string; integrity: string; from: string }[];
  blocks: Output[];
  /** Each element as pasted, without the script: what a reader without the script gets. */
  elements: { tag: Tag; html: string }[];
  /** What the editor should know about this place (things it cannot carry). */
  notes: string[];
}

/** The English all-in-one module, which a page allInOne() gives it loads in every language, after the elements' parts of it. */
const ALL_IN_ONE = bundleFile('en');

/** The WordPress plugin's names (integrations/wordpress, scripts/build-wordpress.mjs). */
const PLUGIN: Record<Tag, { block: string; shortcode: string }> = {
  'stem-cell-faq': { block: 'faq', shortcode: 'stem_cell_faq' },
  'procedure-steps': { block: 'procedure-steps', shortcode: 'stem_cell_procedure_steps' },
  'dose-note': { block: 'dose-note', shortcode: 'stem_cell_dose_note' },
};

/** JSON in a block comment, as WordPress writes it: nothing that could end the comment or a tag. */
const safeJson = (v: unknown) =>
  JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/--/g, '\\u002d\\u002d');
/** A shortcode attribute value: no quote or bracket can end the attribute or the shortcode. */
const shortcodeValue = (v: string) => esc(v).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

/** The element holding its fallback: `<stem-cell-faq search>…</stem-cell-faq>`, or the placeholder `div` of the no-script form. */
export const wrapped = (r: Ready, placeholder: boolean): string => withFallback(r.tag, r.attributes, r.fallback, { placeholder });

export function outputs(ready: Ready[], where: Where, build: Build): Outputs {
  const { version, integrity, imports } = build;
  const { language } = where;
  const cdn = cdnBase(version);
  const self = where.place === 'self' || (where.place === 'no-script' && where.siteScript === 'self');
  const base = self ? (where.base ?? cdn) : cdn;
  const fileList = (names: string[]) => names.map((name) => ({ name, integrity: integrity[name], from: `${cdn}${name}` }));
  const name = (r: Ready) => NAMES[r.tag].name;
  const res: Outputs = { files: [], blocks: [], elements: [], notes: [] };
  if (!ready.length) return res;

  if (where.place === 'cdn' || where.place === 'self') {
    // Their own files and the shared chunks, or the English all-in-one module (allInOne()), whichever is
    // the fewer bytes for the page, after each element's part of the page's language, as the WordPress
    // plugin writes them (test/node/bytes.test.mjs holds it).
    const one = ready.length === 1;
    const tags = ready.map((r) => r.tag);
    const own = !allInOne(tags);
    // The add-on an element imports when it needs it: for an FAQ with structured data, the JSON-LD file.
    const structuredData = Boolean(ready.find((r) => r.tag === 'stem-cell-faq')?.attributes['structured-data']);
    const scripts = elementScripts({ version, integrity, imports, tag: tags, lang: language.lang, structuredData, allInOne: !own, base });
    if (self) {
      const page = pageFiles(imports, [
        ...(own ? tags.map((tag) => `${tag}.js`) : [ALL_IN_ONE]),
        ...(language.lang === 'en' ? [] : tags.map((tag) => localeFile(language.lang, tag))),
      ]);
      const lazy = own ? [...new Set(tags.flatMap((tag) => addOnFiles(imports, tag, { structuredData })))] : [];
      // The FAQ's and the steps' English text, which they import only for markup they cannot read (a CMS
      // that mangled it): uploaded too, so that it comes from the editor's server when it is needed (its
      // chunks are the element's own, or the all-in-one module's, beside it).
      const texts = own ? tags.flatMap((tag) => englishTextFile(integrity, tag) ?? []) : allInOneTextFiles(integrity, ALL_IN_ONE);
      res.files = fileList([...new Set([...page.chunks, ...pageFiles(imports, lazy).chunks, ...lazy, ...texts, ...page.files])]);
    }
    res.elements = ready.map((r) => ({ tag: r.tag, html: wrapped(r, false) }));
    const paste = 'Paste it into your page where it should appear: in a Custom HTML block, an Embed block or the HTML view of your editor.';
    if (one) res.blocks.push({ id: 'page', heading: 'Embed code', code: `${scripts}\n${res.elements[0].html}`, where: paste });
    else {
      res.blocks.push({
        id: 'script',
        heading: 'The script, once on the page',
        code: scripts,
        where: 'Paste it once on the page, before or together with the first element below (in a Custom HTML block).',
      });
      for (const [i, r] of ready.entries()) res.blocks.push({ id: r.tag, heading: name(r), code: res.elements[i].html, where: paste });
    }
    return res;
  }

  if (where.place === 'no-script') {
    const file = language.files.classic;
    // The classic bundle defines the elements; the placeholder file turns each placeholder into one.
    if (self) res.files = fileList([file, 'placeholders.iife.js']);
    res.elements = ready.map((r) => ({ tag: r.tag, html: wrapped(r, true) }));
    for (const [i, r] of ready.entries())
      res.blocks.push({
        id: r.tag,
        heading: name(r),
        code: res.elements[i].html,
        where: 'Paste it in a Custom HTML block, or in the HTML view of the editor. Any role can paste it: WordPress keeps all of it.',
      });
    res.blocks.push({
      id: 'site',
      heading: 'Site-wide script, added once by an Administrator',
      code: `${scriptTag({ version, integrity, file, base })}\n${placeholderScript({ version, integrity, classic: true, base })}`,
      where:
        'An Administrator adds it once for the whole site: in Appearance → Editor → Template Parts → Header, in a Custom HTML block (or with the PHP snippet in the WordPress section of the documentation). Until then, patients read the plain text above, without the buttons, search or calculator.',
    });
    return res;
  }

  if (where.place === 'plugin') {
    res.elements = ready.map((r) => ({ tag: r.tag, html: wrapped(r, false) }));
    if (language.lang !== 'en')
      res.notes.push(
        `The plugin writes the elements in your site’s language (Settings → General → Site Language): set it to ${language.name}.`,
      );
    for (const r of ready) {
      const { block, shortcode } = PLUGIN[r.tag];
      const given = Object.fromEntries(Object.entries(r.attributes).filter(([k]) => k !== 'lang'));
      const own = r.tag === 'stem-cell-faq' && r.own ? (r.own as readonly FaqEntry[]) : undefined;
      const blockAttrs = own
        ? { ...given, entries: own.map((e) => ({ question: e.question, answer: blocksHtml(e.answer, r.cells) })), bundled: false }
        : given;
      const json = Object.keys(blockAttrs).length ? ` ${safeJson(blockAttrs)}` : '';
      const scAttrs = Object.entries(given)
        .map(([k, v]) => (v === true ? ` ${k}="true"` : ` ${k}="${shortcodeValue(String(v))}"`))
        .join('');
      const sc = own
        ? `[${shortcode}${scAttrs} bundled="false"]\n${faqDetails(own, r.cells)}\n[/${shortcode}]`
        : `[${shortcode}${scAttrs}]`;
      if (r.tag === 'procedure-steps' && r.own)
        res.notes.push(
          'The plugin shows the bundled steps for the source you chose; it cannot show your own steps. For your own steps, choose “WordPress as an Author or Contributor” instead.',
        );
      res.blocks.push({
        id: `${r.tag}-block`,
        heading: `${name(r)}: block`,
        code: `<!-- wp:stem-cell-explainers/${block}${json} /-->`,
        where: 'Paste it in the block editor’s Code editor view (⋮ → Code editor).',
      });
      res.blocks.push({
        id: `${r.tag}-shortcode`,
        heading: `${name(r)}: shortcode`,
        code: sc,
        where: 'Or paste this in a Shortcode block, or in the classic editor.',
      });
    }
    return res;
  }

  // A developer's app: the markup (with its fallback, which the element reads as its content) and the imports.
  res.elements = ready.map((r) => ({ tag: r.tag, html: wrapped(r, false) }));
  for (const [i, r] of ready.entries())
    res.blocks.push({
      id: r.tag,
      heading: `${name(r)}: markup`,
      code: res.elements[i].html,
      where: 'In your page or component template. The element reads its content from the markup inside it.',
    });
  const lines = [`import 'stem-cell-explainers';`];
  if (language.npm) lines.push(`import '${language.npm}';`);
  res.blocks.push({
    id: 'module',
    heading: 'JavaScript',
    code: lines.join('\n'),
    where:
      'In your app’s code, after npm install stem-cell-explainers. To set the content from code instead, use the items (questions) and steps properties.',
  });
  return res;
}
