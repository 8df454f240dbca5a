// "Where will you paste it?": each place's code, pasted into a fresh page, shows exactly the
// editor's content; every output carries fallback text for every element, the dose note included,
// the same markup and figure as the server's.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clinicNotes, contentInfo, doseRule } from '../../src/content/index.js';
import { formatDate } from '../../src/internal/numbers.js';
import { kses } from '../support/kses.mjs';
import {
  answer,
  check,
  checkIntegrity,
  click,
  copyOutput,
  description,
  dialog,
  errorOf,
  field,
  fill,
  freshStorage,
  local,
  openBuilder,
  openTab,
  outputs,
  page,
  pasteInto,
  pressOn,
  problems,
  questionNames,
  root,
  stepTitles,
  textOf,
  type EmbedBuilder,
} from './support.js';

const PAGE = 'A page that allows scripts, with the files from a public CDN';
const SELF = 'A page that allows scripts, with the files on my own server';
const AUTHOR = 'WordPress as an Author or Contributor, or any editor that removes scripts';
const PLUGIN = 'WordPress with the stem-cell-explainers plugin';
const APP = 'A developer’s app (the npm package)';

/** The clinic's own two questions, the other elements left off unless asked for. */
async function clinicFaq(b: EmbedBuilder, { only = true } = {}) {
  await click(b, 'Start empty');
  await answer(b, 'Remove all questions');
  await click(b, 'Add a question');
  await fill(b, 'Question 1', 'Where can I park?');
  await fill(b, 'Answer to question 1', 'Use the [clinic car park](/map). It is free.\n\n- Open 7am to 7pm\n- Ask at reception');
  await click(b, 'Add a question');
  await fill(b, 'Question 2', 'Can I bring someone?');
  await fill(b, 'Answer to question 2', 'Yes, one person.');
  await check(b, 'Show a search box above the questions');
  if (only) {
    await openTab(b, 'Procedure steps');
    await check(b, 'Put the procedure steps on my page');
    await openTab(b, 'Dose note');
    await check(b, 'Put the dose note on my page');
    await openTab(b, 'Questions and answers');
  }
}

/** The light-DOM fallback the server writes for an element (stem-cell-explainers/ssr, built). */
async function serverFallback(tag: string, options: object) {
  const { html } = (await executeServerCommand('ssr', { tag, options })) as { html: string };
  return html.slice(html.indexOf('</template>') + '</template>'.length, html.lastIndexOf(`</${tag}>`));
}
/** The fallback inside an element's code: everything between its opening and closing tags. */
const inner = (code: string, tag: string) => code.slice(code.indexOf('>', code.lastIndexOf(`<${tag}`)) + 1, code.lastIndexOf(`</${tag}>`));

describe('the embed builder: where will you paste it?', () => {
  freshStorage();

  describe('a page that allows scripts, files from the CDN', () => {
    it('gives one element its own file, shared chunks preloaded, and the element with its questions, which work pasted into a page', async () => {
      const b = await openBuilder();
      await clinicFaq(b);
      await pasteInto(b, PAGE);
      const code = outputs(b)['Embed code'];
      const cdn = 'https:\\/\\/cdn\\.jsdelivr\\.net\\/npm\\/stem-cell-explainers@[^"]+\\/dist\\/cdn\\/';
      expect(code).to.match(
        new RegExp(`^(<link rel="modulepreload" href="${cdn}[\\w-]+\\.js" integrity="sha384-[^"]+" crossorigin="anonymous">\\n)+`),
      );
      // The reader of the fallback markup below is in the FAQ's own file: nothing else to load.
      expect(code).not.to.contain('-content.js');
      expect(code).to.match(
        new RegExp(
          `\\n<script type="module" src="${cdn}stem-cell-faq\\.js" integrity="sha384-[^"]+" crossorigin="anonymous"></script>\\n<stem-cell-faq`,
        ),
      );
      expect(code).to.contain('<stem-cell-faq search>\n<details id="where-can-i-park"><summary>Where can I park?</summary>');
      expect(code)
        .to.contain('<a href="/map">clinic car park</a>')
        .and.contain('<ul><li>Open 7am to 7pm</li><li>Ask at reception</li></ul>');

      const { copied, status } = await copyOutput(b, 'Embed code');
      expect(copied).to.equal(code);
      expect(status).to.equal('Copied');

      const p = await page('', local(copied));
      try {
        const faq = await p.element('stem-cell-faq');
        expect(questionNames(faq)).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
        const first = faq.shadowRoot!.querySelector<HTMLButtonElement>('[role="heading"] > button')!;
        await pressOn(p.win, first);
        await waitUntil(() => first.getAttribute('aria-expanded') === 'true', 'Enter opens the question');
        const shown = faq.shadowRoot!.getElementById(first.getAttribute('aria-controls')!)!;
        expect(textOf(shown)).to.contain('Use the clinic car park. It is free.').and.contain('Ask at reception');
        expect(shown.querySelector('a')!.getAttribute('href')).to.equal('/map');
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });

    it('gives two elements their own files once, the shared chunks preloaded with their integrity, and each element on its own, which work pasted into one page', async () => {
      const b = await openBuilder();
      await openTab(b, 'Dose note');
      await check(b, 'Put the dose note on my page');
      const out = outputs(b);
      expect(Object.keys(out)).to.deep.equal(['The script, once on the page', 'Questions and answers', 'Procedure steps']);
      const script = out['The script, once on the page'];
      expect(script, 'not the all-in-one file').to.not.contain('stem-cell-explainers.js');
      const loads = [...script.matchAll(/(?:src|href)="[^"]+\/([\w.-]+\.js)"/g)].map((m) => m[1]);
      expect(loads.filter((f) => !f.startsWith('shared'))).to.deep.equal(['stem-cell-faq.js', 'procedure-steps.js']);
      expect(script.match(/rel="modulepreload"/g), 'the shared chunks, each once').to.have.length(2);
      const p = await page('', local([script, out['Procedure steps'], out['Questions and answers']].join('\n')));
      try {
        const steps = await p.element('procedure-steps');
        expect(textOf(steps.shadowRoot!)).to.contain('centrifug');
        const faq = await p.element('stem-cell-faq');
        expect(faq.shadowRoot!.querySelectorAll('[part="question"]')).to.have.length(9);
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });

    it('gives all three elements the all-in-one script once and each element on its own, which work pasted into one page', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2.5 million');
      await openTab(b, 'Dose note');
      await check(b, 'Show a calculator for the patient’s weight');
      const out = outputs(b);
      expect(Object.keys(out)).to.deep.equal(['The script, once on the page', 'Questions and answers', 'Procedure steps', 'Dose note']);
      expect(out['The script, once on the page']).to.match(
        /^<script type="module" src="[^"]+\/stem-cell-explainers\.js" integrity="sha384-/,
      );
      const p = await page(
        '',
        local(
          [
            out['The script, once on the page'],
            '<h2>Your treatment</h2>',
            out['Procedure steps'],
            out['Dose note'],
            '<h2>Questions</h2>',
            out['Questions and answers'],
          ].join('\n'),
        ),
      );
      try {
        const dose = await p.element('dose-note');
        expect(textOf(dose.shadowRoot!.querySelector('p'))).to.contain('Typically, 2.5 million stem cells for each kilogram');
        await p.element('procedure-steps');
        await p.element('stem-cell-faq');
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });

    it('loads the element’s part of Hindi before its own file for a Hindi page', async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', 'hi');
      await openTab(b, 'Questions and answers');
      await check(b, 'Put the questions and answers on my page');
      await openTab(b, 'Procedure steps');
      await check(b, 'Put the procedure steps on my page');
      const code = outputs(b)['Embed code'];
      expect(code).to.match(
        /<script type="module" src="[^"]+\/locale-hi-dose-note\.js"[^>]+><\/script>\n<script type="module" src="[^"]+\/dose-note\.js"/,
      );
      const p = await page('', local(code), { lang: 'hi' });
      try {
        const dose = await p.element('dose-note');
        expect(textOf(dose.shadowRoot!.querySelector('[role="heading"]'))).to.match(/[\u0900-\u097f]/);
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });
  });

  it('loads each element’s part of Hindi, then the English all-in-one module, for a Hindi page with all three: fewer bytes than the Hindi all-in-one file, and every element in Hindi', async () => {
    const b = await openBuilder();
    await fill(b, 'Language of the page', 'hi');
    const out = outputs(b);
    const script = out['The script, once on the page'];
    const scripts = [...script.matchAll(/<script type="module" src="[^"]+\/([\w.-]+\.js)"/g)].map((m) => m[1]);
    expect(scripts).to.deep.equal([
      'locale-hi-stem-cell-faq.js',
      'locale-hi-procedure-steps.js',
      'locale-hi-dose-note.js',
      'stem-cell-explainers.js',
    ]);
    const body = [script, out['Questions and answers'], out['Procedure steps'], out['Dose note']].join('\n');
    const p = await page('', local(body), { lang: 'hi' });
    try {
      for (const tag of ['stem-cell-faq', 'procedure-steps', 'dose-note']) {
        const el = await p.element(tag);
        expect(textOf(el.shadowRoot!.querySelector('button, [role="heading"]')), tag).to.match(/[\u0900-\u097f]/);
      }
      const loaded = p.win.performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!);
      expect(
        loaded.filter((f) => f.startsWith('stem-cell-explainers')),
        'no Hindi all-in-one file, no English text',
      ).to.deep.equal(['stem-cell-explainers.js']);
      expect(await p.violations()).to.deep.equal([]);
    } finally {
      p.remove();
    }
  });

  describe('my own server', () => {
    it('names the files to upload, and loads them from the editor’s address with their integrity; pasted, they work', async () => {
      const b = await openBuilder();
      await clinicFaq(b);
      await pasteInto(b, SELF);
      expect(problems(b)[0]).to.match(/^Address of your server: Type the address of the folder you upload the files to/);
      await fill(b, 'Address of the folder you upload the files to', `${location.origin}/cdn-raw`);
      const code = outputs(b)['Embed code'];
      checkIntegrity(code);
      const loaded = [...code.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      for (const url of loaded) expect(url.startsWith(`${location.origin}/cdn-raw/`), url).to.equal(true);
      const files = [...root(b).querySelectorAll('ul.files li a')].map((a) => textOf(a));
      // Every file the code loads, and the FAQ's English text, which it imports only for markup it cannot read (below).
      const isText = (f: string) => f.startsWith('text-en-stem-cell-faq-');
      expect(files.filter((f) => !isText(f))).to.deep.equal(loaded.map((u) => u.split('/').pop()));
      expect(files.filter(isText)).to.have.length(1);
      expect(textOf(root(b).querySelector('ul.files')!.previousElementSibling!.previousElementSibling)).to.equal(
        `First, upload these files to ${location.origin}/cdn-raw/`,
      );

      const p = await page('', code);
      try {
        const faq = await p.element('stem-cell-faq');
        expect(questionNames(faq)).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });

    it('lists the English text the FAQ imports for markup it cannot read, so a page whose CMS mangled it loads only listed files', async () => {
      const b = await openBuilder();
      await clinicFaq(b);
      await pasteInto(b, SELF);
      const folder = `${location.origin}/cdn-raw/`;
      await fill(b, 'Address of the folder you upload the files to', folder);
      const files = [...root(b).querySelectorAll('ul.files li a')].map((a) => textOf(a));
      await expectMangledFaqLoadsListed(outputs(b)['Embed code'], files, folder, 'text-en-stem-cell-faq-');
    });

    it('lists, for all three elements, the all-in-one module and the English text beside it, which a page whose CMS mangled the FAQ loads from the editor’s folder', async () => {
      const b = await openBuilder();
      await pasteInto(b, SELF);
      const folder = `${location.origin}/cdn-raw/`;
      await fill(b, 'Address of the folder you upload the files to', folder);
      const files = [...root(b).querySelectorAll('ul.files li a')].map((a) => textOf(a));
      const isText = (f: string) => f.startsWith('stem-cell-explainers-text-en-');
      expect(files.filter((f) => !isText(f))).to.deep.equal(['stem-cell-explainers.js']);
      expect(files.filter(isText), 'the FAQ’s and the steps’ English text').to.have.length(2);
      const out = outputs(b);
      const code = [out['The script, once on the page'], out['Questions and answers']].join('\n');
      await expectMangledFaqLoadsListed(code, files, folder, 'stem-cell-explainers-text-en-stem-cell-faq-');
    });

    /**
     * Pastes `code`, whose last element is the FAQ, as a CMS that kept the element, its attributes and
     * the scripts, but not the questions, leaves it: the FAQ shows its English text, from `textFile…` in
     * the editor's `folder`, and the page loads only files of the list to upload.
     */
    async function expectMangledFaqLoadsListed(code: string, files: string[], folder: string, textFile: string) {
      const open = code.indexOf('>', code.lastIndexOf('<stem-cell-faq')) + 1;
      const p = await page('', `${code.slice(0, open)}<p>Ask us about stem cells.</p></stem-cell-faq>`);
      try {
        const faq = await p.element('stem-cell-faq');
        await waitUntil(() => questionNames(faq).includes('What are stem cell injections?'), 'the English text shows', { timeout: 10_000 });
        const loaded = p.win.performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((url) => url.startsWith(folder))
          .map((url) => url.slice(folder.length));
        expect(
          loaded.filter((f) => f.startsWith(textFile)),
          'the text, from the editor’s folder',
        ).to.have.length(1);
        for (const file of loaded) expect(files, `${file} is in the list to upload`).to.include(file);
      } finally {
        p.remove();
      }
    }

    it('takes a path on the same site, and offers https:// for an address without it', async () => {
      const b = await openBuilder();
      await pasteInto(b, SELF);
      await fill(b, 'Address of the folder you upload the files to', 'riverside-clinic.in/js');
      const address = field(b, 'Address of the folder you upload the files to');
      expect(errorOf(b, address)).to.equal(
        'Error: “riverside-clinic.in/js” looks like a web address: without “https://” in front it would be a broken link.',
      );
      await click(b, 'Use https://riverside-clinic.in/js/');
      expect(outputs(b)['The script, once on the page']).to.match(
        /^<script type="module" src="https:\/\/riverside-clinic\.in\/js\/stem-cell-explainers\.js"/,
      );
      await fill(b, 'Address of the folder you upload the files to', 'http://riverside-clinic.in/js/');
      expect(description(b, address)).to.contain(
        'This address starts with http://: pages served with https:// (most sites) cannot load files from it.',
      );
      await fill(b, 'Address of the folder you upload the files to', '/assets/sce');
      expect(outputs(b)['The script, once on the page']).to.match(/^<script type="module" src="\/assets\/sce\/stem-cell-explainers\.js"/);
    });

    it('refuses an address with a quote or another character no address can have, and gives no code that could break out of its attribute', async () => {
      const b = await openBuilder();
      await pasteInto(b, SELF);
      const address = field(b, 'Address of the folder you upload the files to');
      for (const typed of ['/x"onerror="alert(1)//', 'https://riverside-clinic.in/a"onerror=alert(1)//', '/js/<x>']) {
        await fill(b, 'Address of the folder you upload the files to', typed);
        expect(errorOf(b, address), typed).to.equal(`Error: “${typed}” has a character that an address cannot have (such as < > or ").`);
        for (const code of Object.values(outputs(b))) expect(code, typed).not.to.contain('onerror');
      }
    });

    it('serves the site-wide script of the no-script form from the editor’s server too', async () => {
      const b = await openBuilder();
      await pasteInto(b, AUTHOR);
      await check(b, 'My own server');
      await fill(b, 'Address of the folder you upload the files to', '/cdn-raw/');
      expect(outputs(b)['Site-wide script, added once by an Administrator']).to.match(
        /^<script src="\/cdn-raw\/stem-cell-explainers\.iife\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<script src="\/cdn-raw\/placeholders\.iife\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/,
      );
      expect([...root(b).querySelectorAll('ul.files li a')].map((a) => textOf(a))).to.deep.equal([
        'stem-cell-explainers.iife.js',
        'placeholders.iife.js',
      ]);
    });
  });

  describe('WordPress as an Author (no scripts)', () => {
    it('gives every element readable text without any script, the dose note’s rule and notice and each element’s footer included, through the sanitizer', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '3,141,593');
      await pasteInto(b, AUTHOR);
      const out = outputs(b);
      expect(out['Dose note']).to.match(
        /^<div data-stem-cell="dose" data-cells-per-kg="3141593">\n<h3>How many stem cells are needed<\/h3>/,
      );
      const parts = [out['Questions and answers'], out['Procedure steps'], out['Dose note']];
      // Each element's fallback ends with its footer, as the element shows it: the clinic's disclaimer, then the content's version.
      for (const part of parts)
        expect(kses(part)).to.match(
          new RegExp(
            `<p>${clinicNotes.disclaimer.replaceAll('.', '\\.')}</p>\\s*<p>Content version ${contentInfo.version.replaceAll('.', '\\.')}, [^<]+</p>\\s*</div>$`,
          ),
        );
      const body = kses(parts.join('\n'));
      const p = await page('', body);
      try {
        const text = textOf(p.doc.body);
        expect(text).to.contain(`Typically, 3.15 million stem cells for each kilogram (kg) of body weight is seen as the bare minimum`);
        expect(text).to.contain(doseRule.notice);
        expect(text).to.contain(clinicNotes.disclaimer);
        expect(p.doc.querySelectorAll('details')).to.have.length.above(3);
        expect(p.doc.querySelector('ol > li h3')).to.not.equal(null);
        expect(text).not.to.match(/\{cells\}|undefined|NaN/);
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });

    it('gives a placeholder and the site-wide script; after the sanitizer, with the script, the clinic’s own questions work', async () => {
      const b = await openBuilder();
      await clinicFaq(b);
      await pasteInto(b, AUTHOR);
      const out = outputs(b);
      expect(out['Questions and answers']).to.match(/^<div data-stem-cell="faq" data-search>\n<details id="where-can-i-park">/);
      expect(out['Site-wide script, added once by an Administrator']).to.match(
        /^<script src="[^"]+stem-cell-explainers\.iife\.js" integrity="sha384-/,
      );
      const p = await page(local(out['Site-wide script, added once by an Administrator']), kses(out['Questions and answers']));
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

    it('builds the clinic’s own steps with a current step and heading level, readable after the sanitizer', async () => {
      const b = await openBuilder();
      await openTab(b, 'Procedure steps');
      await click(b, 'Start empty');
      await answer(b, 'Remove all steps');
      for (const [n, title, summary, details] of [
        ['1', 'Arrive', 'Come to the clinic.', 'Bring your letter.\n\n- Free parking'],
        ['2', 'Go home', 'Rest for a day.', 'Ask [the nurse](tel:+441234567890) if in doubt.'],
      ]) {
        await click(b, 'Add a step');
        await fill(b, `Title of step ${n}`, title);
        await fill(b, `Summary of step ${n}`, summary);
        await fill(b, `Details of step ${n}`, details);
      }
      expect([...field<HTMLSelectElement>(b, 'The step the patient is at').options].map((o) => o.text)).to.deep.equal([
        'None',
        'Step 1 of 2',
        'Step 2 of 2',
      ]);
      await fill(b, 'The step the patient is at', '2');
      await fill(b, 'Heading level of the steps', '2');
      await pasteInto(b, AUTHOR);
      const out = outputs(b);
      expect(out['Procedure steps']).to.match(
        /^<div data-stem-cell="steps" data-current="2" data-heading-level="2">\n<ol>\n<li id="arrive"><h2>Arrive<\/h2>/,
      );
      // Without the script, the patient's step is marked as the element marks it.
      expect(out['Procedure steps']).to.contain('<h2>Arrive</h2><p data-step-state><strong>Done</strong></p><p>Come to the clinic.</p>');
      expect(out['Procedure steps']).to.match(
        / aria-current="step"><h2>Go home<\/h2><p data-step-state><strong>You are here<\/strong><\/p>/,
      );
      const p = await page(local(out['Site-wide script, added once by an Administrator']), kses(out['Procedure steps']));
      try {
        const steps = await p.element('procedure-steps');
        expect(stepTitles(steps)).to.deep.equal(['Step 1 of 2: Arrive', 'Step 2 of 2: Go home']);
        expect(steps.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain('Go home');
        expect([...steps.shadowRoot!.querySelectorAll('.summary')].map((s) => s.textContent)).to.deep.equal([
          'Come to the clinic.',
          'Rest for a day.',
        ]);
        expect(steps.shadowRoot!.querySelector('a[href="tel:+441234567890"]')!.textContent).to.equal('the nurse');
        expect(await p.violations()).to.deep.equal([]);
      } finally {
        p.remove();
      }
    });
  });

  describe('the WordPress plugin', () => {
    it('gives a block and a shortcode with the plugin’s names, carrying the questions and the clinic’s figure', async () => {
      const b = await openBuilder();
      await clinicFaq(b);
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '20 lakh');
      await pasteInto(b, PLUGIN);
      const out = outputs(b);
      const block = /^<!-- wp:stem-cell-explainers\/faq (\{.*\}) \/-->$/.exec(out['Questions and answers: block'])!;
      expect(JSON.parse(block[1])).to.deep.equal({
        search: true,
        'cells-per-kg': '2000000',
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
      expect(out['Questions and answers: shortcode']).to.match(
        /^\[stem_cell_faq search="true" cells-per-kg="2000000" bundled="false"\]\n<details id="where-can-i-park"><summary>Where can I park\?<\/summary>/,
      );
      expect(out['Questions and answers: shortcode']).to.match(/<\/details>\n\[\/stem_cell_faq\]$/);
    });

    it('says the plugin follows the site’s language, and cannot show the clinic’s own steps', async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', 'hi');
      await openTab(b, 'Procedure steps');
      await fill(b, 'Title of step 1', 'Arrive');
      await pasteInto(b, PLUGIN);
      const notes = [...root(b).querySelectorAll('p.warning')].map((p) => textOf(p));
      expect(notes).to.include(
        'The plugin writes the elements in your site’s language (Settings → General → Site Language): set it to हिन्दी (Hindi).',
      );
      expect(notes.join(' ')).to.contain('it cannot show your own steps');
      expect(outputs(b)['Procedure steps: block']).to.equal('<!-- wp:stem-cell-explainers/procedure-steps /-->');
    });
  });

  it('gives a developer the markup with its content, and the npm imports', async () => {
    const b = await openBuilder();
    await clinicFaq(b);
    await fill(b, 'Language of the page', 'hi');
    await pasteInto(b, APP);
    const out = outputs(b);
    expect(out['Questions and answers: markup']).to.match(/^<stem-cell-faq lang="hi" search>\n<details id="where-can-i-park">/);
    expect(out.JavaScript).to.equal("import 'stem-cell-explainers';\nimport 'stem-cell-explainers/locales/hi';");
  });

  describe('every output carries fallback text for every element', () => {
    for (const place of [PAGE, SELF, AUTHOR, APP])
      it(`in “${place}”: the FAQ’s questions, the steps and the dose note’s rule and notice`, async () => {
        const b = await openBuilder();
        await pasteInto(b, place);
        if (place === SELF) await fill(b, 'Address of the folder you upload the files to', '/js/');
        const out = Object.entries(outputs(b));
        const of = (name: string) => out.find(([h]) => h.startsWith(name))![1];
        expect(of('Questions and answers')).to.match(/<details id="[\w-]+"><summary>[^<]+<\/summary><p>/);
        expect(of('Procedure steps')).to.match(/<ol>\n<li id="[\w-]+"><h3>[^<]+<\/h3><p>/);
        expect(of('Dose note')).to.contain('<span data-cells>2 million</span>').and.contain(`<strong>${doseRule.notice}</strong>`);
      });

    it('writes the same fallback, character for character, as the server does for the same figure and review, the footer’s lines included', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '3,141,593');
      const review = { 'last-reviewed': contentInfo.writtenOn, 'next-review-due': '2027-11-30', 'reviewed-by': 'Dr A. Rao' };
      await fill(b, 'Date a clinician last reviewed this information', review['last-reviewed']);
      await fill(b, 'Date of the next review', review['next-review-due']);
      await fill(b, 'Name of the person who reviewed it', review['reviewed-by']);
      const out = outputs(b);
      for (const [name, tag] of [
        ['Questions and answers', 'stem-cell-faq'],
        ['Procedure steps', 'procedure-steps'],
        ['Dose note', 'dose-note'],
      ])
        expect(inner(out[name], tag), tag).to.equal(
          await serverFallback(tag, { attributes: { 'cells-per-kg': 3141593, ...(tag === 'stem-cell-faq' ? review : {}) } }),
        );
      expect(out['Questions and answers']).to.contain(
        `\n<p>Page last reviewed: ${formatDate(new Date(`${contentInfo.writtenOn}T00:00:00Z`), 'en')} · Next review due: November 30, 2027</p>\n<p>Reviewed by: Dr A. Rao</p>\n<p>${clinicNotes.disclaimer}</p>\n<p>Content version ${contentInfo.version}, written from the clinic’s information on `,
      );
    });
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const b = await openBuilder();
    const { status } = await copyOutput(b, 'Dose note', () => Promise.reject(new Error('denied')));
    expect(status).to.equal('Could not copy. The code is selected: copy it with Ctrl+C (⌘C on a Mac).');
    expect(getSelection()!.toString()).to.contain('<dose-note>');
    expect(dialog(b)).to.equal(null);
  });
});
