import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/components/procedure-steps/procedure-steps.js';
import type { ProcedureSteps } from '../src/components/procedure-steps/procedure-steps.js';
import { procedureSteps } from '../src/content/procedure.js';
import { stepsList } from '../scripts/fallback-markup.mjs';
import { shadowText, editorMessages } from './helpers.js';
import { canEmulateMedia, itWhere, plainMedia, press, resetMedia } from './support/engine.js';
import { inFrame } from './support/frame.js';
import { printRules } from './support/styles.js';
import { allButton, details, items, titles, toggles } from './support/steps.js';
import { steps, stepsStates } from '../stories/templates.js';
import { storyStates } from './support/states.js';

afterEach(() => resetMedia(plainMedia));

describe('<procedure-steps>', () => {
  storyStates('procedure-steps', steps, stepsStates);

  describe('accessibility', () => {
    it('marks itself as English on a page in a language it has not loaded; around the page’s own steps, its controls and footer', async () => {
      const langIn = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? '';
      const bare = (await fixture(html`<div lang="gu"><procedure-steps></procedure-steps></div>`)).firstElementChild as ProcedureSteps;
      await bare.updateComplete;
      expect([langIn(allButton(bare)), langIn(items(bare)[0])]).to.deep.equal(['en', 'en']);
      const own = (
        await fixture(html`<div lang="gu"><procedure-steps><ol><li><h3>પહેલું</h3><p>ટૂંકમાં.</p><p>વિગત.</p></li></ol></procedure-steps></div>`)
      ).firstElementChild as ProcedureSteps;
      await own.updateComplete;
      expect(titles(own)).to.deep.equal(['Step 1 of 1: પહેલું']);
      expect([langIn(allButton(own)), langIn(items(own)[0]), langIn(own.shadowRoot!.querySelector('[part="footer"]')!)]).to.deep.equal([
        'en',
        '',
        'en',
      ]);
      const english = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      expect(english.shadowRoot!.querySelector('[lang]')).to.equal(null);
    });

    for (const source of ['bone-marrow', 'adipose', 'allogenic']) {
      it(`passes axe for ${source} cells, closed and all open`, async () => {
        const el = await fixture<ProcedureSteps>(html`<procedure-steps source=${source} current="2" dose-link="#dose"></procedure-steps>`);
        await expect(el).to.be.accessible();
        allButton(el).click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`passes axe for ${source} cells all open on a dark page`, async () => {
        const page = await fixture(
          html`<div style="color-scheme: dark"><procedure-steps source=${source} current="2" dose-link="#dose"></procedure-steps></div>`,
        );
        const el = page.querySelector<ProcedureSteps>('procedure-steps')!;
        allButton(el).click();
        await el.updateComplete;
        expect(getComputedStyle(el).backgroundColor, 'the dark colours').to.equal('rgb(27, 29, 33)');
        await expect(el).to.be.accessible();
      });
    }

    it('is a real ordered list whose steps say “Step N of M” to screen readers', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      expect(el.shadowRoot!.querySelector('ol')).to.be.instanceOf(HTMLOListElement);
      expect(items(el)).to.have.length(4);
      expect(titles(el)).to.deep.equal([
        'Step 1 of 4: Collecting your stem cells',
        'Step 2 of 4: Separating the stem cells',
        'Step 3 of 4: Growing the cells',
        'Step 4 of 4: The injection',
      ]);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('role')).to.equal('heading');
      expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent).to.equal('1');
    });

    it('uses the chosen heading level', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps heading-level="4"></procedure-steps>`);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('4');
    });

    it('names each details button after its step, so they can be told apart', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      const [first] = toggles(el);
      expect(first.getAttribute('aria-label')).to.equal('Show details for Collecting your stem cells');
      // The visible label starts the accessible name (WCAG 2.5.3, label in name).
      expect(first.textContent!.trim()).to.equal('Show details');
      first.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-label')).to.equal('Hide details for Collecting your stem cells');
    });
  });

  describe('rendering', () => {
    it('shows the bone marrow procedure by default, with its documented facts', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      const text = shadowText(el);
      for (const fact of [
        'posterior superior iliac spine',
        'local anaesthetic',
        'red blood cells, white blood cells and plasma',
        '(centrifugation)',
        '(filtration)',
        'nutrients and growth factors',
        '2 million stem cells for each kilogram',
        'such as the knee joint',
      ])
        expect(text).to.contain(fact);
    });

    it('collects from fat for the adipose source', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps source="adipose"></procedure-steps>`);
      expect(shadowText(el)).to.contain('fat (adipose tissue)').and.not.contain('iliac spine');
      expect(items(el)).to.have.length(4);
    });

    it('collects nothing from the patient for donor (allogenic) cells', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps source="allogenic"></procedure-steps>`);
      expect(titles(el)[0]).to.equal('Step 1 of 2: Preparing donor cells');
      expect(shadowText(el)).to.contain('free of antibodies').and.contain('not from you').and.not.contain('iliac spine');
    });

    it('marks the current step and earlier ones as done, in text as well as colour', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps current="3"></procedure-steps>`);
      expect(items(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null]);
      expect(items(el).map((li) => li.querySelector('.badge')?.textContent ?? '')).to.deep.equal(['Done', 'Done', 'You are here', '']);
    });

    it('links the culture step to the dose rule when given a dose link', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps dose-link="#dose"></procedure-steps>`);
      const link = details(el, 2).querySelector('a')!;
      expect(link.textContent).to.equal('How many cells are needed');
      expect(link.getAttribute('href')).to.equal('#dose');
    });

    it('shows a horizontal overview when wide and a vertical list when narrow, never scrolling sideways', async () => {
      await setViewport({ width: 1280, height: 800 });
      try {
        const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
        const [a, b] = items(el).map((li) => li.getBoundingClientRect());
        expect(b.top).to.equal(a.top);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
      const frame = await inFrame('<procedure-steps></procedure-steps>', { width: 320 });
      const narrow = frame.doc.querySelector('procedure-steps')!;
      const [c, d] = items(narrow).map((li) => li.getBoundingClientRect());
      expect(d.top).to.be.greaterThan(c.bottom - 1);
      expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
      expect(frame.doc.documentElement.scrollWidth).to.be.at.most(320);
      frame.remove();
    });

    it('starts every line of a button whose label wraps at the line’s start, as the text around it', async () => {
      // A narrow column, as a Tamil label (“எல்லாப் படிகளையும் திறக்கவும்”) at 320 px: the label takes two lines.
      for (const dir of ['ltr', 'rtl']) {
        const page = await fixture(html`<div dir=${dir} style="inline-size: 6rem"><procedure-steps></procedure-steps></div>`);
        const button = allButton(page.querySelector<ProcedureSteps>('procedure-steps')!);
        const range = document.createRange();
        range.selectNodeContents(button);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        expect(new Set(lines.map((r) => Math.round(r.top))).size, `${dir}: the label wraps`).to.be.at.least(2);
        const box = button.getBoundingClientRect();
        const edges = lines.map((r) => (dir === 'ltr' ? r.left - box.left : box.right - r.right));
        for (const edge of edges) expect(edge, `${dir}: each line starts at the button’s start`).to.be.below(1);
      }
    });

    it('has print styles that show every step’s details and hide the buttons', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      const print = printRules(el);
      expect(print).to.match(/\.details\[hidden\][^{]*\{[^}]*display: block !important/);
      expect(print).to.match(/button[^{]*\{[^}]*display: none !important/);
    });

    itWhere(canEmulateMedia, 'no media emulation', 'shows every step’s details when printed', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      await emulateMedia({ media: 'print' });
      for (let i = 0; i < 4; i++) expect(getComputedStyle(details(el, i)).display).to.equal('block');
    });
  });

  describe('keyboard', () => {
    it('opens and closes a step’s details with Enter and Space', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      toggles(el)[1].focus();
      await press('Enter');
      await el.updateComplete;
      expect(toggles(el)[1].getAttribute('aria-expanded')).to.equal('true');
      expect(details(el, 1).checkVisibility()).to.equal(true);
      expect(toggles(el)[1].textContent).to.contain('Hide details');
      await press(' ');
      await el.updateComplete;
      expect(toggles(el)[1].getAttribute('aria-expanded')).to.equal('false');
    });

    it('reaches only buttons and links with Tab, each of which does something', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      allButton(el).focus();
      const reached = [];
      for (let i = 0; i < 4; i++) {
        await press('Tab');
        reached.push(el.shadowRoot!.activeElement);
      }
      expect(reached).to.deep.equal(toggles(el));
    });
  });

  describe('events', () => {
    it('fires steps-toggle with the step number when the patient opens details', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      const next = oneEvent(el, 'steps-toggle');
      toggles(el)[2].click();
      const event = await next;
      expect(event.detail).to.deep.equal({ step: 3, open: true });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('shows and hides all steps, with the label and the state a screen reader hears (aria-expanded, as GOV.UK’s Show all sections) following it', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      expect([allButton(el).textContent!.trim(), allButton(el).getAttribute('aria-expanded')]).to.deep.equal(['Show all steps', 'false']);
      allButton(el).click();
      await el.updateComplete;
      expect(toggles(el).every((t) => t.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect([allButton(el).textContent!.trim(), allButton(el).getAttribute('aria-expanded')]).to.deep.equal(['Hide all steps', 'true']);
    });

    it('opens a step when find-in-page finds text in its details', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      expect(details(el, 0).getAttribute('hidden')).to.equal('until-found');
      details(el, 0).dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(toggles(el)[0].getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('content sources', () => {
    const custom = [
      { id: 'arrive', title: 'Arrive', summary: 'Come to the clinic.', details: ['Bring your letter.'] },
      { id: 'home', title: 'Go home', summary: 'Rest for a day.', details: [{ list: ['No driving', 'Drink water'] }] },
    ];

    it('takes steps from the steps property', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps .steps=${custom}></procedure-steps>`);
      expect(titles(el)).to.deep.equal(['Step 1 of 2: Arrive', 'Step 2 of 2: Go home']);
    });

    it('takes steps from a child JSON script in the shape the content module exports', async () => {
      const json = JSON.stringify(procedureSteps.allogenic);
      const el = await fixture<ProcedureSteps>(html`<procedure-steps><script type="application/json">${json}</script></procedure-steps>`);
      expect(titles(el)[0]).to.equal('Step 1 of 2: Preparing donor cells');
    });

    it('takes over fallback <ol> markup: each item’s heading, summary and details, with lists and safe links', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps current="2">
        <ol>
          <li id="arrive"><h3>Arrive</h3><p>Come to the <a href="/map">clinic</a>.</p><p>Bring your letter.</p><ul><li>Free parking</li><li><a href="javascript:alert(1)">Call us</a></li></ul></li>
          <li><h4>Go home</h4><p>Rest for a day.</p><p>Ask <a href="tel:+441234">the nurse</a> if in doubt.</p></li>
        </ol>
      </procedure-steps>`);
      expect(titles(el)).to.deep.equal(['Step 1 of 2: Arrive', 'Step 2 of 2: Go home']);
      expect(shadowText(el)).to.contain('Come to the clinic.').and.contain('You are here');
      allButton(el).click();
      await el.updateComplete;
      expect(details(el, 0).textContent!.replace(/\s+/g, ' '))
        .to.contain('Bring your letter.')
        .and.contain('Free parking')
        .and.contain('Call us');
      expect(details(el, 0).querySelector('a')).to.equal(null); // the javascript: link is kept as text only
      expect(details(el, 1).querySelector('a[href="tel:+441234"]')!.textContent).to.equal('the nurse');
    });

    it('reads its snippet’s own <ol> back as the bundled steps, the dose link included', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps dose-link="#dose"></procedure-steps>`);
      const bundled = shadowText(el);
      const list = document.createElement('div');
      list.append(document.createRange().createContextualFragment(stepsList(procedureSteps['bone-marrow'])));
      const fromMarkup = await fixture<ProcedureSteps>(html`<procedure-steps dose-link="#dose">${[...list.childNodes]}</procedure-steps>`);
      expect(shadowText(fromMarkup)).to.equal(bundled);
      expect(fromMarkup.shadowRoot!.querySelector('a[href="#dose"]')).to.be.instanceOf(HTMLAnchorElement);
    });

    it('reads back the <ol> every road writes with the dose link in the culture step (for readers without the script) as the bundled steps, drawing the link once', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps dose-link="#dose"></procedure-steps>`);
      const list = document.createElement('div');
      const doseLink = { href: '#dose', text: 'How many cells are needed' };
      list.append(document.createRange().createContextualFragment(stepsList(procedureSteps['bone-marrow'], undefined, { doseLink })));
      // Without the script, the reader finds the link where the element shows it: after the culture step's details.
      const culture = list.querySelector('li#culture')!;
      expect(culture.lastElementChild!.textContent).to.equal('How many cells are needed');
      expect(culture.lastElementChild!.querySelector('a')!.getAttribute('href')).to.equal('#dose');
      expect(list.querySelectorAll('a[href="#dose"]')).to.have.length(1);
      const fromMarkup = await fixture<ProcedureSteps>(html`<procedure-steps dose-link="#dose">${[...list.childNodes]}</procedure-steps>`);
      expect(shadowText(fromMarkup)).to.equal(shadowText(el));
      expect(fromMarkup.shadowRoot!.querySelectorAll('a[href="#dose"]')).to.have.length(1);
      expect(shadowText(fromMarkup)).to.contain('Content version');
    });

    it('reads back the <ol> every road writes for a patient’s step (“Done”, “You are here” under the headings) as the bundled steps, drawing its own marks', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps current="3"></procedure-steps>`);
      const marks = { current: 3, done: 'Done', here: 'You are here' };
      const list = document.createElement('div');
      list.append(document.createRange().createContextualFragment(stepsList(procedureSteps['bone-marrow'], undefined, { marks })));
      expect([...list.querySelectorAll('li')].map((li) => li.querySelector('[data-step-state]')?.textContent ?? '')).to.deep.equal([
        'Done',
        'Done',
        'You are here',
        '',
      ]);
      const fromMarkup = await fixture<ProcedureSteps>(html`<procedure-steps current="3">${[...list.childNodes]}</procedure-steps>`);
      expect(titles(fromMarkup)).to.deep.equal(titles(el));
      expect(shadowText(fromMarkup)).to.equal(shadowText(el));
      expect(items(fromMarkup).map((li) => li.querySelector('.badge')?.textContent ?? '')).to.deep.equal([
        'Done',
        'Done',
        'You are here',
        '',
      ]);
      expect(shadowText(fromMarkup)).to.contain('Content version');
    });

    it('draws the dose link in a second steps block’s culture step too (“culture-2”, as the WordPress plugin writes it), once', async () => {
      const second = procedureSteps['bone-marrow'].map((step) => ({ ...step, id: `${step.id}-2` }));
      const list = document.createElement('div');
      list.append(
        document
          .createRange()
          .createContextualFragment(stepsList(second, undefined, { doseLink: { href: '#dose', text: 'How many cells are needed' } })),
      );
      expect(list.querySelectorAll('li#culture-2 > [data-step-dose] > a[href="#dose"]')).to.have.length(1);
      const fromMarkup = await fixture<ProcedureSteps>(html`<procedure-steps dose-link="#dose">${[...list.childNodes]}</procedure-steps>`);
      expect(fromMarkup.shadowRoot!.querySelectorAll('a[href="#dose"]')).to.have.length(1);
      expect(shadowText(fromMarkup)).to.contain('Content version');
    });

    it('reads a second steps block’s <ol>, its ids made unique on the page (“-2”, as the WordPress plugin writes them), as the bundled steps, the version named', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps></procedure-steps>`);
      const second = procedureSteps['bone-marrow'].map((step) => ({ ...step, id: `${step.id}-2` }));
      const list = document.createElement('div');
      list.append(document.createRange().createContextualFragment(stepsList(second)));
      const fromMarkup = await fixture<ProcedureSteps>(html`<procedure-steps>${[...list.childNodes]}</procedure-steps>`);
      expect(shadowText(fromMarkup)).to.equal(shadowText(el));
      expect(shadowText(fromMarkup)).to.contain('Content version');
    });
  });

  describe('bad input', () => {
    const { errors, warnings } = editorMessages();

    it('falls back to bone marrow for an unknown source, naming the allowed values', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps source="stem"></procedure-steps>`);
      expect(shadowText(el)).to.contain('posterior superior iliac spine');
      expect(warnings.messages[0]).to.contain('source="stem" is not known; use bone-marrow, adipose, allogenic');
    });

    it('ignores an out-of-range or non-numeric current step with a warning', async () => {
      for (const current of ['9', 'two', '0', '1.5']) {
        const el = await fixture<ProcedureSteps>(html`<procedure-steps current=${current}></procedure-steps>`);
        expect(el.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      }
      expect(warnings.messages).to.have.length(4);
      expect(warnings.messages[0]).to.contain('current="9" is not allowed; use a whole number from 1 to 4');
    });

    it('ignores an unsafe dose link with a warning', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps dose-link="javascript:alert(1)"></procedure-steps>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(warnings.messages[0]).to.contain('dose-link="javascript:alert(1)" is not a web address');
    });

    it('skips bad steps naming the field, and falls back to the bundled steps when none is valid', async () => {
      const el = await fixture<ProcedureSteps>(
        html`<procedure-steps .steps=${[
          { id: 'a', title: 'A', summary: 'S', details: [] },
          { id: 'b', title: 'B', summary: 'S', details: ['ok'] },
        ]}></procedure-steps>`,
      );
      expect(titles(el)).to.deep.equal(['Step 1 of 1: B']);
      expect(errors.messages[0]).to.contain('<procedure-steps>: entry 1 ("a"): "details" must be a non-empty array');
      const none = await fixture<ProcedureSteps>(
        html`<procedure-steps><script type="application/json">{"not": "a list"}</script></procedure-steps>`,
      );
      expect(items(none)).to.have.length(4);
      expect(errors.messages[1]).to.contain('content must be an array of entries; got object. Showing the bundled content.');
    });

    it('shows markup in step text literally', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<ProcedureSteps>(
        html`<procedure-steps .steps=${[{ id: 'x', title: evil, summary: evil, details: [evil] }]}></procedure-steps>`,
      );
      expect(titles(el)[0]).to.equal(`Step 1 of 1: ${evil}`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });
});
