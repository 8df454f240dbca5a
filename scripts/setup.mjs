// Set-up for a fresh machine: installs the locked npm packages when they are missing or stale and,
// with --browser, the Debian packages of the browser engines the tests will use (BROWSERS, or
// `--browser <name>`; all three by default) when they are missing. Nothing else is downloaded.
//
//   chromium  chromium                                   (~395 MB installed, ~124 MB download)
//   firefox   firefox-esr                                (~335 MB installed,  ~88 MB download)
//   webkit    webkit2gtk-driver (+ MiniBrowser), xvfb, xauth (~236 MB installed, ~70 MB download)
// (on a Debian 12 image that already has the basic X11 libraries; GTK 3, ~40 MB, is shared by all three)
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { debianPackages, requestedEngines } from './browsers.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const lock = 'package-lock.json';
const stamp = 'node_modules/.package-lock.json';

if (!existsSync(stamp) || statSync(lock).mtimeMs > statSync(stamp).mtimeMs) {
  console.log('setup: installing the locked npm packages (npm ci)');
  // puppeteer-core never downloads a browser; the variable keeps any other package from trying.
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}

/** Whether dpkg has the package installed. */
function installed(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes(
      'install ok installed',
    );
  } catch {
    return false;
  }
}

if (process.argv.includes('--browser') || process.argv.some((a) => a.startsWith('--browser='))) {
  const engines = requestedEngines();
  if (engines.includes('chromium') && process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    throw new Error(`setup: CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
  }
  const missing = new Set();
  for (const engine of engines) {
    const { files, packages } = debianPackages[engine];
    // A browser named by an environment variable is the user's; only Debian's own are installed here.
    if (engine === 'chromium' && process.env.CHROME_PATH) continue;
    if (engine === 'firefox' && process.env.FIREFOX_PATH) continue;
    for (const pkg of packages) if (!installed(pkg)) missing.add(pkg);
    const absent = files.filter((f) => !existsSync(f));
    if (absent.length && packages.every(installed)) throw new Error(`setup: ${engine} is installed but ${absent.join(', ')} is missing`);
  }
  if (missing.size) {
    const list = [...missing].join(' ');
    console.log(`setup: installing Debian packages for ${engines.join(', ')}: ${list}`);
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    const started = Date.now();
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${list}`);
    console.log(`setup: Debian packages installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else {
    console.log(`setup: browsers present for ${engines.join(', ')}`);
  }
}
