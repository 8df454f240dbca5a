import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { version } from './rollup.config.mjs';

/** Debian's Chromium unless CHROME_PATH names another; no test tool downloads a browser. */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Counts every test of the run for scripts/test.mjs, which prints the closing `N passed, N failed` line. */
function countsFile(path) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const t of suite.tests) counts[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that fails to load or throws outside a test is a failure too.
        if (!s.passed && (s.errors?.length || !s.testResults)) counts.failed++;
      }
      writeFileSync(path, JSON.stringify(counts));
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
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), define: { __VERSION__: JSON.stringify(version) } }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-timer-throttling',
          // For the leak tests: a real forced garbage collection and exact heap figures.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countsFile(process.env.WTR_COUNTS || '.wtr-counts.json')],
};
