import { css } from 'lit';

/** The builder's look: GOV.UK-like fields, visible focus, nothing narrower than a 320 px phone can show. */
export const builderStyles = css`
  :host {
    display: block;
    font: inherit;
    line-height: 1.5;
    max-inline-size: 84rem;
    /* Its own background for its fixed colours, on a dark page (Storybook's dark scheme) too. */
    color: #0b0c0c;
    background: #fff;
  }
  * {
    box-sizing: border-box;
  }
  .cols {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    align-items: start;
  }
  .cols > * {
    min-inline-size: 0;
  }
  h2 {
    font-size: 1.35rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1rem 0 0.25rem;
  }
  section.box,
  fieldset {
    border: 1px solid #6f777b;
    padding: 1rem;
    margin: 0 0 1rem;
    min-inline-size: 0;
  }
  fieldset {
    display: grid;
    gap: 0.75rem;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
  }
  label,
  .label {
    font-weight: 600;
  }
  .check,
  .radio {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    font-weight: 600;
  }
  .check input,
  .radio input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    translate: 0 0.2rem;
  }
  .hint,
  .dev,
  .note {
    display: block;
    font-weight: 400;
    color: #505a5f;
  }
  .dev {
    font-size: 0.875rem;
  }
  .dev code {
    font-size: inherit;
  }
  .note {
    color: #0b0c0c;
    border-inline-start: 4px solid #1d70b8;
    padding-inline-start: 0.5rem;
  }
  /* A bar beside each error (GOV.UK's), which forced colours keep when they take the red away. */
  .error {
    display: block;
    font-weight: 600;
    color: #b10e1e;
    border-inline-start: 4px solid;
    padding-inline-start: 0.5rem;
  }
  .warning {
    display: block;
    font-weight: 600;
    border-inline-start: 4px solid #b10e1e;
    padding-inline-start: 0.5rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    padding: 0.3rem 0.5rem;
    max-inline-size: 100%;
    border: 2px solid #0b0c0c;
    background: #fff;
    color: #0b0c0c;
  }
  /* WebKit counts a field's own scrolled content (a long value or option) as the page's overflow. */
  input,
  select {
    overflow: hidden;
  }
  input[type='file'] {
    border: 0;
    padding: 0;
  }
  select {
    inline-size: 100%;
    min-inline-size: 0;
  }
  textarea {
    min-block-size: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: #b10e1e;
    border-width: 3px;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: #f3f2f1;
    padding: 1rem;
    border: 1px solid #6f777b;
    margin: 0.5rem 0;
    max-block-size: 24rem;
    overflow: auto;
  }
  button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border: 2px solid #0b0c0c;
    background: #f3f2f1;
    color: #0b0c0c;
    cursor: pointer;
  }
  button.primary {
    background: #00703c;
    border-color: #002d18;
    color: #fff;
  }
  button.danger {
    background: #b10e1e;
    border-color: #4a060c;
    color: #fff;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible,
  /* WebKit gives focus to a date field's day, month or year, and the field never matches :focus-visible. */
  input[type='date']:focus-within {
    outline: 3px solid #0b0c0c;
    box-shadow: 0 0 0 6px #ffdd00;
  }
  .item {
    border: 1px solid #b1b4b6;
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .box > .field,
  .box > .row {
    margin-block: 0.75rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  ol.items {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid #0b0c0c;
    margin-block-end: 1rem;
  }
  [role='tab'] {
    border-block-end: 0;
    background: #f3f2f1;
  }
  [role='tab'][aria-selected='true'] {
    background: #fff;
    font-weight: 700;
    box-shadow: inset 0 -4px 0 #1d70b8;
  }
  [role='tab'] .off {
    display: block;
    font-weight: 400;
    font-size: 0.875rem;
  }
  .notice {
    border: 3px solid #1d70b8;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .summary {
    border: 4px solid #b10e1e;
    padding: 1rem;
    margin: 0 0 1rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary a {
    color: #b10e1e;
    font-weight: 600;
  }
  .preview {
    border: 2px dashed #6f777b;
    padding: 0.75rem;
    background: #fff;
  }
  .preview.phone {
    inline-size: min(100%, 360px);
  }
  .preview iframe {
    display: block;
    inline-size: 100%;
    block-size: 20rem;
    border: 0;
  }
  ul.files {
    padding-inline-start: 1.25rem;
  }
  /* A file's integrity hash is one long word: it wraps anywhere, at 320 px too. */
  ul.files li {
    overflow-wrap: anywhere;
  }
  dialog {
    max-inline-size: min(36rem, calc(100vw - 2rem));
    border: 3px solid #0b0c0c;
    padding: 1.25rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  /* The skip link shows when it has focus (GOV.UK's skip link); hidden as .vh otherwise. */
  .skip:focus {
    display: inline-block;
    margin-block-end: 0.5rem;
    padding: 0.5rem;
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
  .vh,
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      outline: 3px solid CanvasText;
    }
  }
`;
