// Files written from another source of truth (src/jsx.ts from the manifest, the README's embed blocks
// from the build): written on request, and with --check a stale file fails instead of being written.
import { readFileSync, writeFileSync } from 'node:fs';

/** Writes `path` when its content differs from `content`; with `--check` on the command line, exits 1 instead. */
export function writeOrCheck(path, content, howToUpdate) {
  if (readFileSync(path, 'utf8') === content) console.log(`${path} is current.`);
  else if (process.argv.includes('--check')) {
    console.error(`${path} is stale: run ${howToUpdate}`);
    process.exit(1);
  } else {
    writeFileSync(path, content);
    console.log(`${path} written.`);
  }
}
