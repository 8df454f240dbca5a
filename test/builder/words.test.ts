// Words an editor uses: every label, hint and error in plain language (attribute names only as a
// detail for developers), real date controls with one format, links checked as they are typed.
import { expect } from '@open-wc/testing';
import { elements } from '../../builder/embed-builder.js';
import { FIELDS } from '../../builder/fields.js';
import { toBlocks } from '../../builder/text-blocks.js';
import { answerTextCases } from '../../scripts/answer-text-cases.mjs';
import { contentInfo } from '../../src/content/index.js';
import { contentInfoHi } from '../../src/content/hi/info.js';
import { formatDate } from '../../src/internal/numbers.js';
import {
  answer,
  check,
  click,
  description,
  errorOf,
  field,
  fill,
  freshStorage,
  openBuilder,
  openTab,
  outputs,
  problems,
  root,
  settle,
  textOf,
  type EmbedBuilder,
} from './support.js';
import { itWhere, typeText } from '../support/engine.js';

/** Whether this engine has a date control (WebKitGTK's is a text field). */
const hasDateControl = (() => {
  const input = document.createElement('input');
  input.type = 'date';
  return input.type === 'date';
})();

const TABS = ['Questions and answers', 'Procedure steps', 'Dose note'];

/** The builder's own words as shown: everything but the code, the preview and the lines for developers. */
function editorText(b: EmbedBuilder) {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Element && child.matches('.dev, pre, #preview, dialog:not([open]), style')) continue;
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      walk(child);
    }
  };
  walk(root(b));
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('the embed builder: words an editor uses', () => {
  freshStorage();

  it('has a plain label for every attribute the elements document', () => {
    for (const [tag, attributes] of Object.entries(elements) as [keyof typeof FIELDS, { name: string }[]][])
      for (const { name } of attributes)
        if (name !== 'cells-per-kg')
          expect(
            FIELDS[tag].map((f) => f.name),
            `<${tag}> ${name}`,
          ).to.include(name);
  });

  it('shows no attribute name, and no developer wording, outside the lines for developers', async () => {
    const b = await openBuilder();
    const names = [...new Set(Object.values(elements).flatMap((a) => a.map((x) => x.name)))].filter((n) => n.includes('-'));
    for (const tab of TABS) {
      await openTab(b, tab);
      const text = editorText(b);
      for (const name of names) expect(text, `${tab}: ${name}`).not.to.contain(name);
      for (const jargon of ['ancestor', 'data-', 'attribute', 'YYYY', '(0 given)', 'entries', 'JSON'])
        expect(text, `${tab}: ${jargon}`).not.to.contain(jargon);
      const labels = [...root(b).querySelectorAll('label, legend')].map((l) => textOf(l));
      for (const label of labels) expect(label, 'a label in words').not.to.match(/^[a-z]+(-[a-z]+)+$/);
    }
  });

  it('names the attribute for developers beside its plain label', async () => {
    const b = await openBuilder();
    const hint = field(b, 'Let search engines show these questions in their results').closest('.field')!;
    expect(textOf(hint.querySelector('.dev'))).to.equal('For developers: the structured-data attribute.');
  });

  describe('dates', () => {
    it('uses the browser’s date control, names no other format, and shows the date as patients will read it', async () => {
      const b = await openBuilder();
      const date = field(b, 'Date a clinician last reviewed this information');
      if (date.type === 'date') expect(description(b, date)).not.to.match(/\d{4}-\d\d-\d\d|YYYY|mm|dd/i);
      else expect(description(b, date)).to.contain('Type it as year-month-day, for example 2026-10-01.');
      // A review that covers the bundled text in English and in Hindi (each has the day it was written).
      const day = [contentInfo.writtenOn, contentInfoHi.writtenOn].sort().at(-1)!;
      const [y, m, d] = day.split('-').map(Number);
      await fill(b, 'Date a clinician last reviewed this information', day);
      expect(description(b, date)).to.contain(`Patients read: ${formatDate(new Date(Date.UTC(y, m - 1, d)), 'en')}`);
      await fill(b, 'Language of the page', 'hi');
      expect(description(b, field(b, 'Date a clinician last reviewed this information'))).to.contain(
        `Patients read: ${new Intl.DateTimeFormat('hi', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d))}`,
      );
      expect(outputs(b)['Questions and answers']).to.match(new RegExp(`^<stem-cell-faq lang="hi" last-reviewed="${day}">`));
    });

    it('says a review dated before the bundled questions were written did not cover them', async () => {
      const b = await openBuilder();
      await fill(b, 'Date a clinician last reviewed this information', '2025-01-15');
      const date = field(b, 'Date a clinician last reviewed this information');
      expect(errorOf(b, date)).to.match(
        /^Error: This review took place before the bundled questions were written \(\d+ \w+ \d{4}\), so it did not cover them: patients would not be shown it, nor the reviewer’s name\./,
      );
      expect(problems(b)).to.have.length(1);
      // One question changed: the other eight are still the bundled text, which the review did not cover.
      await fill(b, 'Question 1', 'Where can I park?');
      expect(errorOf(b, field(b, 'Date a clinician last reviewed this information'))).to.match(
        /^Error: This review took place before the bundled questions were written/,
      );
      expect(Object.values(outputs(b)).join('\n')).not.to.contain('2025-01-15');
      // The clinic's own questions only: their review is theirs to give.
      await click(b, 'Start empty');
      await answer(b, 'Remove all questions');
      await click(b, 'Add a question');
      await fill(b, 'Question 1', 'Where can I park?');
      await fill(b, 'Answer to question 1', 'Behind the clinic.');
      expect(errorOf(b, field(b, 'Date a clinician last reviewed this information'))).to.equal('');
      expect(outputs(b)['Questions and answers']).to.match(/^<stem-cell-faq last-reviewed="2025-01-15">/);
    });

    it('refuses a last review dated after today, in plain words, and gives no code with it', async () => {
      const b = await openBuilder();
      const later = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
      await fill(b, 'Date a clinician last reviewed this information', later);
      expect(errorOf(b, field(b, 'Date a clinician last reviewed this information'))).to.equal(
        'Error: The last review cannot be in the future. Choose the day it took place.',
      );
      expect(problems(b)).to.have.length(1);
      expect(Object.values(outputs(b)).join('\n')).not.to.contain(later);
    });

    itWhere(
      hasDateControl,
      'no date control: a date is typed as text, which the builder reads itself',
      'says so when what is typed in the date control is no date, instead of dropping the date without a word',
      async () => {
        const b = await openBuilder();
        const date = field(b, 'Date of the next review');
        date.focus();
        await typeText('12'); // the month alone
        date.blur();
        await settle(b);
        expect(date.validity.badInput, 'the engine holds an unfinished date').to.equal(true);
        expect(errorOf(b, date)).to.equal('Error: This date is not complete. Fill in its day, its month and its year.');
        expect(problems(b)).to.have.length(1);
        expect(outputs(b)).to.deep.equal({});
        // What the editor typed stays in the field, to finish.
        expect(field(b, 'Date of the next review').validity.badInput).to.equal(true);
        await fill(b, 'Date of the next review', '2027-06-01');
        expect(errorOf(b, field(b, 'Date of the next review'))).to.equal('');
        expect(outputs(b)['Questions and answers']).to.match(/^<stem-cell-faq next-review-due="2027-06-01">/);
      },
    );

    it('tells the editor when the next review’s day has come, and gives the code with the date as patients will read it', async () => {
      const b = await openBuilder();
      await fill(b, 'Date a clinician last reviewed this information', contentInfo.writtenOn);
      const today = new Date().toISOString().slice(0, 10);
      await fill(b, 'Date of the next review', today);
      const date = field(b, 'Date of the next review');
      expect(errorOf(b, date)).to.equal('');
      expect(description(b, date)).to.contain(
        `Patients read: ${formatDate(new Date(`${today}T00:00:00Z`), 'en')}. That day has come: the information is due for review. Review it, then give the new dates.`,
      );
      expect(outputs(b)['Questions and answers']).to.contain(`next-review-due="${today}"`);
      const later = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
      await fill(b, 'Date of the next review', later);
      expect(description(b, field(b, 'Date of the next review'))).not.to.contain('due for review');
    });

    it('refuses a next review that comes before the last one, in plain words', async () => {
      const b = await openBuilder();
      await fill(b, 'Date a clinician last reviewed this information', contentInfo.writtenOn);
      await fill(b, 'Date of the next review', '2025-06-01');
      expect(errorOf(b, field(b, 'Date of the next review'))).to.equal('Error: The next review must come after the last review.');
      expect(problems(b)).to.deep.equal([
        'Questions and answers, date of the next review: The next review must come after the last review.',
      ]);
    });
  });

  describe('the step the patient is at', () => {
    it('shows a step that is gone as chosen, not as “None”, so that choosing “None” clears the error', async () => {
      const b = await openBuilder();
      await openTab(b, 'Procedure steps');
      await fill(b, 'The step the patient is at', '4');
      await fill(b, 'Where the cells come from', 'allogenic');
      const select = field<HTMLSelectElement>(b, 'The step the patient is at');
      expect(errorOf(b, select)).to.equal('Error: There are only 2 steps now. Choose the step again.');
      // What the control shows is what the error is about; “None” is a choice the editor can make.
      expect(select.selectedOptions[0].text).to.equal('Step 4, no longer there');
      expect([...select.options].filter((o) => !o.disabled).map((o) => o.text)).to.deep.equal(['None', 'Step 1 of 2', 'Step 2 of 2']);
      await fill(b, 'The step the patient is at', '');
      const now = field<HTMLSelectElement>(b, 'The step the patient is at');
      expect(errorOf(b, now)).to.equal('');
      expect(now.selectedOptions[0].text).to.equal('None');
      expect([...now.options].map((o) => o.text)).to.deep.equal(['None', 'Step 1 of 2', 'Step 2 of 2']);
      expect(outputs(b)['Procedure steps']).to.match(/^<procedure-steps source="allogenic">/);
    });
  });

  describe('links, checked as they are typed', () => {
    it('flags a link without https:// in an answer, and fixes it with one click', async () => {
      const b = await openBuilder();
      await fill(b, 'Answer to question 1', 'See [our map](www.riverside-clinic.in/map) before you come.');
      const answer = field<HTMLTextAreaElement>(b, 'Answer to question 1');
      expect(answer.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(b, answer)).to.equal(
        'Error: The link “our map”: “www.riverside-clinic.in/map” looks like a web address: without “https://” in front it would be a broken link.',
      );
      expect(outputs(b)).to.deep.equal({});
      await click(b, 'Change it to https://www.riverside-clinic.in/map');
      expect(field<HTMLTextAreaElement>(b, 'Answer to question 1').value).to.equal(
        'See [our map](https://www.riverside-clinic.in/map) before you come.',
      );
      expect(errorOf(b, field(b, 'Answer to question 1'))).to.equal('');
      expect(outputs(b)['Questions and answers']).to.contain('<a href="https://www.riverside-clinic.in/map">our map</a>');
    });

    it('offers mailto: for an email address and tel: for a phone number', async () => {
      const b = await openBuilder();
      await fill(b, 'Answer to question 1', 'Write to [us](care@riverside-clinic.in) or [call](+91 98765 43210).');
      const error = errorOf(b, field(b, 'Answer to question 1'));
      expect(error).to.contain('“care@riverside-clinic.in” looks like an email address: it needs “mailto:” in front to work as a link.');
      expect(error).to.contain('“+91 98765 43210” looks like a phone number: it needs “tel:” in front to work as a link.');
      await click(b, 'Change it to mailto:care@riverside-clinic.in');
      await click(b, 'Change it to tel:+919876543210');
      expect(outputs(b)['Questions and answers'])
        .to.contain('<a href="mailto:care@riverside-clinic.in">us</a>')
        .and.to.contain('<a href="tel:+919876543210">call</a>');
    });

    it('keeps an unsafe link’s text as text, saying why, and editor markup as text', async () => {
      const b = await openBuilder();
      await fill(b, 'Question 1', '<img src=x onerror=alert(1)> "quoted"?');
      await fill(b, 'Answer to question 1', 'Call [us](javascript:alert(1)) <script>alert(2)</script>');
      expect(errorOf(b, field(b, 'Answer to question 1'))).to.contain(
        'The link “us”: “javascript:alert(1)” is not a web, email or phone address, so it cannot be a link. Give one that starts with https://, mailto: or tel:.',
      );
      await fill(b, 'Answer to question 1', 'Call us <script>alert(2)</script>');
      const code = outputs(b)['Questions and answers'];
      expect(code).to.contain('<summary>&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;?</summary>');
      expect(code).to.contain('<p>Call us &lt;script&gt;alert(2)&lt;/script&gt;</p>');
    });

    it('checks the steps’ link to the dose page, and offers the fix', async () => {
      const b = await openBuilder();
      await openTab(b, 'Procedure steps');
      await fill(b, 'Link to your page about the dose', 'riverside-clinic.in/dose');
      expect(errorOf(b, field(b, 'Link to your page about the dose'))).to.equal(
        'Error: “riverside-clinic.in/dose” looks like a web address: without “https://” in front it would be a broken link.',
      );
      await click(b, 'Use https://riverside-clinic.in/dose');
      expect(outputs(b)['Procedure steps']).to.match(/^<procedure-steps dose-link="https:\/\/riverside-clinic\.in\/dose">/);
      await fill(b, 'Link to your page about the dose', '#dose');
      expect(errorOf(b, field(b, 'Link to your page about the dose'))).to.equal('');
    });

    it('names a misspelt https with its fix, and refuses what no address can be, in the words of the field it is in', async () => {
      const b = await openBuilder();
      await openTab(b, 'Procedure steps');
      const dose = 'Link to your page about the dose';
      await fill(b, dose, 'htps://riverside-clinic.in/dose');
      expect(errorOf(b, field(b, dose))).to.equal('Error: “htps://riverside-clinic.in/dose” has “htps” where “https” goes.');
      await click(b, 'Use https://riverside-clinic.in/dose');
      expect(outputs(b)['Procedure steps']).to.match(/^<procedure-steps dose-link="https:\/\/riverside-clinic\.in\/dose">/);
      await fill(b, dose, '<script>');
      expect(errorOf(b, field(b, dose))).to.equal('Error: “<script>” has a character that an address cannot have (such as < > or ").');
      // Nothing is “kept as plain text” where the code is held back.
      await fill(b, dose, 'ftp://riverside-clinic.in/dose');
      expect(errorOf(b, field(b, dose))).to.equal(
        'Error: “ftp://riverside-clinic.in/dose” is not a web, email or phone address, so it cannot be a link. Give one that starts with https://, mailto: or tel:.',
      );
      expect(outputs(b)).to.deep.equal({});
      // The folder of one's own server is no link: it is named as a web address.
      await fill(b, dose, '');
      await check(b, 'A page that allows scripts, with the files on my own server');
      await fill(b, 'Address of the folder you upload the files to', 'ftp://riverside-clinic.in/js/');
      expect(errorOf(b, field(b, 'Address of the folder you upload the files to'))).to.equal(
        'Error: “ftp://riverside-clinic.in/js/” is not a web address: give one that starts with https://, or with / for a folder on the same site as your pages.',
      );
    });

    it('reads an answer’s paragraphs, bullet points and line breaks as the WordPress plugin reads its own answers (one table of cases)', () => {
      for (const { text, blocks } of answerTextCases) expect(toBlocks(text).blocks, JSON.stringify(text)).to.deep.equal(blocks);
    });

    it('says beside an answer that a {name} other than {cells} shows as typed, naming the one that is the figure', async () => {
      const b = await openBuilder();
      const answer = field<HTMLTextAreaElement>(b, 'Answer to question 1');
      await fill(b, 'Question 1', 'How many {cell}?');
      await fill(b, 'Answer to question 1', 'At least {cells}, or {Cells}.');
      expect(description(b, answer)).to.contain(
        'Patients will see “{cell}” and “{Cells}” as typed: only “{cells}” stands for your clinic’s figure.',
      );
      await fill(b, 'Question 1', 'How many?');
      await fill(b, 'Answer to question 1', 'At least {cells}.');
      expect(description(b, answer)).not.to.contain('Patients will see');
    });

    it('says beside an answer that Markdown’s bold and HTML tags show as typed, and still gives the code', async () => {
      const b = await openBuilder();
      const answer = field<HTMLTextAreaElement>(b, 'Answer to question 1');
      await fill(b, 'Answer to question 1', 'Do **not** eat after midnight.<br>Call us at <b>0123 456</b>. Age <18: ask us.');
      expect(description(b, answer)).to.contain(
        'Patients will see “**”, “<br>”, and “<b>” as typed: this text is not read as HTML or Markdown, and nothing in it is shown in bold. Leave a blank line between paragraphs.',
      );
      expect(errorOf(b, answer)).to.equal('');
      expect(outputs(b)['Questions and answers']).to.contain(
        'Do **not** eat after midnight.&lt;br&gt;Call us at &lt;b&gt;0123 456&lt;/b&gt;. Age &lt;18: ask us.',
      );
      await fill(b, 'Answer to question 1', 'Do not eat after midnight. Age <18: ask us. A 2 * 3 grid, snake_case__name.');
      expect(description(b, answer)).not.to.contain('Patients will see');
    });

    it('says when an address has a space, or a link is left open', async () => {
      const b = await openBuilder();
      await fill(b, 'Answer to question 1', 'See [our map](https://riverside clinic.in/map).');
      expect(errorOf(b, field(b, 'Answer to question 1'))).to.contain(
        'The link “our map”: “https://riverside clinic.in/map” has a space in it, and a link’s address cannot. Remove the space.',
      );
      await fill(b, 'Answer to question 1', 'See [our map](https://riverside-clinic.in/map');
      expect(errorOf(b, field(b, 'Answer to question 1'))).to.contain(
        'A link could not be read: its closing bracket is missing. Write it as [text](https://address).',
      );
    });
  });
});
