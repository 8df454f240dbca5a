import { css } from 'lit';

export const stepsStyles = css`
  .wrap {
    container-type: inline-size;
  }
  .controls {
    display: flex;
    justify-content: end;
    margin-block-end: 0.5em;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: 2.5em minmax(0, 1fr);
    gap: 0.75em;
  }
  /* The line joining one step's number to the next. */
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(1.25em - 1px);
    inset-block: 2.75em calc(-1 * var(--_space) + 0.25em);
    border-inline-start: 2px solid var(--_border);
  }
  .num {
    display: grid;
    place-items: center;
    inline-size: 2.5em;
    block-size: 2.5em;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    color: var(--_accent);
    background: var(--_background);
    font-weight: 700;
  }
  .done .num {
    border-color: var(--_success);
    color: var(--_success);
  }
  .current .num {
    background: var(--_accent);
    color: var(--_background);
  }
  .title {
    margin: 0.35em 0 0.25em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
  }
  .badge {
    display: inline-block;
    margin-block-end: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .done .badge {
    color: var(--_success);
  }
  .current .badge {
    color: var(--_accent);
  }
  .summary {
    margin-block-end: 0.25em;
  }
  .details {
    padding-block-start: 0.5em;
  }
  @container (min-width: 52rem) {
    .steps {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
    .step {
      grid-template-columns: minmax(0, 1fr);
      align-content: start;
    }
    .step:not(:last-child)::after {
      inset-block: calc(1.25em - 1px) auto;
      inset-inline: 2.75em calc(-1 * var(--_space) + 0.25em);
      border-inline-start: 0;
      border-block-start: 2px solid var(--_border);
    }
  }
  @media (forced-colors: active) {
    .num,
    .done .num {
      border-color: CanvasText;
      color: CanvasText;
    }
    .current .num {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .details[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
  }
`;
