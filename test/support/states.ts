// The stories' states (stories/templates.ts) as element tests: every state, rendered by the same
// markup functions as the stories, passes axe in light and dark, in Hindi, and under each clinic
// theme from Storybook's toolbar. Each element's test file calls storyStates() for its states.
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/index.js';
import '../../src/locales/hi.js';
import type { State } from '../../stories/templates.js';
import { themeVars, themes } from '../../stories/themes.js';

type Acting = Parameters<NonNullable<State<unknown>['act']>>[0];

async function renderState<A>(
  template: (a: A) => TemplateResult,
  tag: string,
  state: State<A>,
  scheme = 'light',
  theme = 'default',
  lang = 'en',
) {
  const frame = await fixture(html`<div lang=${lang} style=${styleMap(themeVars(scheme, theme))}>${template(state.args)}</div>`);
  const el = frame.querySelector(tag) as Acting;
  await el.updateComplete;
  await state.act?.(el);
  return el;
}

/** Registers, inside the calling describe, the story-state tests of one element. */
export function storyStates<A>(tag: string, template: (a: A) => TemplateResult, states: Record<string, State<A>>) {
  describe('every story state', () => {
    for (const [name, state] of Object.entries(states)) {
      it(`${name} passes axe in light and dark`, async () => {
        for (const scheme of ['light', 'dark']) {
          const el = await renderState(template, tag, state, scheme);
          expect(el.shadowRoot!.textContent!.trim(), `${name} renders something`).not.to.equal('');
          await expect(el, `${name} (${scheme})`).to.be.accessible();
        }
      });
    }
    it('passes axe in Hindi in every state', async () => {
      for (const [name, state] of Object.entries(states)) {
        if ((state.args as { lang?: string }).lang) continue; // a state with its own lang keeps it (the nearest lang wins)
        const el = await renderState(template, tag, state, 'light', 'default', 'hi');
        expect(el.shadowRoot!.textContent, `${name} is in Hindi`).to.match(/[\u0900-\u097F]/);
        await expect(el, `${name} (hi)`).to.be.accessible();
      }
    });
    for (const theme of Object.keys(themes).filter((t) => t !== 'default')) {
      it(`passes axe in the ${theme} theme, light and dark`, async () => {
        const [first] = Object.values(states);
        for (const scheme of ['light', 'dark']) {
          const el = await renderState(template, tag, first, scheme, theme);
          await expect(el, `${theme} (${scheme})`).to.be.accessible();
        }
      });
    }
  });
}
