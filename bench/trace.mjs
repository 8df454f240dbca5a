// npm run bench:trace [-- faq500-ssr faq500-plain ...]: where the main thread's time goes before a
// benchmark page (bench/out/pages/, written by `npm run bench`) shows every question. One Chromium
// trace per run (devtools.timeline; the last is saved as bench/out/traces/<page>.json for the DevTools
// Performance panel), and a summary of the median run: when the parser finished, the page's scripts
// had run (DOMContentLoaded), the first contentful paint and the frame with every question, and
// each kind of main-thread work before that frame. `--tasks` lists the long tasks of one run.
// TRACE_RUNS=5 by default.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { probe } from './probe.mjs';

const PAGES = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = PAGES.length ? PAGES : ['faq9-plain', 'faq9-ssr', 'faq9-snippet', 'faq500-plain', 'faq500-ssr', 'faq500-snippet'];
const RUNS = Number(process.env.TRACE_RUNS ?? 5);

/** Kinds of main-thread work, by trace event name. */
const KINDS = {
  ParseHTML: 'parse HTML',
  EvaluateScript: 'evaluate script',
  'v8.evaluateModule': 'evaluate script',
  FunctionCall: 'script (callbacks)',
  RunMicrotasks: 'script (callbacks)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};

function summarise(events, { visibleAt, fcp, parsed, scriptsRun }) {
  // The page's own navigation: performance.now() in the page counts from it.
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/pages/'));
  const main = { pid: nav.pid, tid: nav.tid };
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && ms(e.ts) <= visibleAt);
  // Top-level time per kind: an event nested in one already counted is not counted again.
  const totals = {};
  const counted = [];
  for (const e of on.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const kind = KINDS[e.name];
    if (!kind) continue;
    if (counted.some((c) => e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur)) continue;
    counted.push(e);
    totals[kind] = (totals[kind] ?? 0) + e.dur / 1000;
  }
  // The longest tasks before every question showed, each with the work inside it that took longest.
  const tasks = events
    .filter(
      (e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.dur > 8000 && ms(e.ts) >= 0 && ms(e.ts) <= visibleAt,
    )
    .map((t) => {
      const inner = on.filter((e) => KINDS[e.name] && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).sort((a, b) => b.dur - a.dur)[0];
      return `${ms(t.ts).toFixed(0)}+${(t.dur / 1000).toFixed(0)} ms${inner ? ` (${KINDS[inner.name]} ${(inner.dur / 1000).toFixed(0)})` : ''}`;
    });
  return {
    tasks,
    totals,
    parsed,
    scriptsRun,
    fcp,
    visibleAt,
  };
}

const server = await serve({ port: 0, csp: null });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
mkdirSync('bench/out/traces', { recursive: true });
for (const name of names) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(probe);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'disabled-by-default-devtools.timeline'],
    });
    await page.goto(`${base}/bench/out/pages/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__visibleAt !== undefined, null, { timeout: 60_000 });
    // Milestones from the page itself: the parser's end, the end of the deferred and module scripts
    // (DOMContentLoaded), the first contentful paint, and the frame with every question.
    const times = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      return {
        visibleAt: window.__visibleAt,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        parsed: nav.domInteractive,
        scriptsRun: nav.domContentLoadedEventStart,
      };
    });
    const buffer = await browser.stopTracing();
    if (i === RUNS - 1) writeFileSync(`bench/out/traces/${name}.json`, buffer);
    runs.push(summarise(JSON.parse(buffer).traceEvents, times));
    await context.close();
  }
  const mid = (f) => runs.map(f).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.totals)))];
  console.log(
    `${name}: parsed ${mid((r) => r.parsed).toFixed(0)} ms, scripts run ${mid((r) => r.scriptsRun).toFixed(0)} ms, first contentful paint ${mid((r) => r.fcp).toFixed(0)} ms, every question visible ${mid((r) => r.visibleAt).toFixed(0)} ms; before that: ${kinds
      .map((k) => `${k} ${mid((r) => r.totals[k] ?? 0).toFixed(1)}`)
      .join(', ')} ms`,
  );
  if (process.argv.includes('--tasks')) console.log(`  long tasks (start+length): ${runs[0].tasks.join('; ')}`);
}
await browser.close();
server.close();
