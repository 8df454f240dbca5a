// Which browser engine runs the tests, what it can do, and key presses that every driver
// understands. The element tests run in Chromium (DevTools protocol), Firefox (WebDriver BiDi)
// and WebKitGTK (classic WebDriver); see scripts/browsers.mjs.
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/**
 * The engine, from the user agent: Firefox says `Firefox/` (and never `AppleWebKit`), Chromium
 * says `Chrome/` (`HeadlessChrome/` when headless), WebKitGTK says `AppleWebKit` without `Chrome`.
 * test/support/engine.test.ts checks this against the launcher the server started.
 */
export const engine: Engine = (() => {
  const ua = navigator.userAgent;
  if (/\bFirefox\//.test(ua)) return 'firefox';
  if (/\b(Headless)?Chrom(e|ium)\//.test(ua)) return 'chromium';
  if (/\bAppleWebKit\//.test(ua)) return 'webkit';
  throw new Error(`Unknown browser engine: ${ua}`);
})();

/**
 * Whether `emulateMedia` (prefers-color-scheme, forced-colors, prefers-reduced-motion, print)
 * works: only in Chromium here. Firefox over WebDriver BiDi and WebKit over WebDriver have no
 * media emulation in @web/test-runner-commands.
 */
export const canEmulateMedia = engine === 'chromium';

/**
 * The narrowest page `setViewport` can make: WebKitGTK's window cannot be narrower than 447 px
 * (scripts/browsers.mjs resizes it), so test a 320 px layout in an iframe there.
 */
export const minViewportWidth = engine === 'webkit' ? 447 : 0;

/** Whether `setViewport({ width })` can give the page that width in this engine. */
export const canSetViewportWidth = (width: number) => width >= minViewportWidth;

/** Whether `Intl` writes Hindi number words ("14 करोड़"); the system ICU of Debian's WebKitGTK may not. */
export const hasHindiWords = /करोड़/.test(new Intl.NumberFormat('hi', { notation: 'compact', compactDisplay: 'long' }).format(1.4e8));

/** Whether the leak tests can force a collection and read the heap (window.gc, performance.memory): Chromium only. */
export const canMeasureHeap = typeof (window as unknown as { gc?: unknown }).gc === 'function' && 'memory' in performance;

/**
 * `it` where `condition` holds, elsewhere `it.skip` with the reason in the title, e.g.
 * `itWhere(canEmulateMedia, 'no media emulation', 'passes axe in dark mode', async () => …)`
 * registers, in Firefox, `(skipped in firefox: no media emulation) passes axe in dark mode`.
 */
export function itWhere(condition: boolean, reason: string, title: string, fn: Mocha.Func | Mocha.AsyncFunc) {
  return condition ? it(title, fn) : it.skip(`(skipped in ${engine}: ${reason}) ${title}`, fn);
}

/** The media a test page starts with: what `afterEach(() => resetMedia(plainMedia))` puts back. */
export const plainMedia = { reducedMotion: 'no-preference', colorScheme: 'light', forcedColors: 'none', media: 'screen' } as const;

/**
 * Forced colours on or off, in Chromium (`canEmulateMedia`). `emulateMedia({ forcedColors })` does
 * nothing here: web-test-runner hands `forcedColors` to Playwright only, and Chromium runs under
 * puppeteer (`forced-colors` in web-test-runner.config.mjs). A colour scheme or reduced motion set
 * by `emulateMedia` stays (forced colours over a dark scheme); `resetMedia(plainMedia)` turns all off.
 */
export async function emulateForcedColors(value: 'active' | 'none'): Promise<void> {
  await executeServerCommand('forced-colors', value);
  if (matchMedia('(forced-colors: active)').matches !== (value === 'active')) throw new Error(`forced colours did not turn ${value}`);
}

/** `emulateMedia` where the engine can, and nothing elsewhere: for reset hooks (`afterEach`) shared by every engine. */
export async function resetMedia({ forcedColors, ...media }: Parameters<typeof emulateMedia>[0]): Promise<void> {
  if (!canEmulateMedia) return;
  if (forcedColors) await emulateForcedColors(forcedColors as 'active' | 'none');
  await emulateMedia(media);
}

/**
 * Key names as every driver takes them. Puppeteer (Chromium, Firefox) and webdriverio (WebKit)
 * both know these names; a space is sent as the character ' ', which all three understand.
 */
export type KeyName =
  | 'Enter'
  | 'Tab'
  | 'Escape'
  | 'Backspace'
  | 'Delete'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'Home'
  | 'End'
  | 'PageUp'
  | 'PageDown'
  | ' '
  | 'Space';

/** Presses one key (down and up) with real key events, in any of the three engines. 'Space' is sent as ' '. */
export function press(key: KeyName) {
  return sendKeys({ press: key === 'Space' ? ' ' : key });
}

/**
 * Types text with real key presses, one character per command, so that no driver drops a
 * repeated character (webdriverio presses every key of one `type` down before it lets any up,
 * so the second '0' of '800' is a held key, not a new one).
 */
export async function typeText(text: string) {
  for (const ch of text) await sendKeys({ type: ch });
}
