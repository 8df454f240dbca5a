// The one home for browser paths and flags. Every browser is Debian's own (or named by an
// environment variable); no tool here downloads a browser.
//
//   chromium  /usr/bin/chromium (CHROME_PATH), over the Chrome DevTools Protocol (puppeteer-core)
//   firefox   /usr/bin/firefox-esr (FIREFOX_PATH), over WebDriver BiDi (puppeteer-core)
//   webkit    WebKitGTK's MiniBrowser (MINIBROWSER_PATH) through WebKitWebDriver (WEBKIT_WEBDRIVER_PATH),
//             under Xvfb; scripts/test.mjs starts both and hands the port over in WEBKIT_WEBDRIVER_PORT.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { languages } from './languages.mjs';

export const engines = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** Debian's Chromium unless CHROME_PATH names another. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Chromium as every tool here needs it: as root without the sandbox, no background traffic to the closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** For the element tests, on top: timers and frames in unfocused pages, and for the leak tests a real forced GC and exact heap figures. */
export const chromiumTestArgs = [
  ...chromiumArgs,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/** Debian's Firefox ESR unless FIREFOX_PATH names another. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Firefox preferences for tests: no network chatter, no first-run pages, timers unthrottled in the background. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.min_background_timeout_value': 0,
  'dom.timeout.enable_budget_timer_throttling': false,
};

/** WebKitGTK's WebDriver and the browser it drives (Debian: webkit2gtk-driver, libwebkit2gtk-4.1-0). */
export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ||
  [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ].find((p) => existsSync(p)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = '/usr/bin/Xvfb';

/**
 * Fonts for every script of scripts/languages.mjs (Debian's Lohit fonts, small), so screenshots and
 * axe's colour checks see real glyphs, not boxes. The elements themselves use the page's font.
 */
export const fontPackages = ['fonts-dejavu-core', ...new Set(languages.flatMap((l) => l.fonts))];

/** What each engine needs from Debian (scripts/setup.mjs installs what is missing). */
export const debianPackages = {
  chromium: { files: [chromiumPath], packages: ['chromium', ...fontPackages] },
  firefox: { files: [firefoxPath], packages: ['firefox-esr', ...fontPackages] },
  webkit: {
    files: [webkitDriverPath, miniBrowserPath, xvfbPath],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth', ...fontPackages],
  },
};

/** Whether argv[i] is `--browser`/`--browsers` followed by a name (not by another flag). */
const namesBrowser = (argv, i) =>
  (argv[i] === '--browser' || argv[i] === '--browsers') && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-');

/**
 * The engines asked for: `--browser <name>` (repeatable, or comma-separated) on the command line,
 * else BROWSERS=chromium,firefox,webkit in the environment, else all three. Unknown names throw.
 * A bare `--browser` (as scripts/setup.mjs takes it) names none, so BROWSERS or the default decides.
 */
export function requestedEngines(argv = process.argv.slice(2), env = process.env) {
  const named = [];
  for (let i = 0; i < argv.length; i++) {
    if (namesBrowser(argv, i)) named.push(argv[++i]);
    else if (/^--browsers?=/.test(argv[i])) named.push(argv[i].replace(/^--browsers?=/, ''));
  }
  const list = (named.length ? named.join(',') : env.BROWSERS || engines.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const name of list) if (!engines.includes(name)) throw new Error(`Unknown browser "${name}"; choose from ${engines.join(', ')}`);
  return [...new Set(list)];
}

/** Removes the `--browser <name>` arguments that requestedEngines reads, leaving the rest (e.g. web-test-runner's --files). */
export function withoutBrowserArgs(argv) {
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (namesBrowser(argv, i)) i++;
    else if (!/^--browsers?(=|$)/.test(argv[i])) rest.push(argv[i]);
  }
  return rest;
}

/** Launches Firefox ESR over WebDriver BiDi with puppeteer-core, with whatever web-test-runner adds (headless, devtools). */
export async function launchFirefox(options = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  return puppeteer.launch({
    ...options,
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless: options.headless ?? true,
    extraPrefsFirefox: firefoxPrefs,
  });
}

/** What a WebKitWebDriver session asks for: Debian's MiniBrowser, driven by automation. */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  // WebKitWebDriver 2.50 refuses a session that asks for WebDriver BiDi (webSocketUrl).
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
};

/**
 * WebKit for a script of its own (the WordPress tests): Xvfb, WebKitWebDriver and a webdriverio
 * session, the same as the test runner's. `close()` ends the session and both processes.
 */
export async function launchWebKit() {
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  try {
    const session = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      capabilities: webkitCapabilities,
    });
    return {
      session,
      close: async () => {
        await session.deleteSession().catch(() => {});
        await driver.stop();
      },
    };
  } catch (error) {
    await driver.stop();
    throw error;
  }
}

/**
 * web-test-runner BrowserLaunchers for the engines named. Each launcher carries an `engine`
 * property so server-side plugins can tell which engine a session runs in.
 * WebKit needs a running WebKitWebDriver: `webkitDriverPort` (or WEBKIT_WEBDRIVER_PORT).
 */
export async function testLaunchers(names = requestedEngines([]), { webkitDriverPort = process.env.WEBKIT_WEBDRIVER_PORT } = {}) {
  const launchers = [];
  for (const name of names) {
    let launcher;
    if (name === 'chromium') {
      const { chromeLauncher } = await import('@web/test-runner-chrome');
      launcher = chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumTestArgs } });
      launcher.name = 'Chromium';
    } else if (name === 'firefox') {
      const { chromeLauncher } = await import('@web/test-runner-chrome');
      // chromeLauncher drives any puppeteer browser; `browser: 'firefox'` names it and turns off V8 coverage.
      launcher = chromeLauncher({ launchOptions: { browser: 'firefox' }, puppeteer: { launch: launchFirefox } });
    } else if (name === 'webkit') {
      if (!webkitDriverPort)
        throw new Error(
          'WebKit needs WebKitWebDriver running: start the tests with scripts/test.mjs, which starts it (or set WEBKIT_WEBDRIVER_PORT)',
        );
      const { webdriverLauncher } = await import('@web/test-runner-webdriver');
      launcher = webdriverLauncher({
        hostname: '127.0.0.1',
        port: Number(webkitDriverPort),
        path: '/',
        logLevel: 'error',
        capabilities: webkitCapabilities,
      });
      // Shown as "WebKit" in web-test-runner's progress lines rather than "MiniBrowser".
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = async (...args) => {
        await initialize(...args);
        launcher.name = 'WebKit';
      };
      // Pages start 800×600 as in Chromium and Firefox (MiniBrowser opens at 1024×768).
      const createDriverManager = launcher.createDriverManager.bind(launcher);
      launcher.createDriverManager = async () => {
        const manager = await createDriverManager();
        await setWebDriverViewport(launcher.driver, { width: 800, height: 600 });
        return manager;
      };
    }
    launcher.engine = name;
    launchers.push(launcher);
  }
  return launchers;
}

/** A TCP port nobody listens on right now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts Xvfb on a free display (it picks the number itself: -displayfd) and WebKitWebDriver on a
 * free port, each in a process group of its own. `stop()` ends exactly those two groups (the
 * driver's group holds the MiniBrowser and WebKit processes it started) and nothing else.
 */
export async function startWebKitDriver({ log = () => {} } = {}) {
  const groups = [];
  /** Sends SIGTERM to both process groups; the promise settles once both leaders have exited. */
  const stop = () =>
    Promise.all(
      groups
        .splice(0)
        .reverse()
        .map((child) => {
          if (child.exitCode !== null || child.signalCode !== null) return undefined;
          const gone = new Promise((resolve) => child.once('exit', resolve));
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            return undefined; // already gone
          }
          return gone;
        }),
    );
  try {
    const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    groups.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      let out = '';
      let err = '';
      xvfb.stderr.on('data', (d) => (err += d));
      xvfb.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.on('error', reject);
      xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim()}`)));
    });
    xvfb.stderr.resume();
    log(`Xvfb on display ${display} (pid ${xvfb.pid})`);

    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        DISPLAY: display,
        WAYLAND_DISPLAY: '',
        GDK_BACKEND: 'x11',
        LIBGL_ALWAYS_SOFTWARE: '1',
        WEBKIT_DISABLE_COMPOSITING_MODE: '1',
        NO_AT_BRIDGE: '1',
      },
    });
    groups.push(driver);
    let driverErr = '';
    driver.stderr.on('data', (d) => (driverErr += d));
    const exited = new Promise((_, reject) =>
      driver.on('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}) before it was ready: ${driverErr.trim()}`))),
    );
    exited.catch(() => {});
    // Ready when its HTTP endpoint answers; each try waits for the answer, not for a clock.
    const ready = (async () => {
      for (let tries = 0; tries < 200; tries++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/status`);
          if (res.ok) return;
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      throw new Error('WebKitWebDriver did not answer within 10 s');
    })();
    await Promise.race([ready, exited]);
    log(`WebKitWebDriver on port ${port} (pid ${driver.pid})`);
    return { display, port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A page of the size asked for in a WebDriver browser (WebKit): resizes the window by the
 * difference between window and page, then checks the page got that size. WebKitGTK's
 * MiniBrowser cannot be made much narrower than ~450 px, so a 320 px test must use an iframe.
 */
async function setWebDriverViewport(driver, { width, height }) {
  const page = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  const [innerWidth, innerHeight] = await page();
  const rect = await driver.getWindowRect();
  await driver.setWindowRect(null, null, width + rect.width - innerWidth, height + rect.height - innerHeight);
  // The window manager answers before the page has its new size: ask the page (each try is a
  // round trip to the browser, not a clock) until it reports the size or stops changing.
  let last;
  for (let tries = 0; tries < 20; tries++) {
    const now = await page();
    if (now[0] === width && now[1] === height) return true;
    if (last && now[0] === last[0] && now[1] === last[1] && tries > 5) break;
    last = now;
  }
  throw new Error(
    `WebKit could not make the page ${width}×${height} px (it is ${last?.[0]}×${last?.[1]}); WebKitGTK windows cannot be narrower than about 450 px: test narrow layouts in an iframe`,
  );
}

/**
 * Lets `setViewport` from @web/test-runner-commands work in WebDriver browsers too. The built-in
 * command plugin runs before any plugin of the config and throws for WebDriver, so this one
 * extends it when the server starts.
 */
export function webdriverViewportPlugin() {
  return {
    name: 'webdriver-set-viewport',
    serverStart({ config }) {
      const builtIn = config.plugins?.find((p) => p.name === 'set-viewport-command');
      if (!builtIn) return;
      const original = builtIn.executeCommand.bind(builtIn);
      builtIn.executeCommand = (args) =>
        args.command === 'set-viewport' && args.session.browser.type === 'webdriver' && args.session.browser.driver
          ? setWebDriverViewport(args.session.browser.driver, args.payload)
          : original(args);
    },
  };
}
