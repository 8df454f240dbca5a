import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { headingLevel } from './attributes.js';
import { VERSION } from './define.js';
import { fail, warn } from './log.js';
import { defaultStrings, mergeStrings, type Strings } from './strings.js';
import { baseStyles } from './styles.js';

/**
 * What all three elements share: the version, the UI strings, the heading level, console messages
 * bound to the element's tag, and events that bubble out of shadow roots.
 */
export class ExplainerElement extends LitElement {
  /** The package version, so that two copies of the bundle on one page can be told apart. */
  static version = VERSION;
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    strings: { attribute: false },
  };

  /** Level of the element's headings, 2 to 6, to fit the page's outline. */
  headingLevel: string | number = 3;
  /** Overrides for any UI string (see the strings table in the README). */
  strings?: Partial<Strings> = undefined;

  /** The UI strings in use: the defaults with the editor's valid overrides. */
  protected _text: Strings = defaultStrings;
  /** The heading level in use. */
  protected _level = 3;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this._text = mergeStrings(this.localName, this.strings);
    if (changed.has('headingLevel')) this._level = headingLevel(this.localName, this.headingLevel);
  }

  /** Dispatches an event that bubbles and crosses shadow roots, as native events do. */
  protected _emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  /** A console warning for the editor, naming this element. */
  protected _warn(message: string): void {
    warn(this.localName, message);
  }

  /** A console error for the editor, naming this element. */
  protected _fail(message: string): void {
    fail(this.localName, message);
  }
}
