// The issue's task, as a clinic's web editor does it: "our own 3 questions, the steps as they are,
// the dose note with our rule of 2 million cells per kg; I am a WordPress Author; also give me code
// for a plain HTML site" (and for our own server). The builder page is reloaded in the middle.
// Every output, pasted into a fresh page, shows exactly the editor's content.
import { expect, waitUntil } from '@open-wc/testing';
import { STORAGE_KEY } from '../../builder/project.js';
import { procedureSteps } from '../../src/content/index.js';
import { kses } from '../support/kses.mjs';
import { framedPage } from '../support/frame.js';
import {
  answer,
  check,
  click,
  fill,
  freshStorage,
  local,
  openTab,
  outputs,
  page,
  pasteInto,
  questionNames,
  said,
  settle,
  stepTitles,
  textOf,
  type EmbedBuilder,
} from './support.js';

const QUESTIONS: [string, string][] = [
  ['Where can I park?', 'In the car park behind the clinic. It is free for patients.'],
  ['Can someone come with me?', 'Yes. One person can stay with you.\n\n- They can wait in the lounge\n- Tea is free'],
  ['How do I book?', 'Call us on [022 1234 5678](tel:+912212345678) or use our [booking page](https://riverside-clinic.in/book).'],
];

/** The builder on a page of its own, which can be reloaded as an editor reloads it. */
async function builderPage() {
  const frame = await framedPage(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed builder</title>
    <script type="module" src="/builder/embed-builder.ts"></script></head><body><main><h1>Embed builder</h1><sce-embed-builder></sce-embed-builder></main></body></html>`,
    { title: 'embed builder', width: 1200, height: 900 },
  );
  const ready = async () => {
    await waitUntil(() => frame.doc.querySelector('sce-embed-builder')?.shadowRoot?.querySelector('#preview > *'), 'the builder is ready', {
      timeout: 10_000,
    });
    const b = frame.iframe.contentDocument!.querySelector('sce-embed-builder') as EmbedBuilder;
    await settle(b);
    return b;
  };
  return {
    builder: ready,
    async reload() {
      const loaded = new Promise((resolve) => frame.iframe.addEventListener('load', resolve, { once: true }));
      frame.iframe.contentWindow!.location.reload();
      await loaded;
      return ready();
    },
    remove: frame.remove,
  };
}

/** A pasted page shows the clinic's three questions, the bundled steps and the dose note with its calculator at 2 million. */
async function expectContent(p: Awaited<ReturnType<typeof page>>) {
  const faq = await p.element('stem-cell-faq');
  expect(questionNames(faq)).to.deep.equal(QUESTIONS.map(([q]) => q));
  expect(faq.shadowRoot!.querySelector('input[type="search"]')).to.not.equal(null);
  const answers = textOf(faq.shadowRoot!.querySelector('[part="list"], ul, dl') ?? faq.shadowRoot!);
  expect(answers).to.contain('They can wait in the lounge');
  expect(faq.shadowRoot!.querySelector('a[href="tel:+912212345678"]')!.textContent).to.equal('022 1234 5678');
  const steps = await p.element('procedure-steps');
  expect(stepTitles(steps)).to.deep.equal(procedureSteps['bone-marrow'].map((s, i, all) => `Step ${i + 1} of ${all.length}: ${s.title}`));
  const dose = await p.element('dose-note');
  expect(textOf(dose.shadowRoot!.querySelector('p'))).to.contain('Typically, 2 million stem cells');
  expect(dose.shadowRoot!.querySelector('input#weight')).to.not.equal(null);
  expect(await p.violations()).to.deep.equal([]);
}

describe('the embed builder: the whole task, with a reload in the middle', () => {
  freshStorage();

  it('gives a WordPress Author, a plain HTML site and the clinic’s own server code that shows exactly the editor’s content', async function () {
    this.timeout(60_000);
    const host = await builderPage();
    try {
      let b = await host.builder();

      // Our own three questions.
      await click(b, 'Start empty');
      await answer(b, 'Remove all questions');
      for (const [i, [q, a]] of QUESTIONS.entries()) {
        await click(b, 'Add a question');
        await fill(b, `Question ${i + 1}`, q);
        await fill(b, `Answer to question ${i + 1}`, a);
      }
      await check(b, 'Show a search box above the questions');

      // The editor closes the tab, or the browser reloads: the work is kept.
      b = await host.reload();
      expect(said(b)[0]).to.match(/^Your work from .+ was kept in this browser and is back\.$/);
      expect(questionNames(b.shadowRoot!.querySelector('#preview stem-cell-faq')!)).to.deep.equal(QUESTIONS.map(([q]) => q));

      // The dose note with our rule, and the steps as they are.
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2 million');
      await openTab(b, 'Dose note');
      await check(b, 'Show a calculator for the patient’s weight');
      await openTab(b, 'Procedure steps');

      // "I am a WordPress Author": no scripts in the post.
      await pasteInto(b, 'WordPress as an Author or Contributor, or any editor that removes scripts');
      const author = outputs(b);
      const post = kses([author['Procedure steps'], author['Dose note'], author['Questions and answers']].join('\n<h2>More</h2>\n'));
      // Before an Administrator adds the site-wide script: the text is all there.
      const bare = await page('', post);
      try {
        const text = textOf(bare.doc.body);
        for (const [q] of QUESTIONS) expect(text).to.contain(q);
        for (const s of procedureSteps['bone-marrow']) expect(text).to.contain(s.title);
        expect(text).to.contain('Typically, 2 million stem cells for each kilogram (kg) of body weight is seen as the bare minimum');
        expect(await bare.violations()).to.deep.equal([]);
      } finally {
        bare.remove();
      }
      // With it, the elements work with exactly the editor's content.
      const withScript = await page(local(author['Site-wide script, added once by an Administrator']), post);
      try {
        await expectContent(withScript);
      } finally {
        withScript.remove();
      }

      // "Also give me code for a plain HTML site": the public CDN.
      await pasteInto(b, 'A page that allows scripts, with the files from a public CDN');
      const plain = outputs(b);
      const html = local(
        [
          plain['The script, once on the page'],
          plain['Procedure steps'],
          plain['Dose note'],
          '<h2>More</h2>',
          plain['Questions and answers'],
        ].join('\n'),
      );
      const cdn = await page('', html);
      try {
        await expectContent(cdn);
      } finally {
        cdn.remove();
      }

      // And for our own server: the files at a local address, served by the test server byte for byte.
      await pasteInto(b, 'A page that allows scripts, with the files on my own server');
      await fill(b, 'Address of the folder you upload the files to', `${location.origin}/cdn-raw/`);
      const self = outputs(b);
      const own = await page(
        '',
        [
          self['The script, once on the page'],
          self['Procedure steps'],
          self['Dose note'],
          '<h2>More</h2>',
          self['Questions and answers'],
        ].join('\n'),
      );
      try {
        await expectContent(own);
      } finally {
        own.remove();
      }
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).work.faq.items.map((q: { question: string }) => q.question)).to.deep.equal(
        QUESTIONS.map(([q]) => q),
      );
    } finally {
      host.remove();
    }
  });
});
