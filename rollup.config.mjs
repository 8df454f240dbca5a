import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync } from 'node:fs';
import { languages, suffix } from './scripts/languages.mjs';
import { terserOptions } from './scripts/terser-options.mjs';
import { textFile } from './scripts/embed-snippet.mjs';
import { checkDynamicImports } from './scripts/checked-import.mjs';

/** Files that register an element when imported; also listed as `sideEffects` in package.json. */
export const elements = {
  'stem-cell-faq': 'src/components/stem-cell-faq/stem-cell-faq.ts',
  'procedure-steps': 'src/components/procedure-steps/procedure-steps.ts',
  'dose-note': 'src/components/dose-note/dose-note.ts',
};

/** The package version, put in wherever the source says `__VERSION__` (also by the test runner and Storybook). */
export const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
const injectVersion = () => ({
  name: 'inject-version',
  transform: (code, id) =>
    id.includes('/src/') && code.includes('__VERSION__')
      ? { code: code.replaceAll('__VERSION__', JSON.stringify(version)), map: null }
      : null,
});

/**
 * A page may load two copies of our Lit under a Trusted Types CSP: our classic bundle twice, or beside
 * the module bundle, or one element's hydrate file beside another's per-element file. Lit creates its
 * 'lit-html' policy at load, and a second policy of that name is a CSP violation that throws (unless
 * the CSP says 'allow-duplicates'). Here each copy creates it when it first prepares a template, and
 * never throws: a copy whose elements are all defined by another copy never renders, so it creates no
 * policy and causes no violation; a copy that renders gets the name if it is free or the CSP allows
 * duplicates. Otherwise its templates are refused, with the browser's own message in the console.
 * The policy stays inside this copy of Lit, as Lit's own does.
 */
const tolerateSecondLit = () => ({
  name: 'tolerate-second-lit',
  transform(code, id) {
    if (!/\/lit-html\/lit-html\.js$/.test(id)) return null;
    const out = code.replace(
      /(\w+)\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/,
      // Tried once: after a refusal (null) the copy does not ask again, so the console has one message.
      '(()=>{let litPolicy;const create=()=>{try{return $1.createPolicy("lit-html",$2)}catch{return null}};' +
        'return{createHTML:(markup)=>(litPolicy===undefined&&(litPolicy=create()),litPolicy?litPolicy.createHTML(markup):markup)}})()',
    );
    if (out === code)
      throw new Error('tolerate-second-lit: the lit-html policy call was not found; check this plugin against the Lit version.');
    return { code: out, map: null };
  },
});

/**
 * Writes dist/cdn/imports.json (or `fileName`): for each per-element file, every shared chunk it loads
 * (directly or through another chunk), so that snippets can preload each one with its integrity.
 */
const listImports = (fileName = 'imports.json') => ({
  name: 'list-imports',
  generateBundle(_, bundle) {
    const chunks = (file, found = new Set()) => {
      for (const dep of bundle[file].imports) if (!found.has(dep)) chunks(dep, found.add(dep));
      return found;
    };
    const entries = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry);
    const imports = Object.fromEntries(entries.map((c) => [c.fileName, [...chunks(c.fileName)].sort()]));
    this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(imports, null, 2)}\n` });
  },
});

/**
 * Shared chunks for the per-element files: what all three elements use (Lit, the base element, the
 * locale system) in one chunk, and what two of them use in another, instead of rollup's finer split
 * (four chunks, one of 387 B). What the FAQ and the steps alone use (the open/close lists, editor
 * content) is the second chunk, so a page with only the dose note never loads it; the little the dose
 * note shares with one other element (number formatting) rides in the first.
 */
const sharedChunks = chunksFor('');

/**
 * The same split for the per-element hydrate files (src/cdn/<tag>.hydrate.ts), in chunks of their own
 * (`hydrate-shared`, `hydrate-shared-lists`): every hydrate entry imports Lit's hydrate support first,
 * so in these chunks it always runs before lit-element, which the per-element files' chunks could not
 * promise. Two elements' server-rendered markup on one page share one Lit.
 */
const hydrateChunks = chunksFor('hydrate-', '.hydrate');

function chunksFor(prefix, entry = '') {
  let reach;
  return (id, { getModuleInfo }) => {
    reach ??= Object.fromEntries(
      Object.keys(elements).map((tag) => {
        const found = new Set();
        const walk = (m) => {
          if (found.has(m)) return;
          found.add(m);
          getModuleInfo(m).importedIds.forEach(walk);
        };
        walk(resolvePath(`src/cdn/${tag}${entry}.ts`));
        return [tag, found];
      }),
    );
    return chunkOf(id, reach, prefix);
  };
}

/**
 * The English text of the FAQ and the steps, which an element imports only where the HTML holds no
 * text (a bare tag), with the module that puts it into the page's store when it runs (it imports no code
 * of ours): a chunk named for what it is, `text-en-<tag>`.
 */
function englishTextChunk(id) {
  const text = /\/src\/content\/(faq|procedure)\.ts$/.exec(id)?.[1];
  const giver = /\/src\/components\/(stem-cell-faq|procedure-steps)\/english-text\.ts$/.exec(id)?.[1];
  const tag = giver ?? (text && { faq: 'stem-cell-faq', procedure: 'procedure-steps' }[text]);
  return tag && `text-en-${tag}`;
}

function chunkOf(id, reach, prefix) {
  // What every element's part of a language shares (the footer's UI strings, the clinic's notes, the
  // content version, its way of writing numbers): one chunk per language. Each element's own UI strings
  // (src/content/<lang>/<table>-strings.ts) stay in that element's part.
  const common = /\/src\/content\/([a-z]+)\/(common-strings|notes|info|numbers)\.ts$/.exec(id);
  if (common) return `locale-${common[1]}-common`;
  // Lakh and crore, for the languages that need them: their own chunk, or the first such language's would carry it.
  if (id.endsWith('/src/internal/lakh-crore.ts')) return 'lakh-crore';
  // The English text of the FAQ and the steps (the hydrate files' own, `hydrate-text-en-…`).
  const english = englishTextChunk(id);
  if (english) return `${prefix}${english}`;
  const users = Object.keys(reach).filter((tag) => reach[tag].has(id));
  if (users.length === 2 && !users.includes('dose-note')) return `${prefix}shared-lists`;
  if (users.length >= 2) return `${prefix}shared`;
}

/**
 * Each language of scripts/languages.mjs: its content (`stem-cell-explainers/content/<lang>`), its
 * registration (`stem-cell-explainers/locales/<lang>`) and, for scripts/review-tables.mjs only, its
 * back-translation (left out of the npm package by package.json "files").
 */
const languageEntries = languages.flatMap(({ lang }) =>
  [`src/content/${lang}/index.ts`, `src/content/${lang}/back-translation.ts`, `src/locales/${lang}.ts`].filter((f) => existsSync(f)),
);

/**
 * The all-in-one CDN entry with a language: everything src/cdn.ts registers, and the language. A
 * virtual module, so that a language needs no file of its own for it.
 */
const withLanguage = (lang) => ({
  name: 'with-language',
  resolveId: (id) => (id === `cdn.${lang}` ? `\0cdn.${lang}` : null),
  load: (id) =>
    id === `\0cdn.${lang}`
      ? `import ${JSON.stringify(resolvePath('src/cdn.ts'))};\nimport ${JSON.stringify(resolvePath(`src/locales/${lang}.ts`))};\n`
      : null,
});

/**
 * What each element shows of a language: its UI string tables (src/content/<lang>/<table>-strings.ts) and its
 * content, each as `[key, module, export]`: the module of the language's content folder, and the name
 * it exports it under, without the language's suffix (`doseRule` → `doseRuleHi`).
 */
const footer = [
  ['notes', 'notes', 'clinicNotes'],
  ['info', 'info', 'contentInfo'],
];
const elementParts = {
  'stem-cell-faq': { strings: ['common', 'faq'], content: footer, text: [['faq', 'faq', 'faqEntries']] },
  'procedure-steps': { strings: ['common', 'steps'], content: footer, text: [['steps', 'procedure', 'procedureSteps']] },
  // The dose note shows its own text, never its fallback markup's: it stays in the part.
  'dose-note': { strings: ['common', 'dose'], content: [['dose', 'dose', 'doseRule'], ...footer] },
};
/** The elements whose text in a language is a file of its own (`textFile()` in scripts/embed-snippet.mjs names it). */
const textParts = Object.keys(elementParts).filter((tag) => elementParts[tag].text);

/**
 * The per-element language files (#27): `locale-part:<lang>:<tag>` adds that element's part of the
 * language (src/internal/locale-part.ts), and `locale-part:<lang>` all three parts. Virtual modules, so
 * that a language needs no files of its own for them; src/locales/<lang>.ts stays the npm and
 * all-in-one registration. Each module is imported on its own, not through the folder's index, so
 * a part carries no other element's content. A language whose readers count differently from its
 * `Intl` exports `numbers<Lang>` from src/content/<lang>/numbers.ts.
 */
const localeParts = () => ({
  name: 'locale-parts',
  // A part is named as a file beside src/locales/<lang>.ts, so that the npm build (preserveModules)
  // writes it as dist/locales/<lang>-<tag>.js: `stem-cell-explainers/locales/hi-dose-note`.
  resolveId(id) {
    if (!id.startsWith('locale-part:')) return null;
    const [, lang, tag, text] = id.split(':');
    return tag ? resolvePath(`src/locales/${lang}-${tag}${text ? '-text' : ''}.js`) : `\0${id}`;
  },
  load(id) {
    if (id.startsWith('\0locale-part:')) {
      const lang = id.split(':')[1];
      return [...Object.keys(elementParts), ...textParts.map((t) => `${t}:text`)]
        .map((t) => `import "locale-part:${lang}:${t}";\n`)
        .join('');
    }
    const part = /[\\/]src[\\/]locales[\\/]([a-z]+)-([a-z-]+?)(-text)?\.js$/.exec(id);
    if (!part || !(part[2] in elementParts)) return null;
    const [, lang, tag, text] = part;
    const name = (prefix) => `${prefix}${suffix(lang)}`;
    const from = (module) => JSON.stringify(resolvePath(`src/content/${lang}/${module}.ts`));
    // The element's text alone, for pages whose HTML does not carry it.
    if (text)
      return [
        `import { addLocalePart } from ${JSON.stringify(resolvePath('src/internal/locale-part.ts'))};`,
        ...elementParts[tag].text.map(([, module, prefix]) => `import { ${name(prefix)} } from ${from(module)};`),
        `addLocalePart(${JSON.stringify(lang)}, { strings: {}, content: { ${elementParts[tag].text.map(([key, , prefix]) => `${key}: ${name(prefix)}`).join(', ')} } });`,
      ].join('\n');
    const { strings, content } = elementParts[tag];
    const numbers = existsSync(`src/content/${lang}/numbers.ts`);
    return [
      `import { addLocalePart } from ${JSON.stringify(resolvePath('src/internal/locale-part.ts'))};`,
      ...strings.map((table) => `import { ${name(`${table}Strings`)} } from ${from(`${table}-strings`)};`),
      ...content.map(([, module, prefix]) => `import { ${name(prefix)} } from ${from(module)};`),
      ...(numbers ? [`import { ${name('numbers')} } from ${from('numbers')};`] : []),
      `addLocalePart(${JSON.stringify(lang)}, {`,
      `  strings: { ${strings.map((table) => `...${name(`${table}Strings`)}`).join(', ')} },`,
      `  content: { ${content.map(([key, , prefix]) => `${key}: ${name(prefix)}`).join(', ')} },`,
      `  numbers: ${numbers ? name('numbers') : 'undefined'},`,
      `});`,
    ].join('\n');
  },
  // The npm build's types for each part: a module that registers and exports nothing.
  generateBundle(options, bundle) {
    if (!options.preserveModules) return;
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.isEntry && /[\\/]src[\\/]locales[\\/][a-z]+-[a-z-]+\.js$/.test(chunk.facadeModuleId ?? ''))
        this.emitFile({
          type: 'asset',
          fileName: chunk.fileName.replace(/\.js$/, '.d.ts'),
          source: "// Registers one element's part of a language; nothing to import by name.\nexport {};\n",
        });
  },
});

/**
 * What a page loads only when it uses it (#27), an entry of its own beside the per-element files: the
 * FAQ's JSON-LD (imported when it has `structured-data`). The reader of an element's fallback markup
 * is inside its per-element file (src/cdn/<tag>.ts), since every page we hand out has fallback markup;
 * an app's bundle imports it only when the element has content. `registerLocale` is a file of its own
 * (`registerLocaleFile`, below).
 */
export const addOns = {
  'structured-data': 'src/internal/structured-data.ts',
};

/** Server rendering (#17): the Node entry and the npm entry that hydrates its markup. */
const ssrEntries = ['src/ssr.ts', 'src/hydrate.ts'];

/**
 * An all-in-one file's outputs. The module is one file but for the FAQ's and the steps' English text,
 * which an element imports (checked against its integrity) only where the page's HTML holds no text it
 * can use, as the per-element files do: the pages we hand out never load it. Each text is a chunk named
 * for the file that imports it (`stem-cell-explainers-text-en-stem-cell-faq-….js`), each build its own.
 * The classic script cannot import a file beside it: everything is inside.
 */
function allInOneOutputs(name, { classic = true } = {}) {
  return [
    {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: `${name}.js`,
      // Left to rollup, each dynamic import's chunk holds that module and what only it imports.
      chunkFileNames: ({ name: chunk, moduleIds }) => `${name}-${moduleIds.map(englishTextChunk).find(Boolean) ?? chunk}-[hash].js`,
      // The FAQ's JSON-LD writer (structured-data.ts, with no side effects) stays inside: no file for the
      // builder, the plugin or a self-hoster to preload or upload. The texts, which give themselves to
      // the elements as they run, are never merged.
      experimentalMinChunkSize: 4000,
    },
    ...(classic ? [{ file: `dist/cdn/${name}.iife.js`, format: 'iife', inlineDynamicImports: true }] : []),
  ];
}

/** A type error fails the build (the typecheck of tests and stories is `npm run typecheck`). */
const ts = (options) => typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true, ...options });

/**
 * Every CDN file's plugins: Lit inside, each import of a file of our own on demand checked against
 * that file's integrity (scripts/checked-import.mjs), then templates and code minified.
 */
function cdnPlugins(minify = terserOptions) {
  return [
    resolve(),
    tolerateSecondLit(),
    ts({ outDir: 'dist/cdn', declaration: false, sourceMap: false }),
    injectVersion(),
    minifyHTML(),
    checkDynamicImports(),
    terser(minify),
  ];
}

/**
 * `registerLocale` for pages that load our CDN files, self-contained: it compares a language with every
 * element's English UI strings, and as an entry beside the per-element files it made each table a chunk
 * of its own, one request more on every page with one element. Its own copy of the locale registry is
 * the page's (a `Symbol.for` store that every copy of our code shares). Of Lit it takes only `isServer`,
 * so `lit` is Lit's own module for that (`lit-html/is-server.js`): importing `lit` whole would run a
 * second copy of Lit on the page. Anything else imported from `lit` fails this build.
 */
const registerLocaleFile = {
  input: 'src/register-locale.ts',
  output: { file: 'dist/cdn/register-locale.js', format: 'es' },
  plugins: [
    {
      name: 'lit-is-server-only',
      resolveId(source, importer) {
        return source === 'lit' ? this.resolve('lit-html/is-server.js', importer, { skipSelf: true }) : null;
      },
    },
    ...cdnPlugins(),
  ],
};

/**
 * The CDN bundle for server-rendered markup: Lit's hydrate support first, then all three elements.
 * Hydration matches its templates, by digest, with the templates the server rendered, which are
 * the npm build's (dist/ssr.js renders dist/components/): both builds minify them the same way.
 */
const hydrateBundle = {
  input: 'src/cdn.hydrate.ts',
  output: allInOneOutputs('stem-cell-explainers.hydrate', { classic: false }),
  plugins: cdnPlugins(),
};

/**
 * Each element's own hydrate file, for a page with that element's server-rendered markup (the .dsd.html
 * snippets): a page with the FAQ's markup does not download the steps and the dose note (#27), and a
 * page with two elements' markup loads Lit once, from the hydrate files' own shared chunks
 * (`hydrateChunks`; listed in dist/cdn/hydrate-imports.json, which scripts/post-build.mjs merges into
 * imports.json).
 */
const elementHydrateFiles = {
  input: Object.fromEntries(Object.keys(elements).map((tag) => [`${tag}.hydrate`, `src/cdn/${tag}.hydrate.ts`])),
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', manualChunks: hydrateChunks },
  plugins: [...cdnPlugins(), listImports('hydrate-imports.json')],
};

export default [
  // 1. The npm build: ES2021 modules mirroring src/, with types and source maps (holding their sources,
  // which the package does not ship); lit stays a dependency.
  {
    input: [
      'src/index.ts',
      'src/register-locale.ts',
      'src/placeholders.ts',
      'src/content/index.ts',
      // Every English UI string table, whole: what each translation's strings.ts mirrors (tests, review tables).
      'src/content/strings.ts',
      ...languageEntries,
      // Each element's part of each language: stem-cell-explainers/locales/<lang>-<tag>.
      ...languages.flatMap(({ lang }) => [
        ...Object.keys(elements).map((tag) => `locale-part:${lang}:${tag}`),
        ...textParts.map((tag) => `locale-part:${lang}:${tag}:text`),
      ]),
      ...Object.values(elements),
      ...ssrEntries,
      // Every road's fallback markup (the builder, the snippets, the WordPress build read it from here).
      'src/internal/fallback-markup.ts',
      // The bundled content in a language, which the build's snippets write out as the builder does.
      'src/internal/bundled.ts',
      // The three tag names, for the scripts and Node tests that run after the build.
      'src/internal/tags.ts',
    ],
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // Templates are minified here too: less for an app to ship, and the same template strings as the
    // CDN files, so that markup rendered by dist/ssr.js hydrates with any of them.
    plugins: [
      localeParts(),
      ts({ outDir: 'dist', declaration: true, declarationDir: 'dist', inlineSources: true }),
      injectVersion(),
      minifyHTML(),
    ],
  },
  // 2. The CDN bundles: self-contained and minified, with Lit inside; a module, and a classic
  //    script for CMSs and tag managers that cannot use type="module". No global is added.
  //    The English files carry no other language; each stem-cell-explainers.<lang> file adds one.
  //    One file, but for the FAQ's and the steps' English text in the module (allInOneOutputs()).
  {
    input: 'src/cdn.ts',
    output: allInOneOutputs('stem-cell-explainers'),
    plugins: cdnPlugins(),
  },
  ...languages.map(({ lang }) => ({
    input: `cdn.${lang}`,
    output: allInOneOutputs(`stem-cell-explainers.${lang}`),
    plugins: [withLanguage(lang), ...cdnPlugins()],
  })),
  // 3. Per-element CDN files (module only): a page pays for the elements it uses. Lit and the code
  //    the elements share are in shared chunks (content-hashed names), loaded once however many
  //    elements a page uses; snippets preload each chunk with its integrity (dist/cdn/imports.json).
  //    locale-<lang>-<tag>.js adds a language to one element's file (locale-<lang>.js to all three); the add-on
  //    structured-data.js is loaded by what needs it, and register-locale.js is a file of its own (below).
  {
    input: {
      ...Object.fromEntries(Object.keys(elements).map((tag) => [tag, `src/cdn/${tag}.ts`])),
      ...addOns,
      ...Object.fromEntries(
        languages.flatMap(({ lang }) => [
          [`locale-${lang}`, `locale-part:${lang}`],
          ...Object.keys(elements).map((tag) => [`locale-${lang}-${tag}`, `locale-part:${lang}:${tag}`]),
          ...textParts.map((tag) => [textFile(lang, tag).replace(/\.js$/, ''), `locale-part:${lang}:${tag}:text`]),
        ]),
      ),
    },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', manualChunks: sharedChunks },
    plugins: [localeParts(), ...cdnPlugins(), listImports()],
  },

  // 4. Placeholder mounting, for pages whose editor strips unknown tags: its own small file, as a
  //    module and as a classic script, beside whichever file defines the elements.
  {
    input: 'src/placeholders.ts',
    output: [
      { file: 'dist/cdn/placeholders.js', format: 'es' },
      { file: 'dist/cdn/placeholders.iife.js', format: 'iife' },
    ],
    plugins: cdnPlugins(),
  },

  registerLocaleFile,
  hydrateBundle,
  elementHydrateFiles,
];
