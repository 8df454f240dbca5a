import { css, unsafeCSS } from 'lit';
import { paletteCss } from './palette.js';

/**
 * Shared look of all three elements. Designers theme through the public `--sce-*` custom
 * properties; `--_*` are private and follow the colour scheme.
 */
export const baseStyles = css`
  :host {
    ${unsafeCSS(paletteCss(0))}
    --_space: var(--sce-space, 1rem);
    --_radius: var(--sce-radius, 0.5rem);
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    padding: var(--_space);
    border-radius: var(--_radius);
    /*
     * A page's rules beat :host, but !important here beats the page, even its own !important
     * (https://drafts.csswg.org/css-cascade-5/#cascade-context). These are the properties a
     * careless or hostile global rule (* { all: unset }, !important colours, letter-spacing)
     * would otherwise pass into the widget. Theme through the --sce-* custom properties instead.
     */
    color: var(--_text) !important;
    background: var(--_background) !important;
    font-size: var(--sce-font-size, 1rem) !important;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere;
  }
  /*
   * The page's colour scheme, not the patient's setting alone: a light page keeps light boxes on a
   * phone set to dark, and the fallback markup the page styles does not change colour when the
   * element takes over. Browsers without light-dark() (before 2024) show the light colours.
   */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(paletteCss('page'))}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p,
  ul {
    margin-block: 0 0.75em;
  }
  ul {
    padding-inline-start: 1.5em;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: max(1px, 0.0625em);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .vh {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-background);
  }
  .link-button {
    border: 0;
    padding: 0.25em 0;
    /* A label that wraps (Tamil's at 320 px) reads as the text around it, not centred as buttons are. */
    text-align: start;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .footer {
    margin-block-start: var(--_space);
  }
  .footer p {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .footer .disclaimer {
    color: inherit;
    font-size: 1em;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .link-button {
      color: LinkText;
    }
  }
  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`;
