import { css } from 'lit';

export const faqStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .search {
    flex: 1 1 14em;
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  input {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_background);
  }
  .all {
    margin-inline-start: auto;
    font-weight: 600;
  }
  .status {
    margin: 0.5em 0;
    color: var(--_muted);
  }
  .status:empty {
    margin: 0;
  }
  .item {
    border-block-end: 1px solid var(--_border);
  }
  .item:first-child {
    border-block-start: 1px solid var(--_border);
  }
  .q {
    margin: 0;
    font-size: 1.125em;
  }
  .q button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.75em 0.25em;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.35;
    text-align: start;
  }
  .q button:hover span:first-child {
    text-decoration: underline;
  }
  .icon {
    flex: none;
    inline-size: var(--sce-icon-size, 0.6em);
    block-size: var(--sce-icon-size, 0.6em);
    margin-block-start: -0.3em;
    border-block-end: 0.15em solid var(--sce-icon-color, currentColor);
    border-inline-end: 0.15em solid var(--sce-icon-color, currentColor);
    rotate: 45deg;
  }
  [aria-expanded='true'] .icon {
    rotate: 225deg;
    margin-block: 0.3em 0;
  }
  .a {
    padding: 0 0.25em 0.5em;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    align-items: baseline;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: rotate 0.12s;
    }
  }
  @media (forced-colors: active) {
    .q button {
      color: ButtonText;
    }
    .icon {
      border-color: ButtonText;
    }
  }
  @media print {
    .a[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .q button {
      display: block !important;
      color: #000;
    }
    .icon {
      display: none;
    }
  }
`;
