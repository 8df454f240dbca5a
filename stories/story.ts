import type { StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import type { State } from './templates.js';

/** A story for one state: rendered by the shared markup function, then the patient's action as its play. */
export function storyOf<A>(template: (args: A) => TemplateResult, tag: string, state: State<A>): StoryObj<A> {
  return {
    args: state.args,
    render: (args) => template(args),
    play: state.act ? async ({ canvasElement }) => state.act!(canvasElement.querySelector(tag) as never) : undefined,
    // The Docs page shows the state too (a typed weight, an open answer), not only the markup it starts from.
    parameters: state.act ? { docs: { story: { autoplay: true } } } : undefined,
  };
}
