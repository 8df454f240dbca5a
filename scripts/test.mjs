// Runs the whole test suite: the content tests in Node, then every element test in headless
// Chromium, then the WordPress plugin in a real WordPress. Closes with one line, `N passed, N failed`, that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const total = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(name, command, args, countsFile, env = {}) {
  rmSync(countsFile, { force: true });
  console.log(`\n== ${name} ==`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { failed: 1 };
  rmSync(countsFile, { force: true });
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  ok &&= result.status === 0 && !counts.failed;
}

const only = process.argv.slice(2);
run('content (Node)', process.execPath, [
  '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/count-reporter.mjs', '--test-reporter-destination=.node-counts.json',
  'test/node/',
], '.node-counts.json');
run('elements (Chromium)', 'npx', ['web-test-runner', ...only], '.wtr-counts.json', { WTR_COUNTS: '.wtr-counts.json' });
// The WordPress plugin and recipes in a real WordPress (about a minute; installs Debian's wordpress,
// mariadb-server, php-cli and php-mysql first when they are missing). Left out when only some files are asked for.
if (!only.length)
  run('WordPress (PHP, MariaDB, Chromium)', process.execPath, [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs', '--test-reporter-destination=.wp-counts.json',
    'test/wordpress/',
  ], '.wp-counts.json');

console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(ok && total.passed > 0 ? 0 : 1);
