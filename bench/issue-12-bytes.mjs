// Issue #12 asked that its refactor (the one spine: base element, controllers, attribute readers)
// not grow the bundle. This measures it where it happened: the commit before the refactor, the
// refactor's own commit, and that commit with #12's follow-up applied (bench/issue-12-savings.patch:
// the same changes as on main, where that code still exists: the controllers' plain arguments, no
// `live`, no `guard`, and the rest in the README). A last row also takes out the one behaviour the
// refactor's commit added, the console message for stray text in an element
// (bench/issue-12-stray-text.patch, for this measurement only: main keeps the message, issue #13).
// Each is built with its own rollup config, and weighed by its own byte test (brotli, quality 11).
// Deterministic; about a minute here (it builds four times). Not part of npm test.
//
//   node bench/issue-12-bytes.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REFACTOR = 'd005f89';
const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'issue-12-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Builds a commit (with any patches) in a throwaway worktree; gives its two byte figures. */
function weigh(name, commit, ...patches) {
  const dir = join(scratch, name);
  run('git', ['worktree', 'add', '--detach', dir, commit], root);
  try {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    for (const patch of patches) run('git', ['apply', join(root, patch)], dir);
    run('npx', ['rollup', '-c', '--silent'], dir);
    let out;
    try {
      out = run('node', ['--test', 'test/node/bytes.test.mjs'], dir);
    } catch (e) {
      out = e.stdout; // that commit's budgets may fail; its printed figures are what we need
    }
    const figure = (label) => Number(new RegExp(`# ${label}[^\\n]*?(\\d+) B brotli`).exec(out)?.[1]);
    return { all: figure('CDN bundle, all three elements'), faq: figure('FAQ alone') };
  } finally {
    run('git', ['worktree', 'remove', '--force', dir], root);
  }
}

try {
  const rows = [
    ['before the refactor', weigh('before', `${REFACTOR}^`)],
    ['the refactor', weigh('refactor', REFACTOR)],
    ['the refactor with the follow-up', weigh('follow-up', REFACTOR, 'bench/issue-12-savings.patch')],
    [
      'the same, without the stray-text message',
      weigh('no-stray-text', REFACTOR, 'bench/issue-12-savings.patch', 'bench/issue-12-stray-text.patch'),
    ],
  ];
  const [base] = rows.map(([, r]) => r);
  const delta = (v, b) => `${v.toLocaleString('en')} B (${v - b >= 0 ? '+' : ''}${v - b})`;
  console.log('| build | all three elements (CDN bundle) | the FAQ alone |\n| --- | --- | --- |');
  for (const [name, r] of rows) console.log(`| ${name} | ${delta(r.all, base.all)} | ${delta(r.faq, base.faq)} |`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
