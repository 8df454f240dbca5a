// Debian's Chromium (or CHROME_PATH), started the way every tool here needs it: as root without
// the sandbox, and with no background traffic to the closed network. No tool downloads a browser.
import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--no-first-run',
];

/** A headless browser for tests and tools. */
export const launch = () => chromium.launch({ executablePath, args });

/** A browser with a profile of its own, for the benchmark's fresh-profile samples. */
export const launchWithProfile = (dir, options = {}) => chromium.launchPersistentContext(dir, { executablePath, args, ...options });
