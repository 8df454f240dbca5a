// The embed builder (issue #18), as an editor uses it: set an element up, write own content, pick
// where it is pasted, copy, and paste the output into a fresh page that must show exactly that.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../builder/embed-builder.js';
import type { EmbedBuilder } from '../builder/embed-builder.js';
import { cdnBase } from '../scripts/embed-snippet.mjs';
import pkg from '../package.json';
import { press, typeText } from './support/engine.js';
import { framedPage, inFrame } from './support/frame.js';
import { textOf } from './support/queries.js';
import { kses } from './support/kses.mjs';

/** From the build (scripts/build-data.mjs). */
const { integrity } = __BUILD_DATA__;

const root = (b: EmbedBuilder) => b.shadowRoot!;
const settle = async (b: EmbedBuilder) => {
  await b.updateComplete;
  await waitUntil(() => preview(b)?.shadowRoot?.textContent, 'the preview is rendered');
  await b.updateComplete;
};
/** The control whose label starts with `name` (labels also hold their hint). */
function field<T extends HTMLElement = HTMLInputElement>(b: EmbedBuilder, name: string): T {
  const label = [...root(b).querySelectorAll('label')].find((l) => textOf(l).startsWith(name));
  const control = label?.control;
  if (!control) throw new Error(`no field labelled ${name}`);
  return control as T;
}
const buttonNamed = (b: EmbedBuilder, name: string) =>
  [...root(b).querySelectorAll('button')].find((x) => (x.getAttribute('aria-label') ?? textOf(x)) === name)!;
async function fill(b: EmbedBuilder, name: string, value: string) {
  const f = field(b, name);
  f.value = value;
  f.dispatchEvent(new Event(f.localName === 'select' ? 'change' : 'input'));
  await settle(b);
}
async function check(b: EmbedBuilder, name: string) {
  field(b, name).click();
  await settle(b);
}
async function click(b: EmbedBuilder, name: string) {
  buttonNamed(b, name).click();
  await settle(b);
}
async function pasteInto(b: EmbedBuilder, form: string) {
  const radio = [...root(b).querySelectorAll<HTMLInputElement>('input[name="form"]')].find((r) =>
    textOf(r.parentElement).startsWith(form),
  )!;
  radio.click();
  await settle(b);
}
/** Each output's heading and code, as shown. */
const outputs = (b: EmbedBuilder) =>
  Object.fromEntries(
    [...root(b).querySelectorAll('section')].map((s) => [textOf(s.querySelector('h2')), s.querySelector('code')!.textContent!]),
  );
const preview = (b: EmbedBuilder) => root(b).querySelector('#preview')!.firstElementChild as HTMLElement | null;
const questionNames = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role="heading"] > button')].map((q) => textOf(q));

/** Copies an output with the clipboard stubbed; gives what was written and what the status says. */
async function copyOutput(b: EmbedBuilder, heading: string, writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  try {
    const button = buttonNamed(b, `Copy: ${heading}`);
    const status = button.nextElementSibling!;
    button.click();
    await waitUntil(() => status.textContent, 'the copy result is shown');
    return status;
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

/**
 * The CDN address in an output, pointed at this build's own files, served byte for byte (the
 * `/cdn-raw/` route in web-test-runner.config.mjs), so the browser checks each integrity as it would
 * from the CDN. Each is also compared with dist/cdn/integrity.json.
 */
function local(code: string) {
  const checked = [...code.matchAll(/(?:src|href)="[^"]+\/([\w.-]+\.js)" integrity="([^"]+)"/g)];
  expect(checked, 'every file has its integrity').to.not.deep.equal([]);
  for (const [, file, hash] of checked) expect(hash).to.equal((integrity as Record<string, string>)[file]);
  return code.replaceAll(cdnBase(pkg.version), '/cdn-raw/');
}

/** A fresh page holding `head` and `body`, with axe inside it. */
async function page(head: string, body: string) {
  const { doc, win, remove } = await framedPage<
    Window & typeof globalThis & { axe: { run: (n: Node) => Promise<{ violations: { id: string }[] }> } }
  >(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>${head}
    <script src="/node_modules/axe-core/axe.min.js"></script></head><body><main><h1>Riverside Joint Clinic</h1><h2>For patients</h2>${body}</main></body></html>`,
    { title: 'pasted page' },
  );
  return {
    doc,
    win,
    async element<T extends Element>(tag: string) {
      await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.textContent, `<${tag}> is upgraded in the pasted page`, {
        timeout: 10_000,
      });
      await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return doc.querySelector(tag) as T;
    },
    async violations() {
      return (await win.axe.run(doc)).violations.map((v) => v.id);
    },
    remove,
  };
}

/** Presses Enter on a control inside a pasted page, as a keyboard user does. */
async function pressOn(win: Window, control: HTMLElement, key: 'Enter' | 'Space' = 'Enter') {
  win.focus();
  control.focus();
  await press(key);
}

describe('the embed builder', () => {
  describe('an FAQ with two questions of the clinic’s own', () => {
    let b: EmbedBuilder;
    beforeEach(async () => {
      b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
      await settle(b);
      await click(b, 'Start empty');
      await click(b, 'Add a question');
      await fill(b, 'Question 1', 'Where can I park?');
      await fill(b, 'Answer to question 1', 'Use the [clinic car park](/map). It is free.\n\n- Open 7am to 7pm\n- Ask at reception');
      await click(b, 'Add a question');
      await fill(b, 'Question 2', 'Can I bring someone?');
      await fill(b, 'Answer to question 2', 'Yes, one person.');
      await check(b, 'search');
    });

    it('shows exactly those questions in the live preview', async () => {
      expect(preview(b)!.localName).to.equal('stem-cell-faq');
      expect(questionNames(preview(b)!)).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
      expect(textOf(preview(b)!.shadowRoot!.querySelector('label'))).to.equal('Search questions');
    });

    it('gives a page that allows scripts the FAQ’s own file, its shared chunks preloaded, and the element with its questions, which work pasted into a page', async () => {
      await pasteInto(b, 'A page that allows scripts');
      const code = outputs(b)['Embed code'];
      const cdn = 'https:\\/\\/cdn\\.jsdelivr\\.net\\/npm\\/stem-cell-explainers@[^"]+\\/dist\\/cdn\\/';
      expect(code).to.match(
        new RegExp(`^(<link rel="modulepreload" href="${cdn}shared-[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous">\\n)+`),
      );
      expect(code).to.match(
        new RegExp(
          `\\n<script type="module" src="${cdn}stem-cell-faq\\.js" integrity="sha384-[^"]+" crossorigin="anonymous"></script>\\n<stem-cell-faq`,
        ),
      );
      expect(code).to.contain('<stem-cell-faq search>\n<details id="where-can-i-park"><summary>Where can I park?</summary>');
      expect(code)
        .to.contain('<a href="/map">clinic car park</a>')
        .and.contain('<ul><li>Open 7am to 7pm</li><li>Ask at reception</li></ul>');

      let copied = '';
      const status = await copyOutput(b, 'Embed code', async (text) => void (copied = text));
      expect(copied).to.equal(code);
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('Copied');

      const p = await page('', local(copied));
      try {
        const faq = await p.element('stem-cell-faq');
        expect(questionNames(faq)).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
        const first = faq.shadowRoot!.querySelector<HTMLButtonElement>('[role="heading"] > button')!;
        await pressOn(p.win, first);
        await waitUntil(() => first.getAttribute('aria-expanded') === 'true', 'Enter opens the question');
        const answer = faq.shadowRoot!.getElementById(first.getAttribute('aria-controls')!)!;
        expect(textOf(answer)).to.contain('Use the clinic car park. It is free.').and.contain('Ask at reception');
        expect(answer.querySelector('a')!.getAttribute('href')).to.equal('/map');
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });

    it('gives an editor that strips scripts a placeholder and the site-wide tag, which survive a WordPress Author’s sanitizer', async () => {
      await pasteInto(b, 'WordPress as an Author or Contributor');
      const out = outputs(b);
      const placeholder = out['Embed code for the page'];
      expect(placeholder).to.match(/^<div data-stem-cell="faq" data-search>\n<details id="where-can-i-park">/);
      expect(out['Site-wide script, added once by an Administrator']).to.match(
        /^<script src="[^"]+stem-cell-explainers\.iife\.js" integrity="sha384-/,
      );
      expect(textOf(root(b).querySelector('section:nth-of-type(2) p'))).to.contain('Appearance → Editor → Template Parts → Header');

      const p = await page(local(out['Site-wide script, added once by an Administrator']), kses(placeholder));
      try {
        const faq = await p.element('stem-cell-faq');
        expect(questionNames(faq)).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
        expect(faq.shadowRoot!.querySelector('input[type="search"]')).to.be.instanceOf(p.win.HTMLInputElement);
        const second = faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="heading"] > button')[1];
        await pressOn(p.win, second, 'Space');
        await waitUntil(() => second.getAttribute('aria-expanded') === 'true', 'Space opens the question');
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });

    it('gives the plugin a block and a shortcode with the plugin’s own names, carrying the questions', async () => {
      await pasteInto(b, 'WordPress with the stem-cell-explainers plugin');
      const out = outputs(b);
      const block = /^<!-- wp:stem-cell-explainers\/faq (\{.*\}) \/-->$/.exec(out.Block)!;
      expect(JSON.parse(block[1])).to.deep.equal({
        search: true,
        entries: [
          {
            question: 'Where can I park?',
            answer:
              '<p>Use the <a href="/map">clinic car park</a>. It is free.</p><ul><li>Open 7am to 7pm</li><li>Ask at reception</li></ul>',
          },
          { question: 'Can I bring someone?', answer: '<p>Yes, one person.</p>' },
        ],
        bundled: false,
      });
      expect(out.Shortcode).to.match(
        /^\[stem_cell_faq search="true" bundled="false"\]\n<details id="where-can-i-park"><summary>Where can I park\?<\/summary>/,
      );
      expect(out.Shortcode).to.match(/<\/details>\n\[\/stem_cell_faq\]$/);
    });

    it('gives a developer the npm import and the questions as the items property', async () => {
      await pasteInto(b, 'A developer’s app');
      const out = outputs(b);
      expect(out.Markup).to.equal('<stem-cell-faq search></stem-cell-faq>');
      expect(out.JavaScript).to.match(
        /^import 'stem-cell-explainers';\n\nconst faq = document\.querySelector\('stem-cell-faq'\);\nfaq\.items = /,
      );
      const items = JSON.parse(out.JavaScript.slice(out.JavaScript.indexOf('items = ') + 8, -1));
      expect(items.map((e: { question: string }) => e.question)).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
    });

    it('selects the code and says to select and copy it when the clipboard is refused', async () => {
      const status = await copyOutput(b, 'Embed code', () => Promise.reject(new Error('denied')));
      expect(status.textContent).to.contain('select and copy it');
      expect(getSelection()!.toString()).to.contain('<stem-cell-faq search>');
    });
  });

  it('keeps an editor’s markup as text and an unsafe link as text, saying why', async () => {
    const b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
    await settle(b);
    await click(b, 'Start empty');
    await click(b, 'Add a question');
    await fill(b, 'Question 1', '<img src=x onerror=alert(1)> "quoted"?');
    await fill(b, 'Answer to question 1', 'Call [us](javascript:alert(1)) <script>alert(2)</script>');
    const code = outputs(b)['Embed code'];
    expect(code).to.contain('<summary>&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;?</summary>');
    expect(code).to.contain('<p>Call us &lt;script&gt;alert(2)&lt;/script&gt;</p>');
    expect(code).not.to.contain('javascript:');
    expect(textOf(root(b).querySelector('ul.error'))).to.contain(
      'The link “us” goes to “javascript:alert(1)”, which is not an http(s), mailto, tel or relative address; it is kept as text.',
    );
  });

  it('builds the clinic’s own steps with a current step, readable after a WordPress Author’s sanitizer', async () => {
    const b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
    await settle(b);
    await fill(b, 'Element', 'procedure-steps');
    await click(b, 'Start empty');
    for (const [n, title, summary, details] of [
      ['1', 'Arrive', 'Come to the clinic.', 'Bring your letter.\n\n- Free parking'],
      ['2', 'Go home', 'Rest for a day.', 'Ask [the nurse](tel:+441234567890) if in doubt.'],
    ]) {
      await click(b, 'Add a step');
      await fill(b, `Title of step ${n}`, title);
      await fill(b, `Summary of step ${n}`, summary);
      await fill(b, `Details of step ${n}`, details);
    }
    expect([...field<HTMLSelectElement>(b, 'current').options].map((o) => o.text)).to.deep.equal(['None', 'Step 1 of 2', 'Step 2 of 2']);
    await fill(b, 'current', '2');
    await fill(b, 'heading-level', '2');
    const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('li [role="heading"]')].map((t) => textOf(t));
    expect(titles(preview(b)!)).to.deep.equal(['Step 1 of 2: Arrive', 'Step 2 of 2: Go home']);

    await pasteInto(b, 'WordPress as an Author or Contributor');
    const out = outputs(b);
    expect(out['Embed code for the page']).to.match(
      /^<div data-stem-cell="steps" data-current="2" data-heading-level="2">\n<ol>\n<li id="arrive"><h2>Arrive<\/h2>/,
    );
    const p = await page(local(out['Site-wide script, added once by an Administrator']), kses(out['Embed code for the page']));
    try {
      const steps = await p.element('procedure-steps');
      expect(titles(steps)).to.deep.equal(['Step 1 of 2: Arrive', 'Step 2 of 2: Go home']);
      expect(steps.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain('Go home');
      const toggle = steps.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')[1];
      await pressOn(p.win, toggle);
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'Enter opens the step’s details');
      expect(steps.shadowRoot!.querySelector('a[href="tel:+441234567890"]')!.textContent).to.equal('the nurse');
      expect(await p.violations()).to.deep.equal([]);
    } finally {
      p.remove();
    }
  });

  it('builds a dose note with a calculator in pounds that works pasted into a page', async () => {
    const b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
    await settle(b);
    await fill(b, 'Element', 'dose-note');
    await check(b, 'calculator');
    const lb = [...root(b).querySelectorAll<HTMLInputElement>('input[name="unit"]')].find((r) => r.value === 'lb')!;
    lb.click();
    await settle(b);
    expect([field(b, 'weight').min, field(b, 'weight').max]).to.deep.equal(['67', '661']);
    await fill(b, 'weight', '154');
    const code = outputs(b)['Embed code'];
    expect(code).to.match(/\n<dose-note calculator unit="lb" weight="154"><\/dose-note>$/);
    const p = await page('', local(code));
    try {
      const dose = await p.element('dose-note');
      expect(textOf(dose.shadowRoot!.querySelector('[part="result"]'))).to.contain(
        'By this rule, for 154 lb (69.9 kg): at least 139.8 million cells',
      );
      expect(await p.violations()).to.deep.equal([]);
    } finally {
      p.remove();
    }
  });

  it('shows the element’s own message beside a value it does not allow', async () => {
    const b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
    await settle(b);
    await fill(b, 'Element', 'dose-note');
    await fill(b, 'weight', '20');
    const weight = field(b, 'weight');
    expect(weight.getAttribute('aria-invalid')).to.equal('true');
    const message = root(b).getElementById(weight.getAttribute('aria-describedby')!.split(' ')[1])!;
    expect(textOf(message)).to.equal('weight="20" is not allowed; use a number from 30 to 300 (kg). It is ignored.');
  });

  describe('the builder page itself', () => {
    it('passes axe', async () => {
      const b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
      await settle(b);
      await expect(b).to.be.accessible();
    });

    it('adds, fills and moves a question with the keyboard alone, saying what happened', async () => {
      const b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
      await settle(b);
      buttonNamed(b, 'Start empty').focus();
      await press('Enter');
      await settle(b);
      expect(root(b).activeElement).to.equal(buttonNamed(b, 'Add a question'));
      for (const [question, answer] of [
        ['Is it painful?', 'A little.'],
        ['How long does it take?', 'About an hour.'],
      ]) {
        await press('Enter'); // on "Add a question": the new question's field takes focus
        await b.updateComplete;
        await typeText(question);
        await press('Tab');
        await typeText(answer);
        await settle(b);
        buttonNamed(b, 'Add a question').focus();
      }
      expect(questionNames(preview(b)!)).to.deep.equal(['Is it painful?', 'How long does it take?']);
      buttonNamed(b, 'Move question 2 up').focus();
      await press('Enter');
      await settle(b);
      expect(questionNames(preview(b)!)).to.deep.equal(['How long does it take?', 'Is it painful?']);
      expect(textOf(root(b).activeElement)).to.equal('Move question 1 down');
      expect(textOf(root(b).querySelector('div[role="status"]'))).to.equal('Moved to position 1 of 2');
    });

    it('fits a 320 px screen without sideways scrolling', async () => {
      const f = await inFrame('<script type="module" src="/builder/embed-builder.ts"></script><sce-embed-builder></sce-embed-builder>', {
        width: 320,
      });
      try {
        await waitUntil(
          () => f.doc.querySelector('sce-embed-builder')?.shadowRoot?.querySelector('#preview stem-cell-faq'),
          'the builder renders',
        );
        const builder = f.doc.querySelector('sce-embed-builder')!;
        expect(f.doc.documentElement.scrollWidth).to.be.at.most(320);
        expect(builder.shadowRoot!.querySelector('pre')!.getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        f.remove();
      }
    });
  });
});
