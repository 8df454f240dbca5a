import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/dose-note/dose-note.js';
import { parseWeight, type DoseNote } from '../src/components/dose-note/dose-note.js';
import { captureConsole, shadowText } from './helpers.js';
import { canEmulateMedia, emulateForcedColors, itWhere, plainMedia, press, resetMedia } from './support/engine.js';
import { contrast } from './support/styles.js';
import { framedPage, inFrame } from './support/frame.js';
import { languages } from '../scripts/languages.mjs';
import { chooseUnit, error, input, liveRegion, result, typeWeight, unit } from './support/dose.js';
import { dose, doseStates } from '../stories/templates.js';
import { storyStates } from './support/states.js';

describe('<dose-note>', () => {
  storyStates('dose-note', dose, doseStates);

  describe('accessibility', () => {
    it('marks its words as English on a page in a language it has not loaded', async () => {
      const el = (await fixture(html`<div lang="gu"><dose-note calculator></dose-note></div>`)).firstElementChild as DoseNote;
      await el.updateComplete;
      expect(input(el).closest('[lang]')?.getAttribute('lang')).to.equal('en');
      const english = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      expect(english.shadowRoot!.querySelector('[lang]')).to.equal(null);
    });

    it('passes axe as a note, and with the calculator empty, valid, in lb and in each error', async () => {
      const note = await fixture<DoseNote>(html`<dose-note></dose-note>`);
      await expect(note).to.be.accessible();
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      await expect(el).to.be.accessible();
      await typeWeight(el, '70');
      await expect(el).to.be.accessible();
      await chooseUnit(el, 'lb');
      await typeWeight(el, '154');
      await expect(el).to.be.accessible();
      for (const bad of ['', 'abc', '1e3', '7.0.5', '0', '-4', '400']) {
        await typeWeight(el, bad);
        await expect(el, bad).to.be.accessible();
      }
    });

    it('passes axe on a dark page, with a result and with an error', async () => {
      const page = await fixture(html`<div style="color-scheme: dark"><dose-note calculator></dose-note></div>`);
      const el = page.querySelector<DoseNote>('dose-note')!;
      const callout = el.shadowRoot!.querySelector('[part="callout"]')!;
      expect(getComputedStyle(callout).backgroundColor, 'the dark colours').to.equal('rgb(59, 53, 32)');
      await typeWeight(el, '70');
      await expect(el).to.be.accessible();
      await typeWeight(el, 'abc');
      await expect(el).to.be.accessible();
    });

    itWhere(
      canEmulateMedia,
      'no media emulation',
      'marks a weight error in forced-colours mode with a bar and a border that stand out from the page',
      async () => {
        const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
        await typeWeight(el, 'abc');
        await emulateForcedColors('active');
        try {
          const page = getComputedStyle(el.shadowRoot!.querySelector('[part="calculator"]')!).backgroundColor;
          const bar = getComputedStyle(el.shadowRoot!.querySelector('.invalid')!).borderInlineStartColor;
          expect(contrast(bar, page), `the bar, ${bar} on ${page}`).to.be.at.least(3);
          const border = getComputedStyle(input(el)).borderTopColor;
          expect(contrast(border, page), `the field's border, ${border} on ${page}`).to.be.at.least(3);
        } finally {
          await resetMedia(plainMedia);
        }
      },
    );

    it('is a callout with a heading of the chosen level and a hidden “Important:” prefix', async () => {
      const el = await fixture<DoseNote>(html`<dose-note heading-level="2"></dose-note>`);
      const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(heading.textContent!.trim()).to.equal('Important: How many stem cells are needed');
      expect(heading.querySelector('.vh')!.textContent).to.equal('Important: ');
      expect(heading.querySelector('.vh')!.checkVisibility()).to.equal(true);
      expect(heading.querySelector('.vh')!.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('labels the weight input visibly with “weight” and describes it by its hint', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      const label = el.shadowRoot!.querySelector(`label[for="${input(el).id}"]`)!;
      expect(label.textContent).to.match(/weight/i);
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint');
      expect(input(el).getAttribute('inputmode')).to.equal('decimal');
    });
  });

  describe('rendering', () => {
    it('states the rule, what it means, and that the doctor decides', async () => {
      const el = await fixture<DoseNote>(html`<dose-note></dose-note>`);
      expect(shadowText(el))
        .to.contain('Typically, 2 million stem cells for each kilogram (kg) of body weight is seen as the bare minimum')
        .and.contain('the more you weigh, the more cells you need')
        .and.contain('This figure is not a prescription. Your doctor decides your dose.');
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    });

    it('shows the figure for a preset weight without the calculator', async () => {
      const el = await fixture<DoseNote>(html`<dose-note weight="70"></dose-note>`);
      expect(result(el)).to.equal('By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.');
    });

    it('starts the calculator from preset weight and unit attributes', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator weight="154" unit="lb"></dose-note>`);
      expect(input(el).value).to.equal('154');
      expect(unit(el).value).to.equal('lb');
      expect(result(el)).to.equal('By this rule, for 154 lb (69.9 kg): at least 139.8 million cells. This is not a personal dose.');
    });

    it('writes big numbers the Indian way for en-IN', async () => {
      const el = await fixture<DoseNote>(html`<div lang="en-IN"><dose-note weight="70"></dose-note></div>`);
      const note = el.querySelector('dose-note')!;
      expect(result(note)).to.equal('By this rule, for 70 kg: at least 14 crore cells. This is not a personal dose.');
      expect(shadowText(note)).to.contain('Typically, 20 lakh stem cells for each kilogram');
    });

    it('reflows without horizontal scrolling at 320 px wide', async () => {
      const frame = await inFrame('<dose-note calculator weight="70"></dose-note>', { width: 320 });
      const el = frame.doc.querySelector('dose-note')!;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(frame.doc.documentElement.scrollWidth).to.be.at.most(320);
      frame.remove();
    });
  });

  describe('layout in every language', () => {
    // "किलो या पाउंड" beside the weight box read as the weight's unit, with the choice it names alone underneath.
    for (const lang of ['en', ...languages.map((l) => l.lang)])
      it(`keeps the unit’s label with its choice at 320 and 360 px, in ${lang}: beside it or just above it, never beside the weight alone`, async () => {
        for (const width of [320, 360]) {
          const { doc, win, remove } = await framedPage(
            `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module">
            import '/src/index.ts';${lang === 'en' ? '' : ` import '/src/locales/${lang}.ts';`}</script></head>
            <body style="margin:0"><dose-note calculator lang="${lang}"></dose-note></body></html>`,
            { title: `the calculator in ${lang}`, width },
          );
          try {
            await waitUntil(() => win.customElements.get('dose-note'), 'the element is defined', { timeout: 10_000 });
            const el = doc.querySelector('dose-note')!;
            await el.updateComplete;
            const [field, label, choice] = ['#weight', '.unit-label', '#unit'].map((s) =>
              el.shadowRoot!.querySelector(s)!.getBoundingClientRect(),
            );
            const middle = (r: DOMRect) => r.top + r.height / 2;
            const beside = Math.abs(middle(label) - middle(choice)) < 4 && label.right <= choice.left;
            const above = label.bottom <= choice.top + 1 && Math.abs(label.left - choice.left) < 2;
            expect(
              beside || above,
              `${width} px: the label at ${label.left},${label.top}, its choice at ${choice.left},${choice.top}`,
            ).to.equal(true);
            expect(
              Math.abs(middle(label) - middle(field)) < 4 && !(Math.abs(middle(choice) - middle(field)) < 4),
              `${width} px: the label beside the weight alone`,
            ).to.equal(false);
          } finally {
            remove();
          }
        }
      });
  });

  describe('calculation', () => {
    it('updates the result as the patient types: 70 kg is at least 140 million cells', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      expect(result(el)).to.equal('Enter your weight to see what this rule gives.');
      await typeWeight(el, '70');
      expect(result(el)).to.equal('By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('reads a comma and a point as the same decimal separator', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      await typeWeight(el, '70,5');
      expect(result(el)).to.equal('By this rule, for 70.5 kg: at least 141 million cells. This is not a personal dose.');
      await typeWeight(el, '70.5');
      expect(result(el)).to.equal('By this rule, for 70.5 kg: at least 141 million cells. This is not a personal dose.');
    });

    it('converts pounds and rounds up, since the rule is a minimum', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      await chooseUnit(el, 'lb');
      await typeWeight(el, '150');
      // 150 lb = 68.04 kg, shown rounded up as 68.1 kg; 68.1 × 2 million = 136.2 million
      expect(result(el)).to.equal('By this rule, for 150 lb (68.1 kg): at least 136.2 million cells. This is not a personal dose.');
    });

    it('shows a sum the patient can redo: the kg on screen times the rule gives the figure on screen', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator cells-per-kg="2500000"></dose-note>`);
      for (const [unit, typed] of <['kg' | 'lb', string][]>[
        ['lb', '150'],
        ['lb', '203'],
        ['kg', '70.25'],
        ['kg', '64.02'],
      ]) {
        await chooseUnit(el, unit);
        await typeWeight(el, typed);
        const [, kg, millions] = /\(?([\d.]+) kg\)?: at least ([\d.]+) million/.exec(result(el))!;
        // Recomputed as a patient would, to the tenth of a million shown; never below the exact minimum.
        expect(Number(millions), result(el)).to.equal(Math.round(Number(kg) * 2.5 * 10) / 10);
        const exact = (unit === 'lb' ? Number(typed) * 0.45359237 : Number(typed)) * 2.5;
        expect(Number(millions), result(el)).to.be.at.least(exact);
      }
    });

    it('uses the clinic’s own cells-per-kg rule', async () => {
      const el = await fixture<DoseNote>(html`<dose-note weight="50" cells-per-kg="3000000"></dose-note>`);
      expect(result(el)).to.equal('By this rule, for 50 kg: at least 150 million cells. This is not a personal dose.');
      expect(shadowText(el)).to.contain('Typically, 3 million stem cells for each kilogram');
    });

    it('announces the result politely once the patient pauses, not at every keystroke', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      await typeWeight(el, '7');
      await typeWeight(el, '70');
      expect(liveRegion(el).textContent).to.equal('');
      // The announcement waits for a 0.8 s pause: wait for it to arrive, not for a fixed time.
      await waitUntil(() => liveRegion(el).textContent, 'the result is announced', { timeout: 3000 });
      expect(liveRegion(el).textContent).to.equal(
        'By this rule, for 70 kg: at least 140 million cells. This is not a personal dose. This figure is not a prescription. Your doctor decides your dose.',
      );
    });

    it('announces nothing when the unit changes before the patient has typed: no error shows, so none is heard', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      // A second calculator, changed after it, whose announcement comes after any of the first one's.
      const witness = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      await chooseUnit(el, 'lb');
      await typeWeight(witness, '70');
      await waitUntil(() => liveRegion(witness).textContent, 'the second calculator is announced', { timeout: 3000 });
      expect(error(el)).to.equal('');
      expect(liveRegion(el).textContent).to.equal('');
      // Once the patient has typed, a problem is heard as it is seen.
      await typeWeight(el, 'abc');
      await waitUntil(() => liveRegion(el).textContent, 'the problem is announced', { timeout: 3000 });
      expect(liveRegion(el).textContent).to.equal('Enter your weight as a number, for example 70');
    });

    it('fires dose-calculate with the weight in kg and the cells when a valid result shows', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      const events: CustomEvent[] = [];
      el.addEventListener('dose-calculate', (e) => events.push(e));
      await typeWeight(el, '80');
      // "8" is below the adult range, so only "80" gives a result and an event.
      expect(events.map((e) => e.detail)).to.deep.equal([{ weightKg: 80, cells: 160_000_000 }]);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
    });
  });

  describe('bad input from the patient', () => {
    const cases: [string, string][] = [
      ['', 'Enter your weight'],
      ['abc', 'Enter your weight as a number, for example 70'],
      ['Infinity', 'Enter your weight as a number, for example 70'],
      ['1e2', 'Enter your weight as a plain number without the letter e, for example 70'],
      ['70.5.1', 'Use only one decimal point, for example 70.5'],
      ['7,0,5', 'Use only one decimal point, for example 70.5'],
      ['0', 'Enter a weight that is more than 0'],
      ['-70', 'Enter a weight that is more than 0'],
      ['1.5', 'This calculator is for adults. Enter a weight between 30 and 300 kg'],
      ['301', 'This calculator is for adults. Enter a weight between 30 and 300 kg'],
    ];
    for (const [typed, message] of cases) {
      it(`says “${message}” for ${JSON.stringify(typed)}, with no result and never NaN`, async () => {
        const el = await fixture<DoseNote>(html`<dose-note calculator weight="70"></dose-note>`);
        await typeWeight(el, typed);
        expect(error(el)).to.equal(`Error: ${message}`);
        expect(input(el).getAttribute('aria-invalid')).to.equal('true');
        expect(input(el).getAttribute('aria-describedby')).to.equal('hint error');
        expect(result(el)).to.equal('');
        expect(shadowText(el)).not.to.match(/NaN|undefined|Infinity/);
      });
    }

    it('waits while the patient is still typing a number that more digits bring into the range (“7” on the way to “70”), and says it once they leave the field or press Enter', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      await typeWeight(el, '7');
      expect(error(el), 'no error after the first digit').to.equal('');
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      expect(result(el)).to.equal('Enter your weight to see what this rule gives.');
      await typeWeight(el, '70');
      expect(result(el)).to.equal('By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.');
      // Left at "7": a mistake now, shown and heard.
      await typeWeight(el, '7');
      await press('Tab');
      await el.updateComplete;
      expect(error(el)).to.equal('Error: This calculator is for adults. Enter a weight between 30 and 300 kg');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => liveRegion(el).textContent, 'the problem is announced', { timeout: 3000 });
      expect(liveRegion(el).textContent).to.equal('This calculator is for adults. Enter a weight between 30 and 300 kg');
      // Enter confirms it the same way.
      await typeWeight(el, '2');
      expect(error(el), 'typing again: “2” may become “200”').to.equal('');
      await press('Enter');
      await el.updateComplete;
      expect(error(el)).to.equal('Error: This calculator is for adults. Enter a weight between 30 and 300 kg');
    });

    it('says at once what more digits cannot mend: too high, a decimal below the range, or below it whatever comes next', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator min-weight="40" max-weight="45"></dose-note>`);
      for (const typed of ['3', '46', '4.5', '0']) {
        await typeWeight(el, typed);
        expect(input(el).getAttribute('aria-invalid'), typed).to.equal('true');
      }
      await typeWeight(el, '4');
      expect(input(el).getAttribute('aria-invalid'), '“4” may become 40 to 45').to.equal('false');
    });

    it('gives the pound limits in pounds', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator unit="lb"></dose-note>`);
      await typeWeight(el, '800');
      expect(error(el)).to.equal('Error: This calculator is for adults. Enter a weight between 67 and 661 lb');
      await typeWeight(el, '4');
      await press('Enter'); // the patient means 4 lb
      await el.updateComplete;
      expect(error(el)).to.equal('Error: This calculator is for adults. Enter a weight between 67 and 661 lb');
    });

    it('parses exactly the forms a patient may type', () => {
      const read = (s: string) => {
        const r = parseWeight(s, 'kg');
        return r.ok ? r.weight : r.problem;
      };
      expect([' 70 ', '70.', '.5', '+70', '70,25'].map(read)).to.deep.equal([70, 70, 'outOfRange', 70, 70.25]);
      expect(['1E3', '7e', 'NaN', '0x10', '70kg', '7 0'].map(read)).to.deep.equal([
        'exponent',
        'exponent',
        'notNumber',
        'notNumber',
        'notNumber',
        'notNumber',
      ]);
    });

    it('gives the same figure for 70 typed in the digits of any supported script', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
      for (const typed of ['70', '७०', '৭০', '౭౦', '௭௦']) {
        await typeWeight(el, typed);
        expect(result(el), typed).to.equal('By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.');
        expect(error(el), typed).to.equal('');
      }
    });
  });

  describe('bad input from the editor', () => {
    let warnings: ReturnType<typeof captureConsole>;
    beforeEach(() => (warnings = captureConsole('warn')));
    afterEach(() => warnings.restore());

    it('ignores a bad weight, unit or cells-per-kg, naming the attribute and the allowed values', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator weight="heavy" unit="stone" cells-per-kg="lots"></dose-note>`);
      expect(input(el).value).to.equal('');
      expect(unit(el).value).to.equal('kg');
      expect(error(el)).to.equal('');
      expect(shadowText(el)).to.contain('Typically, 2 million stem cells');
      const all = warnings.messages.join('\n');
      expect(all).to.contain('unit="stone" is not known; use kg, lb');
      expect(all).to.contain('weight="heavy" is not allowed; use a number from 30 to 300 (kg)');
      expect(all).to.contain('cells-per-kg="lots" is not allowed; use a whole number of at least 1. Using 2000000');
      await typeWeight(el, '70');
      expect(result(el)).to.equal('By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.');
    });

    it('ignores zero, negative and fractional cells-per-kg', async () => {
      for (const rate of ['0', '-5', '1.5', '1e400']) {
        const el = await fixture<DoseNote>(html`<dose-note weight="70" cells-per-kg=${rate}></dose-note>`);
        expect(result(el)).to.equal('By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.');
      }
      expect(warnings.messages).to.have.length(4);
    });

    it('shows a figure far from the clinic document’s, and asks the editor to check it, as the builder and WordPress do', async () => {
      for (const [rate, per] of [
        ['1', '1'],
        ['0x10', '16'],
        ['500000000', '500000000'],
      ]) {
        const el = await fixture<DoseNote>(html`<dose-note weight="70" cells-per-kg=${rate}></dose-note>`);
        expect(result(el)).to.match(/^By this rule, for 70 kg: at least \S+ /);
        expect(warnings.messages.at(-1)).to.contain(
          `cells-per-kg="${rate}" (${per} per kg) is far from the clinic document’s 2 million per kg: check that it is your clinic’s figure, and not a slip.`,
        );
      }
      await fixture<DoseNote>(html`<dose-note weight="70" cells-per-kg="100000"></dose-note>`);
      expect(warnings.messages).to.have.length(3);
    });
  });
});
