// Dynamic imports in the CDN files, checked against Subresource Integrity (#27).
//
// A per-element CDN file imports some of our files only when it needs them: the FAQ's and the steps'
// English text (where the page's HTML holds none the element can use) and the FAQ's JSON-LD. The page
// loads the element's file and its shared chunks with their integrity; a plain `import()` of another
// file would run it unchecked. In these builds each such import is written as a call of
// `checkedImport`, with the integrity of the very file it imports (the build knows it, and writes it
// into the importing file once the imported one is final), so a file that is not the one we published
// never runs.
import { createHash } from 'node:crypto';

/**
 * The function put into each CDN file that has dynamic imports (readable here; the build minifies it
 * with the rest), where `import.meta.url` is that file's address; `file` is the imported file's address
 * relative to it. It adds a `<link rel="modulepreload">` with the file's integrity: the browser checks
 * the file before putting it in the page's module map, where the import then finds it. A file that
 * fails its check, or does not arrive, is never imported: the promise rejects, and the element says so
 * in the console and keeps what the page shows. The link needs no exception in a strict CSP (it is not
 * a Trusted Types sink, as a script's `src` is) and is removed once settled. Where a browser checks no
 * modulepreload's integrity (WebKitGTK 2.50 does not) or has no modulepreload (Safari before 17), the
 * file is imported as a plain `import()` would: unchecked.
 */
export function checkedImport(file, integrity) {
  const url = new URL(file, import.meta.url).href;
  const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: url, integrity, crossOrigin: 'anonymous' });
  if (!link.relList.supports('modulepreload')) return import(url);
  return new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error(`${url} did not load, or is not the file published with this one`)));
    document.head.append(link);
  })
    .finally(() => link.remove())
    .then(() => import(url));
}

/** What stands for a file's integrity in the importing file until the imported file is final. */
const marker = (fileName) => `sce-integrity:${fileName}`;
const markers = /sce-integrity:([\w.-]+\.js)/g;

/**
 * The rollup plugin, before the minifier in every CDN build: renders each dynamic import of one of the
 * build's own chunks as `checkedImport("./file.js", integrity)`, adds the function to each
 * file that has one, and once every file is final, replaces each marker with the file's integrity.
 */
export function checkDynamicImports() {
  return {
    name: 'check-dynamic-imports',
    renderDynamicImport({ format, targetChunk }) {
      if (format !== 'es' || !targetChunk) return null;
      return { left: 'checkedImport(', right: `, "${marker(targetChunk.fileName)}")` };
    },
    transform(code, id) {
      if (/\bcheckedImport\b/.test(code))
        this.error(`check-dynamic-imports: ${id} has a name of its own that the build gives each file it writes, checkedImport`);
    },
    renderChunk(code) {
      return code.includes(marker('')) ? { code: `${checkedImport}\n${code}`, map: null } : null;
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          chunk.code = chunk.code.replace(markers, (_, fileName) => {
            const imported = bundle[fileName];
            if (imported?.type !== 'chunk' || imported.code.includes(marker('')))
              throw new Error(`check-dynamic-imports: ${chunk.fileName} imports ${fileName}, which is not a final file of this build`);
            return `sha384-${createHash('sha384').update(imported.code).digest('base64')}`;
          });
    },
  };
}
