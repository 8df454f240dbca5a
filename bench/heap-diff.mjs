// node bench/heap-diff.mjs [base] [page]: where one benchmark page's JavaScript heap goes beyond
// another's, after garbage collection: the difference in size and count per constructor, from one
// heap snapshot of each (Chromium). Pages are those `npm run bench` writes to bench/out/pages/; by
// default the bare Lit element's 500-entry page against the all-in-one file's. The bundles are
// minified, so each of our file's classes is shown with the start of its source to recognise it
// (Lit's parts, template instances); another bundle's copy of Lit has other short names, so a Lit
// class counted 0 times in the base may be there under another name.
import { readFileSync } from 'node:fs';
import { launch } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const [baseName = 'faq500-bare-Lit', pageName = 'faq500-cdn'] = process.argv.slice(2);

async function heapByConstructor(browser, origin, name) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/bench/out/pages/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('stem-cell-faq, bare-faq')?.shadowRoot?.childElementCount > 0);
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
    const fields = snapshot.meta.node_fields;
    const types = snapshot.meta.node_types[0];
    const [type, nameAt, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const by = new Map();
    for (let i = 0; i < nodes.length; i += fields.length) {
      const t = types[nodes[i + type]];
      const key = t === 'object' ? strings[nodes[i + nameAt]] : `(${t})`;
      const row = by.get(key) ?? { size: 0, count: 0 };
      row.size += nodes[i + size];
      row.count++;
      by.set(key, row);
    }
    return by;
  } finally {
    await context.close();
  }
}

const server = await serve({ port: 0, csp: null });
const browser = await launch();
try {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const base = await heapByConstructor(browser, origin, baseName);
  const page = await heapByConstructor(browser, origin, pageName);
  const source = readFileSync('dist/cdn/stem-cell-explainers.js', 'utf8');
  const rows = [...new Set([...base.keys(), ...page.keys()])]
    .map((k) => ({
      k,
      size: (page.get(k)?.size ?? 0) - (base.get(k)?.size ?? 0),
      count: page.get(k)?.count ?? 0,
      was: base.get(k)?.count ?? 0,
    }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 20);
  const total = (m) => [...m.values()].reduce((n, r) => n + r.size, 0);
  console.log(`${pageName}: ${Math.round(total(page) / 1024)} KB; ${baseName}: ${Math.round(total(base) / 1024)} KB\n`);
  console.log('| constructor | KB more | count | count in base | its source starts |\n| --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const at = /^\w+$/.test(r.k) ? source.search(new RegExp(`class ${r.k}\\b`)) : -1;
    const start = at >= 0 ? source.slice(at, at + 90).replace(/\|/g, '\\|') : '';
    console.log(`| ${r.k} | ${Math.round(r.size / 1024)} | ${r.count} | ${r.was} | ${start ? `\`${start}\`` : ''} |`);
  }
} finally {
  await browser.close();
  server.close();
}
