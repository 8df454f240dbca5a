// Debian's Chromium (or CHROME_PATH) through Playwright, for the screenshots, the Node tests and
// the benchmark. Paths and flags live in scripts/browsers.mjs, the one home for every browser.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';

export { chromiumPath as executablePath, chromiumArgs as args };

/** A headless browser for tests and tools. */
export const launch = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** A browser with a profile of its own, for the benchmark's fresh-profile samples. */
export const launchWithProfile = (dir, options = {}) =>
  chromium.launchPersistentContext(dir, { executablePath: chromiumPath, args: chromiumArgs, ...options });
