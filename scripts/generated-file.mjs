// Files written from another source of truth (src/jsx.ts from the manifest, the README's embed blocks
// from the build): written on request, and with --check a stale file fails instead of being written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `path` when its content differs from `content`; with `--check` on the command line, exits 1 instead. */
export function writeOrCheck(path, content, howToUpdate) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) console.log(`${path} is current.`);
  else if (process.argv.includes('--check')) {
    console.error(`${path} is stale: run ${howToUpdate}`);
    process.exit(1);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`${path} written.`);
  }
}
