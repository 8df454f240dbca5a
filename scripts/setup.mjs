// Set-up for a fresh machine: installs the locked npm packages when they are missing or stale and,
// with --browser, Debian's Chromium when no browser is found. Nothing else is downloaded.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const lock = 'package-lock.json';
const stamp = 'node_modules/.package-lock.json';

if (!existsSync(stamp) || statSync(lock).mtimeMs > statSync(stamp).mtimeMs) {
  console.log('setup: installing the locked npm packages (npm ci)');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const browser = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(browser)) {
    if (process.env.CHROME_PATH) throw new Error(`setup: CHROME_PATH=${browser} does not exist`);
    console.log("setup: no Chromium found; installing Debian's chromium package");
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
  }
}
