import { css } from 'lit';

export const doseStyles = css`
  :host {
    padding: 0;
    background: none !important;
  }
  .callout {
    padding: var(--_space);
    border: 1px solid var(--_callout-border);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_callout);
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .footer {
    margin-block: 0.75em 0;
  }
  .calc {
    margin-block: var(--_space);
    padding: var(--_space);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_background);
  }
  label {
    font-weight: 700;
  }
  .hint {
    margin: 0 0 0.25em;
    color: var(--_muted);
  }
  .error {
    margin: 0 0 0.25em;
    color: var(--_error);
    font-weight: 700;
  }
  .invalid {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_error);
  }
  /* The unit's label stays with its choice: on a narrow screen both go under the weight, never the label alone. */
  .row,
  .unit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  input,
  select {
    min-block-size: 2.75em;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_background);
  }
  input {
    inline-size: 7em;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .unit-label {
    font-weight: 400;
  }
  .result {
    margin: 0.75em 0 0;
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_accent);
  }
  .result:empty {
    display: none;
  }
  /* Red is gone: an error is its bold words and the bar beside the field, in the text's colour (Mark, the
     yellow of marked text, stood at 1.1:1 on a white page). */
  @media (forced-colors: active) {
    .callout,
    .invalid {
      border-color: CanvasText;
    }
  }
`;
