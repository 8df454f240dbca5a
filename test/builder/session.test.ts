// One session, three elements: the editor moves between the FAQ, the steps and the dose note and
// nothing is lost; whatever would lose work asks first and can be undone.
import { expect } from '@open-wc/testing';
import { faqEntries } from '../../src/content/index.js';
import { press } from '../support/engine.js';
import {
  answer,
  buttonNamed,
  check,
  click,
  dialog,
  field,
  fill,
  freshStorage,
  hasButton,
  openBuilder,
  openTab,
  outputs,
  preview,
  problems,
  questionNames,
  root,
  said,
  settle,
  stepTitles,
  textOf,
  type EmbedBuilder,
} from './support.js';

/** The FAQ with the clinic's own questions, as an editor writes them. */
async function ownQuestions(b: EmbedBuilder, ...qa: [string, string][]) {
  await openTab(b, 'Questions and answers');
  await click(b, 'Start empty');
  if (dialog(b)) await answer(b, 'Remove all questions');
  for (const [i, [q, a]] of qa.entries()) {
    await click(b, 'Add a question');
    await fill(b, `Question ${i + 1}`, q);
    await fill(b, `Answer to question ${i + 1}`, a);
  }
}

describe('the embed builder: one session, three elements', () => {
  freshStorage();

  it('keeps every element’s settings and content while the editor moves between them', async () => {
    const b = await openBuilder();
    await ownQuestions(b, ['Where can I park?', 'In the car park behind the clinic.']);
    await check(b, 'Show a search box above the questions');
    await openTab(b, 'Procedure steps');
    await fill(b, 'Where the cells come from', 'adipose');
    await openTab(b, 'Dose note');
    await check(b, 'Show a calculator for the patient’s weight');
    await openTab(b, 'Questions and answers');
    expect(field(b, 'Question 1').value).to.equal('Where can I park?');
    expect(field(b, 'Show a search box above the questions').checked).to.equal(true);
    expect(questionNames(preview(b)!)).to.deep.equal(['Where can I park?']);
    await openTab(b, 'Procedure steps');
    expect(field<HTMLSelectElement>(b, 'Where the cells come from').value).to.equal('adipose');

    const code = outputs(b);
    expect(Object.keys(code)).to.deep.equal(['The script, once on the page', 'Questions and answers', 'Procedure steps', 'Dose note']);
    expect(code['Questions and answers']).to.match(/^<stem-cell-faq search>\n<details id="where-can-i-park">/);
    expect(code['Procedure steps']).to.match(/^<procedure-steps source="adipose">\n<ol>/);
    expect(code['Dose note']).to.match(/^<dose-note calculator>\n<h3>How many stem cells are needed<\/h3>/);
  });

  it('leaves an element off the page without losing its settings', async () => {
    const b = await openBuilder();
    await openTab(b, 'Procedure steps');
    await fill(b, 'Where the cells come from', 'allogenic');
    await check(b, 'Put the procedure steps on my page');
    expect(Object.keys(outputs(b))).to.deep.equal(['The script, once on the page', 'Questions and answers', 'Dose note']);
    expect(textOf(root(b).querySelector('#tab-procedure-steps'))).to.equal('Procedure steps (not on your page)');
    await check(b, 'Put the procedure steps on my page');
    expect(outputs(b)['Procedure steps']).to.match(/^<procedure-steps source="allogenic">/);
  });

  it('keeps the clinic’s own questions when the page’s language changes, and shows them with Hindi buttons', async () => {
    const b = await openBuilder();
    await ownQuestions(b, ['Where can I park?', 'Behind the clinic.']);
    await fill(b, 'Language of the page', 'hi');
    expect(field(b, 'Question 1').value).to.equal('Where can I park?');
    expect(questionNames(preview(b)!)).to.deep.equal(['Where can I park?']);
    expect(preview(b)!.getAttribute('lang')).to.equal('hi');
  });

  it('treats an edited bundled question as the clinic’s own: it gets an id of its own, the unchanged ones keep theirs', async () => {
    const b = await openBuilder();
    await fill(b, 'Answer to question 2', 'Our own answer.');
    const code = outputs(b)['Questions and answers'];
    const ids = [...code.matchAll(/<details id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids[0]).to.equal(faqEntries[0].id);
    expect(ids[1]).to.equal(`${faqEntries[1].id}-2`);
    expect(ids.slice(2)).to.deep.equal(faqEntries.slice(2).map((e) => e.id));
  });

  it('never gives the clinic’s own question the id of a bundled question shown beside it', async () => {
    const b = await openBuilder();
    const n = faqEntries.length + 1;
    await click(b, 'Add a question');
    await fill(b, `Question ${n}`, 'Are they safe?');
    await fill(b, `Answer to question ${n}`, 'Ask your doctor.');
    const ids = [...outputs(b)['Questions and answers'].matchAll(/<details id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).to.deep.equal([...faqEntries.map((e) => e.id), 'are-they-safe-2']);
    expect(questionNames(preview(b)!)).to.have.length(n);
  });

  it('links the clinic’s own questions in Hindi by their own words, and keeps each link when the questions are reordered', async () => {
    const b = await openBuilder();
    await ownQuestions(b, ['इलाज का खर्च कितना है?', 'क्लिनिक से पूछें।'], ['इलाज में कितना समय लगता है?', 'लगभग एक दिन।']);
    await fill(b, 'Language of the page', 'hi');
    const ids = () =>
      [...outputs(b)['Questions and answers'].matchAll(/<details id="([^"]+)"><summary>([^<]+)</g)].map((m) => [m[2], m[1]]);
    const before = [
      ['इलाज का खर्च कितना है?', 'इलाज-का-खर्च-कितना-है'],
      ['इलाज में कितना समय लगता है?', 'इलाज-में-कितना-समय-लगता-है'],
    ];
    expect(ids()).to.deep.equal(before);
    await click(b, 'Move question 2 up');
    expect(ids()).to.deep.equal([before[1], before[0]]);
  });

  describe('“Start empty”', () => {
    it('is really empty: no bundled question in the preview or the code, only the clinic’s own', async () => {
      const b = await openBuilder();
      expect(questionNames(preview(b)!)).to.have.length(faqEntries.length);
      await click(b, 'Start empty');
      await answer(b, 'Remove all questions');
      expect(preview(b)).to.equal(null);
      expect(textOf(root(b).querySelector('#preview')!.parentElement)).to.contain('No questions yet: add one to see it here.');
      expect(outputs(b)).to.deep.equal({});
      expect(problems(b)).to.deep.equal([
        'Questions and answers: you have no questions yet. Add one, or start from the bundled questions.',
      ]);

      await click(b, 'Add a question');
      await fill(b, 'Question 1', 'Where can I park?');
      await fill(b, 'Answer to question 1', 'Behind the clinic.');
      expect(questionNames(preview(b)!)).to.deep.equal(['Where can I park?']);
      const faq = outputs(b)['Questions and answers'];
      expect(faq.match(/<details/g)).to.have.length(1);
      for (const e of faqEntries) expect(faq).not.to.contain(e.question);
    });

    it('asks before removing the bundled questions, and keeps them when the editor says no', async () => {
      const b = await openBuilder();
      await click(b, 'Start empty');
      expect(dialog(b)).to.not.equal(null);
      expect(textOf(dialog(b)!.querySelector('h2'))).to.equal('Remove all questions?');
      expect(textOf(dialog(b)!.querySelector('p'))).to.equal(
        `The ${faqEntries.length} bundled questions will be removed, so that you can write your own from the start. You can undo this.`,
      );
      await answer(b, 'Keep the questions');
      expect(dialog(b)).to.equal(null);
      expect(questionNames(preview(b)!)).to.have.length(faqEntries.length);
      expect(root(b).activeElement).to.equal(buttonNamed(b, 'Start empty'));
    });
  });

  describe('“Start from the bundled questions”', () => {
    it('asks before replacing the clinic’s own questions, and the replacement can be undone', async () => {
      const b = await openBuilder();
      await ownQuestions(b, ['Where can I park?', 'Behind the clinic.'], ['Can I bring someone?', 'Yes, one person.']);
      await click(b, 'Start from the bundled questions');
      expect(textOf(dialog(b)!.querySelector('h2'))).to.equal('Replace your questions with the bundled ones?');
      expect(textOf(dialog(b)!.querySelector('p'))).to.equal(
        'Your 2 questions will be replaced by the bundled questions. You can undo this.',
      );
      await answer(b, 'Replace with the bundled questions');
      expect(questionNames(preview(b)!)).to.have.length(faqEntries.length);
      expect(said(b)).to.include('Started from the bundled questions.');

      await click(b, 'Undo');
      expect(questionNames(preview(b)!)).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
      expect(field(b, 'Answer to question 2').value).to.equal('Yes, one person.');
      expect(said(b)).to.include('Undone: your work is as it was before.');
      expect(hasButton(b, 'Undo')).to.equal(false);
    });

    it('needs no question when the bundled questions are shown already', async () => {
      const b = await openBuilder();
      await click(b, 'Start from the bundled questions');
      expect(dialog(b)).to.equal(null);
    });
  });

  describe('removing a question or a step', () => {
    it('asks before removing a question that holds text, and Undo puts it back where it was', async () => {
      const b = await openBuilder();
      await ownQuestions(b, ['One?', 'First.'], ['Two?', 'Second.'], ['Three?', 'Third.']);
      await click(b, 'Remove question 2');
      expect(textOf(dialog(b)!.querySelector('p'))).to.equal('“Two?” and its text will be removed from your questions. You can undo this.');
      await answer(b, 'Remove question 2');
      expect(questionNames(preview(b)!)).to.deep.equal(['One?', 'Three?']);
      expect(root(b).activeElement).to.equal(field(b, 'Question 2'));
      await click(b, 'Undo');
      expect(questionNames(preview(b)!)).to.deep.equal(['One?', 'Two?', 'Three?']);
    });

    it('removes an empty new question without asking', async () => {
      const b = await openBuilder();
      await ownQuestions(b, ['One?', 'First.']);
      await click(b, 'Add a question');
      await click(b, 'Remove question 2');
      expect(dialog(b)).to.equal(null);
      expect(hasButton(b, 'Remove question 2')).to.equal(false);
    });

    it('cancels with Escape, as a keyboard user expects, and goes back to the button', async () => {
      const b = await openBuilder();
      await openTab(b, 'Procedure steps');
      buttonNamed(b, 'Remove step 2').focus();
      await press('Enter');
      await settle(b);
      expect(textOf(dialog(b)!.querySelector('h2'))).to.equal('Remove step 2?');
      expect(root(b).activeElement?.textContent).to.equal('Keep it');
      await press('Escape');
      await settle(b);
      expect(dialog(b)).to.equal(null);
      expect(stepTitles(preview(b)!)).to.have.length(4);
      expect(root(b).activeElement).to.equal(buttonNamed(b, 'Remove step 2'));
    });
  });
});
