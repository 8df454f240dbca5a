// Server-rendered markup without JavaScript. A declarative shadow root is built by the parser, so a
// browser with scripting off (or a sandboxed frame) shows the accordion, the steps and the calculator
// with controls that need a script to work: questions that do not open, "Show details" that shows
// nothing. The parser builds a <noscript>'s content as elements only when scripting is off; there the
// <slot> inside it shows the light-DOM fallback (native <details>, the steps' list, the dose rule as
// text) in place of everything after it. With scripting on, the <noscript> holds only text: nothing
// shows, nothing is slotted, and hydration, which starts at Lit's first marker, never meets it.

/** Written into each declarative shadow root, after its `<style>` and before Lit's markup. */
export const NO_SCRIPT_MARKUP = '<noscript><slot></slot></noscript>';

/**
 * Appended to each element's style text on the server only (browsers' bundles do not carry it), so
 * that the published CSP hash of the shadow root's `<style>` covers it.
 */
export const NO_SCRIPT_CSS = 'noscript:has(>slot)~*{display:none!important}';
