// Runs the whole test suite: the content tests in Node, then every element test in each browser
// engine, one engine after the other (Chromium, Firefox, WebKit), then the WordPress plugin in a
// real WordPress (left out when only some files are asked for). Closes with one line,
// `N passed, N failed[, N skipped]`, that CI reads; it counts every engine.
//
//   node scripts/test.mjs                          all three engines
//   node scripts/test.mjs --browser firefox        one engine (repeat the flag, or use commas, for more)
//   BROWSERS=chromium,webkit node scripts/test.mjs the same through the environment
// Other arguments go to web-test-runner (e.g. --files test/dose-note.test.ts).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { requestedEngines, startWebKitDriver, withoutBrowserArgs } from './browsers.mjs';

const argv = process.argv.slice(2);
const engines = requestedEngines(argv);
const wtrArgs = withoutBrowserArgs(argv);
const label = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const total = { passed: 0, failed: 0, skipped: 0 };
const perRun = [];
/** Each failed test, by run, repeated beside the closing line: CI's log is read from its end. */
const failures = [];
let ok = true;

/** What must be stopped if the run ends early: the child that runs now, and WebKit's Xvfb and driver. */
let current;
let webkit;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    current?.kill(signal);
    await webkit?.stop();
    process.exit(130);
  });
}

/** A failure on one line, at most 400 characters: the test's name and the start of its error. */
function oneLine(text) {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 400 ? `${line.slice(0, 399)}…` : line;
}

function run(name, command, args, countsFile, env = {}) {
  rmSync(countsFile, { force: true });
  console.log(`\n${'='.repeat(70)}\n== ${name}\n${'='.repeat(70)}`);
  const started = Date.now();
  return new Promise((resolve) => {
    current = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    current.on('error', (error) => console.error(error));
    current.on('close', (status) => {
      current = undefined;
      const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { failed: 1 };
      rmSync(countsFile, { force: true });
      for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
      for (const failure of counts.failures ?? []) failures.push(`${name}: ${oneLine(failure)}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      perRun.push(
        `${name}: ${counts.passed ?? 0} passed, ${counts.failed ?? 0} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${seconds} s)`,
      );
      ok &&= status === 0 && !counts.failed;
      resolve();
    });
  });
}

// Asked for some browser test files only (npm run test:only -- --files …): just those, in each engine.
const onlySome = wtrArgs.length > 0;

try {
  if (!onlySome)
    await run(
      'content (Node)',
      process.execPath,
      [
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./scripts/count-reporter.mjs',
        '--test-reporter-destination=.node-counts.json',
        'test/node/',
      ],
      '.node-counts.json',
    );

  for (const engine of engines) {
    const env = { WTR_COUNTS: '.wtr-counts.json', BROWSERS: engine };
    if (engine === 'webkit') {
      try {
        webkit = await startWebKitDriver({ log: (line) => console.log(`test: ${line}`) });
      } catch (error) {
        console.log(`\n== elements (WebKit): could not start: ${error.message}`);
        perRun.push('elements (WebKit): did not start');
        total.failed++;
        ok = false;
        continue;
      }
      env.WEBKIT_WEBDRIVER_PORT = String(webkit.port);
    }
    try {
      // Straight through node (not npx), so a stop signal reaches web-test-runner itself.
      await run(
        `elements (${label[engine]})`,
        process.execPath,
        ['node_modules/.bin/web-test-runner', ...wtrArgs],
        '.wtr-counts.json',
        env,
      );
    } finally {
      await webkit?.stop();
      webkit = undefined;
    }
  }

  // The WordPress plugin and recipes in a real WordPress (about three minutes; installs Debian's wordpress,
  // mariadb-server, php-cli and php-mysql first when they are missing).
  if (!onlySome)
    await run(
      'WordPress (PHP, MariaDB, Chromium, Firefox, WebKit)',
      process.execPath,
      [
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./scripts/count-reporter.mjs',
        '--test-reporter-destination=.wp-counts.json',
        'test/wordpress/',
      ],
      '.wp-counts.json',
    );
} finally {
  await webkit?.stop();
}

console.log(`\n${perRun.join('\n')}`);
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(ok && total.passed > 0 ? 0 : 1);
