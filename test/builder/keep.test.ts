// Work that survives: kept in this browser across reloads (saying what is kept and where), saved
// to a file and opened again next month.
import { expect, waitUntil } from '@open-wc/testing';
import { STORAGE_KEY } from '../../builder/project.js';
import {
  answer,
  check,
  click,
  dialog,
  errorOf,
  field,
  fill,
  freshStorage,
  openBuilder,
  openTab,
  outputs,
  preview,
  questionNames,
  reload,
  root,
  said,
  stored,
  textOf,
  type EmbedBuilder,
} from './support.js';

/** Clicks a button that downloads a file, and gives the file's name and text (the download itself is not made). */
async function downloaded(b: EmbedBuilder, button: string): Promise<{ name: string; text: string }> {
  let file: Promise<{ name: string; text: string }> | undefined;
  const take = (e: Event) => {
    const a = e.composedPath()[0] as HTMLAnchorElement;
    if (a.localName !== 'a' || !a.download) return;
    e.preventDefault();
    const name = a.download;
    file = fetch(a.href).then(async (r) => ({ name, text: await r.text() }));
  };
  root(b).addEventListener('click', take, true);
  try {
    [...root(b).querySelectorAll('button')].find((x) => textOf(x) === button)!.click();
    await waitUntil(() => file, 'the file is made');
    return await file!;
  } finally {
    root(b).removeEventListener('click', take, true);
  }
}

/** Chooses a file in "Open a saved file", as the file picker does. */
async function openFile(b: EmbedBuilder, name: string, text: string) {
  const input = field(b, 'Open a saved file');
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => dialog(b) || said(b).some((s) => s.startsWith('Opened')) || errorOf(b, input), 'the file is read');
  await b.updateComplete;
}

describe('the embed builder: work that survives', () => {
  freshStorage();

  it('says plainly what it keeps, and where', async () => {
    const b = await openBuilder();
    expect(textOf(root(b).querySelector('#kept'))).to.equal(
      'Your work is kept in this browser as you go, so it is still here when you come back. Only your clinic’s text and settings are kept: never type anything about a patient here. Other people and other browsers do not see it; save it to a file to move it or keep it safe.',
    );
    expect(textOf(root(b).querySelector('#kept + .dev'))).to.equal(
      `For developers: kept in localStorage for this site, under the key ${STORAGE_KEY}.`,
    );
  });

  it('keeps the clinic’s questions, settings and place across a reload, and says the work is back', async () => {
    let b = await openBuilder();
    await click(b, 'Start empty');
    await answer(b, 'Remove all questions');
    await click(b, 'Add a question');
    await fill(b, 'Question 1', 'Where can I park?');
    await fill(b, 'Answer to question 1', 'Behind the clinic.');
    await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '20 lakh');
    await openTab(b, 'Dose note');
    await fill(b, 'Weight to start with', '70');
    await fill(b, 'Language of the page', 'hi');
    await check(b, 'WordPress as an Author or Contributor, or any editor that removes scripts');
    const before = outputs(b);

    b = await reload(b);
    expect(said(b)[0]).to.match(/^Your work from \d.+\d\d:\d\d was kept in this browser and is back\.$/);
    expect(questionNames(preview(b)!)).to.deep.equal(['Where can I park?']);
    expect(field(b, 'Your clinic’s figure: stem cells for each kg of body weight').value).to.equal('20 lakh');
    expect(outputs(b)).to.deep.equal(before);
  });

  it('stores only the clinic’s own text and settings, and no bundled question', async () => {
    const b = await openBuilder();
    await openTab(b, 'Procedure steps');
    await fill(b, 'Where the cells come from', 'adipose');
    const kept = JSON.parse(stored()!);
    expect(Object.keys(kept)).to.deep.equal(['kind', 'format', 'saved', 'work']);
    expect(kept.work.settings['procedure-steps']).to.deep.equal({ source: 'adipose' });
    expect(kept.work.faq).to.deep.equal({ own: false, items: [] });
    expect(kept.work.steps).to.deep.equal({ own: false, items: [] });
  });

  it('says so when this browser will not keep the work', async () => {
    const b = await openBuilder();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2 million');
      expect(textOf(root(b).querySelector('#kept'))).to.equal(
        'This browser does not let the builder keep your work (a private window, or storage is blocked): save it to a file before you leave, or it is lost.',
      );
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('saves the work to a file, and opens it again in a fresh browser, asking before it replaces other work', async () => {
    let b = await openBuilder();
    await click(b, 'Start empty');
    await answer(b, 'Remove all questions');
    await click(b, 'Add a question');
    await fill(b, 'Question 1', 'Where can I park?');
    await fill(b, 'Answer to question 1', 'Behind the clinic.\n\n- Free on Sundays');
    await openTab(b, 'Procedure steps');
    await fill(b, 'Title of step 1', 'First, the harvest');
    const before = outputs(b);
    const file = await downloaded(b, 'Save my work to a file');
    expect(file.name).to.match(/^stem-cell-explainers-work-\d{4}-\d\d-\d\d\.json$/);
    expect(said(b)).to.include(`Saved to the file ${file.name} (in your downloads). Open it here again to go on.`);

    // Next month, another computer: nothing kept, and an editor who has started something else.
    await click(b, 'Clear my work from this browser');
    await answer(b, 'Clear my work');
    expect(stored()).to.equal(null);
    b = await reload(b);
    await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '3 million');
    await openFile(b, file.name, file.text);
    expect(textOf(dialog(b)!.querySelector('h2'))).to.equal('Replace your work with the file?');
    await answer(b, 'Open the file');
    expect(said(b)[0]).to.match(new RegExp(`^Opened “${file.name}”, saved \\d.+\\d\\d:\\d\\d\\.$`));
    await openTab(b, 'Questions and answers');
    expect(field(b, 'Answer to question 1').value).to.equal('Behind the clinic.\n\n- Free on Sundays');
    expect(outputs(b)).to.deep.equal(before);

    await click(b, 'Undo');
    expect(field(b, 'Your clinic’s figure: stem cells for each kg of body weight').value).to.equal('3 million');
  });

  it('refuses a file the builder did not save, beside the control, and keeps the work', async () => {
    const b = await openBuilder();
    await openFile(b, 'photo.json', '{"hello": 1}');
    const input = field(b, 'Open a saved file');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(b, input)).to.equal('Error: This file was not saved by the embed builder. Choose the .json file the builder saved.');
    expect(dialog(b)).to.equal(null);
  });

  it('asks before clearing the work, and Undo brings it back into this browser too', async () => {
    const b = await openBuilder();
    await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2.5 million');
    await click(b, 'Clear my work from this browser');
    expect(textOf(dialog(b)!.querySelector('h2'))).to.equal('Clear your work from this browser?');
    await answer(b, 'Clear my work');
    expect(stored()).to.equal(null);
    expect(field(b, 'Your clinic’s figure: stem cells for each kg of body weight').value).to.equal('');
    await click(b, 'Undo');
    expect(field(b, 'Your clinic’s figure: stem cells for each kg of body weight').value).to.equal('2.5 million');
    expect(JSON.parse(stored()!).work.cells).to.equal('2.5 million');
  });
});
