// Preview as patients see it: at phone width, in Hindi as well as English, with and without the
// script (without: the very code that is pasted, read by a browser that runs no script).
import { expect, waitUntil } from '@open-wc/testing';
import { doseRule } from '../../src/content/index.js';
import { stringsHi } from '../../src/content/hi/index.js';
import { PLACE_CHOICES } from '../../builder/embed-builder.js';
import { inFrame } from '../support/frame.js';
import {
  check,
  click,
  answer,
  fill,
  freshStorage,
  openBuilder,
  openTab,
  outputs,
  pasteInto,
  preview,
  questionNames,
  textOf,
  type EmbedBuilder,
} from './support.js';

/** The preview without the script: the frame's page. */
async function withoutScript(b: EmbedBuilder) {
  await check(b, 'Without the script: as it reads before the script loads, or where scripts are blocked');
  const frame = preview(b) as HTMLIFrameElement;
  expect(frame.localName).to.equal('iframe');
  await waitUntil(() => frame.contentDocument?.body?.childElementCount, 'the page without the script is shown');
  return { frame, doc: frame.contentDocument! };
}

/** How a browser reads pasted code: its text, scripts left out. */
function readAs(code: string) {
  const doc = document.implementation.createHTMLDocument('pasted');
  const template = doc.createElement('template');
  // Inert: a template's content runs nothing and upgrades nothing.
  template.innerHTML = code;
  template.content.querySelectorAll('script, link').forEach((s) => s.remove());
  return textOf(template.content);
}

describe('the embed builder: preview as patients see it', () => {
  freshStorage();

  it('starts at a phone’s width, and widens on request', async () => {
    const b = await openBuilder();
    const box = b.shadowRoot!.querySelector('#preview')!;
    expect(box.getBoundingClientRect().width).to.be.at.most(360);
    await check(b, 'As wide as this column');
    expect(box.className).not.to.contain('phone');
    await check(b, 'A phone (360 pixels wide)');
    expect(box.getBoundingClientRect().width).to.be.at.most(360);
  });

  it('shows the element in Hindi, with Hindi buttons, on a Hindi page', async () => {
    const b = await openBuilder();
    await fill(b, 'Language of the page', 'hi');
    const faq = preview(b)!;
    expect(faq.getAttribute('lang')).to.equal('hi');
    expect(textOf(faq.shadowRoot!.querySelector('button'))).to.equal(stringsHi.faq.showAll);
    await openTab(b, 'Dose note');
    expect(textOf(preview(b)!.shadowRoot!.querySelector('[role="heading"]'))).to.match(/[\u0900-\u097f]/);
  });

  it('follows the editor’s own questions as they are typed', async () => {
    const b = await openBuilder();
    await click(b, 'Start empty');
    await answer(b, 'Remove all questions');
    await click(b, 'Add a question');
    await fill(b, 'Question 1', 'Where can I park?');
    await fill(b, 'Answer to question 1', 'Behind the clinic.');
    expect(questionNames(preview(b)!)).to.deep.equal(['Where can I park?']);
    await fill(b, 'Question 1', 'Where do I park?');
    expect(questionNames(preview(b)!)).to.deep.equal(['Where do I park?']);
  });

  describe('without the script', () => {
    it('shows the dose note exactly as its code reads without a script: the rule with the figure, and the notice', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2.5 million');
      await openTab(b, 'Dose note');
      const { doc, frame } = await withoutScript(b);
      expect(textOf(doc.body)).to.equal(readAs(outputs(b)['Dose note']));
      expect(textOf(doc.body)).to.contain('Typically, 2.5 million stem cells').and.contain(doseRule.notice);
      expect(frame.contentWindow!.customElements.get('dose-note'), 'no script ran').to.equal(undefined);
      expect(frame.getBoundingClientRect().width).to.be.at.most(360);
    });

    it('shows the questions as closed, native disclosures that a reader can still open', async () => {
      const b = await openBuilder();
      const { doc } = await withoutScript(b);
      const details = [...doc.querySelectorAll('details')];
      expect(details.length).to.be.above(3);
      expect(details.every((d) => !d.open)).to.equal(true);
      expect(doc.querySelector('button'), 'no script, no buttons').to.equal(null);
      expect(textOf(doc.body)).to.equal(readAs(outputs(b)['Questions and answers']));
    });

    it('is as tall as its page at a phone’s width and at the column’s, so nothing is cut off and no space is left', async () => {
      const b = await openBuilder();
      await check(b, 'As wide as this column');
      const { frame, doc } = await withoutScript(b);
      const fits = () => Math.abs(frame.getBoundingClientRect().height - doc.documentElement.getBoundingClientRect().height) <= 1;
      await waitUntil(fits, 'as tall as its page at the column’s width');
      const wide = frame.getBoundingClientRect().height;
      await check(b, 'A phone (360 pixels wide)');
      await waitUntil(fits, 'as tall as its page at a phone’s width');
      expect(frame.getBoundingClientRect().height, 'the text wraps onto more lines').to.be.above(wide);
      expect(preview(b)).to.equal(frame);
      await check(b, 'As wide as this column');
      await waitUntil(fits, 'as tall as its page at the column’s width again');
    });

    it('shows a placeholder as an editor that strips scripts leaves it, in Hindi', async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', 'hi');
      await openTab(b, 'Procedure steps');
      await pasteInto(b, 'WordPress as an Author or Contributor, or any editor that removes scripts');
      const { doc } = await withoutScript(b);
      expect(doc.documentElement.lang).to.equal('hi');
      expect(doc.querySelector('div[data-stem-cell="steps"][lang="hi"] > ol > li h3')).to.not.equal(null);
      expect(textOf(doc.body)).to.equal(readAs(outputs(b)['Procedure steps']));
      expect(textOf(doc.body)).to.match(/[\u0900-\u097f]/);
    });
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
      const builder = f.doc.querySelector('sce-embed-builder')! as EmbedBuilder;
      const fits = (where: string) => {
        expect(f.doc.documentElement.scrollWidth, where).to.be.at.most(320);
        for (const pre of builder.shadowRoot!.querySelectorAll('pre')) expect(pre.getBoundingClientRect().right, where).to.be.at.most(320);
      };
      fits('at first');
      // Each place to paste, with what it adds: the files to upload and their integrity hashes, too.
      for (const place of PLACE_CHOICES) {
        await check(builder, place.label);
        if (place.value === 'no-script') await check(builder, 'My own server');
        if (place.value === 'self' || place.value === 'no-script')
          await fill(builder, 'Address of the folder you upload the files to', '/assets/sce/');
        if (place.value === 'self')
          expect(builder.shadowRoot!.querySelectorAll('ul.files li').length, 'the files to upload').to.be.above(0);
        fits(place.label);
      }
    } finally {
      f.remove();
    }
  });
});
