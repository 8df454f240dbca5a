import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDefines } from './scripts/build-data.mjs';
import { languages } from './scripts/languages.mjs';
import { requestedEngines, testLaunchers, webdriverViewportPlugin } from './scripts/browsers.mjs';

/** Counts every test of the run for scripts/test.mjs, which prints the closing `N passed, N failed` line. */
function countsFile(path) {
  return {
    onTestRunFinished({ sessions }) {
      // The names of the failures too: scripts/test.mjs repeats them beside the closing line, where CI's
      // log is read, so that a failure seen once in CI can be found without the whole log.
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const file = (s) => s.testFile.replace(`${process.cwd()}/`, '');
      const walk = (session, suite, names) => {
        for (const t of suite.tests) {
          counts[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
          if (!t.skipped && !t.passed)
            counts.failures.push(`${file(session)} › ${[...names, t.name].join(' › ')}: ${t.error?.message ?? 'failed'}`);
        }
        for (const child of suite.suites) walk(session, child, [...names, child.name]);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s, s.testResults, []);
        // A file that fails to load or throws outside a test is a failure too.
        if (!s.passed && (s.errors?.length || !s.testResults)) {
          counts.failed++;
          counts.failures.push(`${file(s)}: ${s.errors?.map((e) => e.message).join('; ') || 'did not run'}`);
        }
      }
      writeFileSync(path, JSON.stringify(counts));
    },
  };
}

/** `executeServerCommand('engine')` answers which engine runs the page: 'chromium', 'firefox' or 'webkit'. */
function engineCommand() {
  return {
    name: 'engine-command',
    executeCommand({ command, session }) {
      if (command === 'engine') return session.browser.engine ?? null;
    },
  };
}

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')` turns forced colours on or off in
 * Chromium, as its DevTools do (`Emulation.setEmulatedMedia`); elsewhere it answers false.
 * web-test-runner's `emulateMedia` hands `forcedColors` to Playwright only and drops it for
 * puppeteer, which drives Chromium here (and refuses the feature's name).
 */
function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.engine !== 'chromium') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
      return true;
    },
  };
}

/**
 * `/cdn-raw/<file>` serves dist/cdn/<file> byte for byte, as a CDN does. The test server rewrites
 * the JavaScript it serves elsewhere, so Subresource Integrity can only be checked on this route.
 * `/cdn-tampered/<file>` serves the same files, but those an element imports itself when it needs them
 * (the English text, the JSON-LD) come changed on their way, as from a CDN someone broke into.
 */
async function rawCdn(ctx, next) {
  const [, route, file] = /^\/cdn-(raw|tampered)\/([\w.-]+\.js)$/.exec(ctx.path) ?? [];
  if (!file) return next();
  // `?slow`: the file comes as on a slow connection, well after the page's other files (a test of
  // what a patient sees while one file is still on its way; the test itself waits for nothing).
  if ('slow' in ctx.query) await new Promise((resolve) => setTimeout(resolve, 500));
  ctx.type = 'text/javascript';
  const bytes = readFileSync(fileURLToPath(new URL(`./dist/cdn/${file}`, import.meta.url)));
  const changed = route === 'tampered' && /^(hydrate-|stem-cell-explainers[\w.]*-)?text-en-|^structured-data\.js$/.test(file);
  ctx.body = changed ? `${bytes}\nconsole.error('changed on its way');\n` : bytes;
}

/**
 * `executeServerCommand('ssr', { tag, options })` renders an element with the built Node entry
 * (dist/ssr.js, so `npm run build` first): `{ html, messages }`, the console messages it gave
 * kept out of the run's output and handed to the test instead.
 */
function ssrCommand() {
  return {
    name: 'ssr-command',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr') return undefined;
      const { renderElement } = await import('./dist/ssr.js');
      // As a server that renders pages in every language does (docs/server-rendering.md).
      for (const { lang } of languages) await import(`./dist/locales/${lang}.js`);
      const messages = [];
      const kinds = ['error', 'warn', 'info'];
      const original = kinds.map((k) => console[k]);
      kinds.forEach((k) => (console[k] = (...args) => messages.push(`${k}: ${args.join(' ')}`)));
      try {
        return { html: renderElement(payload.tag, payload.options), messages };
      } finally {
        kinds.forEach((k, i) => (console[k] = original[i]));
      }
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium gives a background page no animation frames, and the tests
  // rely on frames, focus and real key presses as a patient's browser would.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  middleware: [rawCdn],
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true, // the embed builder imports custom-elements.json, integrity.json and package.json
      target: 'es2022', // tests use top-level await; the build targets ES2021
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: buildDefines(),
    }),
    engineCommand(),
    forcedColorsCommand(),
    ssrCommand(),
    webdriverViewportPlugin(),
  ],
  // BROWSERS=chromium,firefox,webkit picks the engines (scripts/test.mjs runs one at a time).
  browsers: await testLaunchers(requestedEngines([])),
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countsFile(process.env.WTR_COUNTS || '.wtr-counts.json')],
};
