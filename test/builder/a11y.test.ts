// The builder itself: axe finds nothing in any state, and a whole task can be done with the
// keyboard alone (Tab, arrows, Space, Enter), hearing what happened.
import { expect } from '@open-wc/testing';
import { canEmulateMedia, emulateForcedColors, itWhere, plainMedia, press, resetMedia, typeText } from '../support/engine.js';
import {
  answer,
  axeOn,
  buttonNamed,
  check,
  click,
  description,
  dialog,
  field,
  fill,
  freshStorage,
  openBuilder,
  openTab,
  outputs,
  pasteInto,
  preview,
  root,
  said,
  settle,
  textOf,
  type EmbedBuilder,
} from './support.js';

/** The name a screen reader gives the focused control: its label, or its own text. */
function focusedName(b: EmbedBuilder) {
  const el = root(b).activeElement as HTMLInputElement | null;
  if (!el) return '';
  const label = el.labels?.[0];
  return el.getAttribute('aria-label') ?? textOf(label ?? el);
}

/** Presses Tab until the focused control's name starts with `name`. */
async function tabTo(b: EmbedBuilder, name: string, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if (focusedName(b).startsWith(name)) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached “${name}” (last: “${focusedName(b)}”)`);
}

describe('the embed builder: accessibility', function () {
  // axe over the whole builder, and a task of a hundred key presses, take a while in WebKit.
  this.timeout(60_000);
  freshStorage();

  describe('axe finds nothing', () => {
    it('on each element’s tab, as it opens', async () => {
      const b = await openBuilder();
      for (const tab of ['Questions and answers', 'Procedure steps', 'Dose note']) {
        await openTab(b, tab);
        expect(await axeOn(b), tab).to.deep.equal([]);
      }
    });

    it('with errors beside fields and the summary of what holds the code back', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2,5 million');
      await fill(b, 'Answer to question 1', 'See [our map](www.riverside-clinic.in/map).');
      await fill(b, 'Date a clinician last reviewed this information', '2026-01-15');
      await fill(b, 'Date of the next review', '2025-01-01');
      expect(await axeOn(b)).to.deep.equal([]);
    });

    it('while it asks for confirmation of an unusual figure, and in Hindi', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '20');
      await fill(b, 'Language of the page', 'hi');
      expect(await axeOn(b)).to.deep.equal([]);
    });

    it('while a question is asked before work is lost, and after, with Undo', async () => {
      const b = await openBuilder();
      await click(b, 'Start empty');
      expect(dialog(b)).to.not.equal(null);
      expect(await axeOn(b)).to.deep.equal([]);
      await click(b, 'Remove all questions');
      expect(said(b)).to.include('Started empty: add your first question.');
      expect(await axeOn(b)).to.deep.equal([]);
    });

    for (const place of [
      'A page that allows scripts, with the files from a public CDN',
      'A page that allows scripts, with the files on my own server',
      'WordPress as an Author or Contributor, or any editor that removes scripts',
      'WordPress with the stem-cell-explainers plugin',
      'A developer’s app (the npm package)',
    ])
      it(`with the code for “${place}”`, async () => {
        const b = await openBuilder();
        await pasteInto(b, place);
        if (place.includes('own server')) {
          expect(await axeOn(b), 'before the address').to.deep.equal([]);
          await fill(b, 'Address of the folder you upload the files to', '/js/');
        }
        await openTab(b, 'Procedure steps');
        await fill(b, 'Title of step 1', 'Arrive');
        expect(await axeOn(b)).to.deep.equal([]);
      });

    it('with the preview without the script, at full width, and with an element left off the page', async () => {
      const b = await openBuilder();
      await check(b, 'Without the script: as it reads before the script loads, or where scripts are blocked');
      await check(b, 'As wide as this column');
      await check(b, 'Put the questions and answers on my page');
      expect(preview(b)!.localName).to.equal('iframe');
      expect(await axeOn(b)).to.deep.equal([]);
    });
  });

  it('puts the editor back where they were when the button or box they used goes away, and says why a figure is marked invalid', async () => {
    const b = await openBuilder();
    /** Types a value that needs a fix, presses the control that fixes it, and gives the name of where focus lands. */
    const fixWith = async (field: string, value: string, control: string, key: 'Enter' | 'Space') => {
      await fill(b, field, value);
      await tabTo(b, control);
      await press(key);
      await settle(b);
      return focusedName(b);
    };
    // “Use https://…” under a field: back in the field it fixed.
    await openTab(b, 'Procedure steps');
    expect(
      await fixWith('Link to your page about the dose', 'riverside-clinic.in/dose', 'Use https://riverside-clinic.in/dose', 'Enter'),
    ).to.equal('Link to your page about the dose');
    // “Change it to https://…” under an answer: back in the answer.
    await openTab(b, 'Questions and answers');
    const answerText = 'See [our map](www.riverside-clinic.in/map).';
    expect(await fixWith('Answer to question 1', answerText, 'Change it to https://www.riverside-clinic.in/map', 'Enter')).to.equal(
      'Answer to question 1',
    );
    // An unusual figure: the field says why it is invalid; the box, once ticked, puts the editor back in it.
    const figureName = 'Your clinic’s figure: stem cells for each kg of body weight';
    root(b).querySelector<HTMLElement>('#f-cells')!.focus(); // the box comes after the field
    expect(await fixWith(figureName, '5', 'Yes, 5 cells for each kg is our clinic’s figure', 'Space')).to.equal(figureName);
    await fill(b, figureName, '6');
    const figure = root(b).querySelector<HTMLInputElement>('#f-cells')!;
    expect(figure.getAttribute('aria-invalid')).to.equal('true');
    expect(description(b, figure)).to.contain('6 cells for each kg is far below the usual figure');
    await fill(b, figureName, '');

    // The code held back, and given again, is heard wherever the editor is.
    expect(said(b)).to.include('Your code is ready.');
    await fill(b, 'Date of the next review', '2020-01-01');
    await fill(b, 'Date a clinician last reviewed this information', '2026-12-04');
    expect(said(b)).to.include('Your code is not ready: one thing needs fixing first.');
    await fill(b, 'Date of the next review', '');
    expect(said(b)).to.include('Your code is ready.');

    // Undo: on the notice that says what happened.
    await click(b, 'Start empty');
    await answer(b, 'Remove all questions');
    buttonNamed(b, 'Undo').focus();
    await press('Enter');
    await settle(b);
    expect(textOf(root(b).activeElement!)).to.equal('Undone: your work is as it was before.');
  });

  itWhere(canEmulateMedia, 'no media emulation', 'marks an error apart from a hint in forced colours, where red is gone', async () => {
    const b = await openBuilder();
    await fill(b, 'Date of the next review', '2020-01-01');
    await fill(b, 'Date a clinician last reviewed this information', '2026-12-04');
    const error = root(b).querySelector<HTMLElement>('.error')!;
    const hint = root(b).querySelector<HTMLElement>('.hint')!;
    try {
      await emulateForcedColors('active');
      expect(getComputedStyle(error).borderInlineStartStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(error).borderInlineStartWidth)).to.be.at.least(3);
      expect(getComputedStyle(hint).borderInlineStartStyle).to.equal('none');
    } finally {
      await resetMedia(plainMedia);
    }
  });

  it('rings a date field reached with Tab as every other field, also where the engine focuses its day, month or year', async () => {
    const b = await openBuilder();
    field(b, 'Heading level of the questions').focus();
    await tabTo(b, 'Date a clinician last reviewed this information', 5);
    const date = field(b, 'Date a clinician last reviewed this information');
    expect(getComputedStyle(date).outlineStyle).to.equal('solid');
    expect(getComputedStyle(date).boxShadow).to.contain('rgb(255, 221, 0)');
  });

  it('skips from the top to the preview and the code with one link, shown when it has focus', async () => {
    const b = await openBuilder();
    (root(b).activeElement as HTMLElement | null)?.blur(); // from the top of the page
    await tabTo(b, 'Skip to the preview and your code', 3);
    const link = root(b).activeElement as HTMLElement;
    expect(link.getBoundingClientRect().width, 'visible when focused').to.be.above(50);
    await press('Enter');
    await settle(b);
    expect(focusedName(b)).to.match(/^Preview: /);
    // The next Tab goes on from there, into the preview's choices.
    await press('Tab');
    expect(root(b).activeElement!.closest('section')?.getAttribute('aria-labelledby')).to.equal('preview-h');
  });

  it('sets up the dose note for a WordPress Author and copies its code, with the keyboard alone', async () => {
    const b = await openBuilder();
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      // The clinic's figure, typed in Devanagari digits.
      await tabTo(b, 'Your clinic’s figure');
      await typeText('२० लाख');
      await settle(b);

      // The dose note's tab, from the tab list, with the arrow keys.
      await tabTo(b, 'Questions and answers');
      await press('ArrowRight');
      await settle(b);
      expect(focusedName(b)).to.equal('Procedure steps');
      await press('ArrowRight');
      await settle(b);
      expect(root(b).activeElement?.getAttribute('aria-selected')).to.equal('true');
      expect(focusedName(b)).to.equal('Dose note');

      // The calculator, starting at 70 kg.
      await tabTo(b, 'Show a calculator for the patient’s weight');
      await press('Space');
      await tabTo(b, 'Weight to start with');
      await typeText('70');
      await settle(b);
      expect(textOf(preview(b)!.shadowRoot!.querySelector('[part="result"]'))).to.contain('at least 140 million cells');

      // Where it is pasted: the radio group, with the arrow keys.
      await tabTo(b, 'A page that allows scripts, with the files from a public CDN');
      await press('ArrowDown');
      await press('ArrowDown');
      await settle(b);
      expect(focusedName(b)).to.match(/^WordPress as an Author/);

      await tabTo(b, 'Copy: Dose note');
      await press('Enter');
      await settle(b);
      expect(textOf(root(b).activeElement!.nextElementSibling)).to.equal('Copied');
      expect(copied).to.equal(outputs(b)['Dose note']);
      expect(copied).to.match(/^<div data-stem-cell="dose" data-calculator data-weight="70" data-cells-per-kg="2000000">\n<h3>/);
      expect(Object.keys(outputs(b))).to.deep.equal([
        'Questions and answers',
        'Procedure steps',
        'Dose note',
        'Site-wide script, added once by an Administrator',
      ]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
