import { css } from 'lit';

/**
 * Shared look of all three elements. Designers theme through the public `--sce-*` custom
 * properties; `--_*` are private and follow the colour scheme.
 */
export const baseStyles = css`
  :host {
    --_text: var(--sce-color-text, #1d1d1f);
    --_bg: var(--sce-color-background, #fff);
    --_muted: var(--sce-color-muted, #505a5f);
    --_accent: var(--sce-color-accent, #005eb8);
    --_border: var(--sce-color-border, #6f777b);
    --_focus: var(--sce-color-focus, #0b0c0c);
    --_focus-bg: var(--sce-color-focus-background, #ffdd00);
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
    background: var(--_bg) !important;
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
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--sce-color-text, #f3f2f1);
      --_bg: var(--sce-color-background, #1b1d21);
      --_muted: var(--sce-color-muted, #c5cad0);
      --_accent: var(--sce-color-accent, #8cc4ff);
      --_border: var(--sce-color-border, #8e959c);
      --_focus: var(--sce-color-focus, #ffdd00);
      --_focus-bg: var(--sce-color-focus-background, #1b1d21);
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
    box-shadow: 0 0 0 2px var(--_focus-bg);
  }
  .link-button {
    border: 0;
    padding: 0.25em 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .footer {
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
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

/**
 * The animated part of a disclosure: height only, and only when motion is welcome. It starts at a
 * third of the height, not at nothing, so the very first frame after the click already shows the answer.
 */
export function animateOpen(panel: HTMLElement | null | undefined): void {
  if (!panel || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const full = panel.scrollHeight;
  panel.animate?.([{ height: `${Math.round(full / 3)}px`, overflow: 'hidden' }, { height: `${full}px`, overflow: 'hidden' }], {
    duration: 200,
    easing: 'ease-out',
  });
}
