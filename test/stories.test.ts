// Every story state, rendered by the same markup functions as the stories, passes axe: light and
// dark, and under each clinic theme from Storybook's toolbar.
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { dose, doseStates, faq, faqStates, steps, stepsStates, type State } from '../stories/templates.js';
import { themeVars, themes } from '../stories/themes.js';

type Acting = Parameters<NonNullable<State<unknown>['act']>>[0];

async function renderState<A>(template: (a: A) => TemplateResult, tag: string, state: State<A>, scheme = 'light', theme = 'default') {
  const frame = await fixture(html`<div style=${styleMap(themeVars(scheme, theme))}>${template(state.args)}</div>`);
  const el = frame.querySelector(tag) as Acting;
  await el.updateComplete;
  await state.act?.(el);
  return el;
}

const suites = [
  ['stem-cell-faq', faq, faqStates],
  ['procedure-steps', steps, stepsStates],
  ['dose-note', dose, doseStates],
] as const;

describe('stories', () => {
  for (const [tag, template, states] of suites) {
    describe(`<${tag}>`, () => {
      for (const [name, state] of Object.entries(states)) {
        it(`${name} passes axe in light and dark`, async () => {
          for (const scheme of ['light', 'dark']) {
            const el = await renderState(template as never, tag, state as State<unknown>, scheme);
            expect(el.shadowRoot!.textContent!.trim(), `${name} renders something`).not.to.equal('');
            await expect(el, `${name} (${scheme})`).to.be.accessible();
          }
        });
      }
      for (const theme of Object.keys(themes).filter((t) => t !== 'default')) {
        it(`passes axe in the ${theme} theme, light and dark`, async () => {
          const [first] = Object.values(states);
          for (const scheme of ['light', 'dark']) {
            const el = await renderState(template as never, tag, first as State<unknown>, scheme, theme);
            await expect(el, `${theme} (${scheme})`).to.be.accessible();
          }
        });
      }
    });
  }
});
