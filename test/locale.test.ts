// Languages: each element follows the nearest lang; Hindi ships as a module (and a CDN bundle);
// any clinic can register another language; search in Devanagari keeps its vowel signs.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/locales/hi.js';
import { registerLocale, type DoseNote, type ProcedureSteps, type StemCellFaq } from '../src/index.js';
import { faqEntriesHi } from '../src/content/hi/index.js';
import { stringsHi } from '../src/content/hi/strings.js';
import { addLocale, registered } from '../src/internal/locale.js';
import { captureConsole, shadowText } from './helpers.js';
import { result, typeWeight } from './support/dose.js';
import { button, questions, search, shownStatus, visibleQuestions } from './support/faq.js';
import { hasHindiWords, itWhere, press } from './support/engine.js';
import { titles } from './support/steps.js';

/** The three elements inside one container with this lang. */
async function trio(lang: string) {
  const root = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><stem-cell-faq search></stem-cell-faq><procedure-steps></procedure-steps><dose-note calculator></dose-note></div>`,
  );
  const [faq, steps, dose] = [...root.children] as [StemCellFaq, ProcedureSteps, DoseNote];
  await Promise.all([faq, steps, dose].map((el) => el.updateComplete));
  return { root, faq, steps, dose };
}

afterEach(() => document.documentElement.setAttribute('lang', 'en'));

describe('languages', () => {
  describe('Hindi', () => {
    for (const lang of ['hi', 'hi-IN']) {
      it(`shows the FAQ, the steps and the dose note in Hindi under lang="${lang}"`, async () => {
        const { faq, steps, dose } = await trio(lang);
        expect(questions(faq).map((q) => q.textContent!.trim())).to.deep.equal(faqEntriesHi.map((e) => e.question));
        expect(button(faq, stringsHi.faq.showAll)).to.be.instanceOf(HTMLButtonElement);
        expect(titles(steps)[0]).to.match(/^चरण 1/);
        expect(shadowText(dose)).to.contain('स्टेम सेल');
        for (const el of [faq, steps, dose]) expect(shadowText(el), el.localName).to.contain('जानकारी का वर्ज़न');
      });
    }

    itWhere(
      hasHindiWords,
      'this engine’s ICU has no Hindi number words',
      'writes the rule as “20 लाख” and 70 kg as “14 करोड़”',
      async () => {
        const { dose } = await trio('hi');
        expect(shadowText(dose)).to.contain('शरीर के हर किलो वज़न पर 20 लाख।');
        await typeWeight(dose, '70');
        expect(result(dose)).to.contain('14 करोड़');
      },
    );

    it('passes axe in Hindi, with an answer open', async () => {
      const { faq, steps, dose } = await trio('hi');
      questions(faq)[0].click();
      await faq.updateComplete;
      for (const el of [faq, steps, dose]) await expect(el).to.be.accessible();
    });

    it('opens an answer from the keyboard in Hindi', async () => {
      const { faq } = await trio('hi');
      questions(faq)[1].focus();
      await press('Enter');
      await faq.updateComplete;
      expect(questions(faq)[1].getAttribute('aria-expanded')).to.equal('true');
    });

    it('leaves room for vowel signs above and below: no question, label or focus ring is clipped', async () => {
      const { faq, dose } = await trio('hi');
      for (const q of questions(faq)) {
        expect(q.scrollHeight, q.textContent!).to.be.at.most(q.clientHeight + 1);
        expect(getComputedStyle(q).overflow).to.equal('visible');
      }
      const style = getComputedStyle(faq);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.5);
      questions(faq)[0].focus();
      await press('ArrowDown'); // a keyboard focus shows the ring
      expect(getComputedStyle(questions(faq)[1]).outlineOffset).to.equal('2px');
      expect(getComputedStyle(dose.shadowRoot!.querySelector('label')!).overflow).to.equal('visible');
    });

    it('keeps English for en, en-IN, en-GB and unknown languages', async () => {
      for (const lang of ['en', 'en-IN', 'en-GB', 'xx']) {
        const { faq } = await trio(lang);
        expect(questions(faq)[0].textContent!.trim(), lang).to.equal('What are stem cell injections?');
      }
    });
  });

  describe('changing language at run time', () => {
    it('follows the page’s lang when it changes', async () => {
      const faq = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      document.documentElement.setAttribute('lang', 'hi');
      await Promise.resolve(); // mutation observers report in the microtask queued by the change
      await faq.updateComplete;
      expect(questions(faq)[0].textContent!.trim()).to.equal(faqEntriesHi[0].question);
      document.documentElement.setAttribute('lang', 'en');
      await Promise.resolve();
      await faq.updateComplete;
      expect(questions(faq)[0].textContent!.trim()).to.equal('What are stem cell injections?');
    });

    it('follows its own lang when it changes', async () => {
      const dose = await fixture<DoseNote>(html`<dose-note weight="70"></dose-note>`);
      expect(result(dose)).to.contain('140 million');
      dose.setAttribute('lang', 'hi');
      await Promise.resolve();
      await dose.updateComplete;
      expect(result(dose)).to.match(/^इस नियम के हिसाब से, 70 किलो के लिए/);
    });
  });

  describe('search in Devanagari', () => {
    const items = [
      { id: 'ki', question: 'दवा की खुराक', answer: ['पहला जवाब।'] },
      { id: 'ka', question: 'दवा का असर', answer: ['दूसरा जवाब।'] },
    ];

    it('keeps vowel signs: “की” finds only what says “की”, not “का”', async () => {
      const faq = await fixture<StemCellFaq>(html`<stem-cell-faq lang="hi" search .items=${items}></stem-cell-faq>`);
      await search(faq, 'की');
      expect(visibleQuestions(faq)).to.deep.equal(['दवा की खुराक']);
      await search(faq, 'का');
      expect(visibleQuestions(faq)).to.deep.equal(['दवा का असर']);
      await search(faq, 'दवा');
      expect(shownStatus(faq)).to.contain('2');
    });

    it('finds a word however the keyboard spells it: without the nukta, with anusvara for chandrabindu', async () => {
      const faq = await fixture<StemCellFaq>(html`<stem-cell-faq lang="hi" search></stem-cell-faq>`);
      // The Hindi FAQ says ज़रूरी (with the nukta) and महँगा (with chandrabindu).
      await search(faq, 'जरूरी');
      expect(visibleQuestions(faq)).to.include(faqEntriesHi.find((e) => e.id === 'are-they-safe')!.question);
      await search(faq, 'महंगा');
      expect(visibleQuestions(faq)).to.deep.equal([faqEntriesHi.find((e) => e.id === 'what-are-stem-cell-injections-used-for')!.question]);
    });

    it('finds a word whatever its ending: “घुटना” (knee) finds the answers that say “घुटने”', async () => {
      const faq = await fixture<StemCellFaq>(html`<stem-cell-faq lang="hi" search></stem-cell-faq>`);
      await search(faq, 'घुटने');
      const knee = visibleQuestions(faq);
      expect(knee).to.have.length.above(1);
      for (const word of ['घुटना', 'घुटनों']) {
        await search(faq, word);
        expect(visibleQuestions(faq), word).to.deep.equal(knee);
      }
    });

    it('still folds Latin accents and case', async () => {
      const faq = await fixture<StemCellFaq>(
        html`<stem-cell-faq search .items=${[{ id: 'c', question: 'Café hours?', answer: ['Open.'] }]}></stem-cell-faq>`,
      );
      await search(faq, 'CAFE');
      expect(questions(faq)[0].checkVisibility()).to.equal(true);
    });
  });

  describe('registering another language', () => {
    it('adds a clinic’s own language, with English for what it leaves out, and says what is missing', async () => {
      const warnings = captureConsole('warn');
      registerLocale('ta', { strings: { showAll: 'அனைத்தையும் காட்டு' } });
      warnings.restore();
      expect(warnings.messages.join('\n')).to.contain('registerLocale("ta"): no ').and.contain('those stay in English');
      const faq = await fixture<StemCellFaq>(html`<stem-cell-faq lang="ta-IN"></stem-cell-faq>`);
      expect(button(faq, 'அனைத்தையும் காட்டு')).to.be.instanceOf(HTMLButtonElement);
      expect(questions(faq)[0].textContent!.trim()).to.equal('What are stem cell injections?');
    });

    it('changes a label of a language the package ships and keeps its text, its other labels and its footer', async () => {
      const shipped = registered('hi')!;
      const warnings = captureConsole('warn');
      try {
        registerLocale('hi', { strings: { showAll: 'सारे जवाब खोलें' } });
        warnings.restore();
        expect(warnings.messages.join('\n')).not.to.contain('stay in English');
        const { faq, steps, dose } = await trio('hi');
        expect(button(faq, 'सारे जवाब खोलें')).to.be.instanceOf(HTMLButtonElement);
        expect(questions(faq).map((q) => q.textContent!.trim())).to.deep.equal(faqEntriesHi.map((e) => e.question));
        expect(titles(steps)[0]).to.match(/^चरण 1/);
        for (const el of [faq, steps, dose]) expect(shadowText(el), el.localName).to.contain('जानकारी का वर्ज़न');
      } finally {
        warnings.restore();
        addLocale('hi', shipped);
      }
    });

    it('tells the developer which text a language of their own lacks, and names no file of ours for it', async () => {
      const warnings = captureConsole('warn');
      try {
        registerLocale('kn', { strings: { showAll: 'ಎಲ್ಲವನ್ನೂ ತೋರಿಸಿ' } });
        const faq = await fixture<StemCellFaq>(html`<stem-cell-faq lang="kn"></stem-cell-faq>`);
        const steps = await fixture<ProcedureSteps>(html`<procedure-steps lang="kn"></procedure-steps>`);
        warnings.restore();
        expect(titles(steps)[0]).to.match(/^Step 1/);
        expect(questions(faq)[0].textContent!.trim()).to.equal('What are stem cell injections?');
        const said = warnings.messages.join('\n');
        expect(said).to.contain('registerLocale("kn"): no content.faq, content.steps, content.dose; that text stays in English.');
        expect(said).not.to.contain('locale-kn');
      } finally {
        warnings.restore();
      }
    });

    it('writes figures in English in an element whose own words the language lacks, so no sentence mixes two languages', async () => {
      const warnings = captureConsole('warn');
      try {
        registerLocale('pa', { strings: { showAll: 'ਸਾਰੇ ਜਵਾਬ ਖੋਲ੍ਹੋ' } });
      } finally {
        warnings.restore();
      }
      const dose = await fixture<DoseNote>(html`<dose-note lang="pa" calculator weight="80"></dose-note>`);
      expect(result(dose)).to.contain('at least 160 million cells');
      expect(shadowText(dose))
        .to.contain('Typically, 2 million stem cells')
        .and.not.match(/[\u0A00-\u0A7F]/);
    });

    it('refuses a string whose placeholders differ from English, naming it', async () => {
      const errors = captureConsole('error');
      registerLocale('mr', { strings: { searchMatches: '{shown} प्रश्न' } });
      errors.restore();
      expect(errors.messages.join('\n')).to.contain('"strings.searchMatches" must use the placeholders of English');
    });

    it('refuses a dose rule that would not show the clinic’s figure, and shows the English rule with it', async () => {
      const errors = captureConsole('error');
      try {
        registerLocale('gu', { content: { dose: { heading: 'કોષો', rule: 'ઓછામાં ઓછા કોષો જોઈએ.', meaning: 'અર્થ', notice: 'નોંધ' } } });
        errors.restore();
        expect(errors.messages.join('\n')).to.contain('registerLocale("gu"): "content.dose.rule" must show the figure with {cells}');
        const dose = await fixture<DoseNote>(html`<dose-note lang="gu"></dose-note>`);
        expect(shadowText(dose)).to.contain('Typically,').and.not.contain('ઓછામાં ઓછા કોષો જોઈએ');
      } finally {
        errors.restore();
      }
    });

    it('refuses a content date that is not a date, and the element still shows its text and footer', async () => {
      const errors = captureConsole('error');
      try {
        registerLocale('fr', {
          strings: {},
          content: {
            faq: [{ id: 'q', question: 'Une question ?', answer: ['Une réponse.'] }],
            info: { version: '1.0', writtenOn: 'soon', source: 'x' },
          },
        });
        expect(errors.messages.join('\n')).to.contain(
          'registerLocale("fr"): "content.info" needs text for writtenOn (writtenOn: a date such as 2026-12-04); English is used.',
        );
        const faq = await fixture<StemCellFaq>(html`<stem-cell-faq lang="fr"></stem-cell-faq>`);
        expect(questions(faq).map((q) => q.textContent!.trim())).to.deep.equal(['Une question ?']);
        expect(shadowText(faq))
          .to.match(/Content version [\d.]+, written/)
          .and.not.contain('Invalid');
        expect(errors.messages.join('\n')).not.to.contain('RangeError');
      } finally {
        errors.restore();
      }
    });

    it('writes a figure by Intl where a language’s own way of writing it gives no text, and says so once', async () => {
      const errors = captureConsole('error');
      try {
        registerLocale('de', { strings: {}, numbers: () => undefined as never });
        registerLocale('sv', {
          strings: {},
          numbers: () => {
            throw new Error('boom');
          },
        });
        for (const lang of ['de', 'sv']) {
          const dose = await fixture<DoseNote>(html`<dose-note lang=${lang} calculator weight="70"></dose-note>`);
          expect(shadowText(dose), lang).not.to.match(/undefined|boom/);
          expect(result(dose), lang).to.match(/140/);
        }
        const said = errors.messages.filter((m) => m.includes('"numbers" gave no text'));
        expect(said).to.have.length(2);
        expect(said.join('\n')).to.contain('registerLocale("sv"): "numbers" gave no text for 2000000 (Error: boom)');
      } finally {
        errors.restore();
      }
    });

    it('refuses a tag that is not a language', async () => {
      const errors = captureConsole('error');
      registerLocale('not a tag', { strings: {} });
      errors.restore();
      expect(errors.messages.join('\n')).to.contain('not a language tag');
    });

    it('validates content as editor content is, keeping the valid entries', async () => {
      const errors = captureConsole('error');
      registerLocale('gu', { strings: {}, content: { faq: [{ id: 'ok', question: 'પ્રશ્ન?', answer: ['જવાબ.'] }, { id: '' } as never] } });
      errors.restore();
      expect(errors.messages.join('\n')).to.contain('entry 2');
      const faq = await fixture<StemCellFaq>(html`<stem-cell-faq lang="gu"></stem-cell-faq>`);
      expect(questions(faq).map((q) => q.textContent!.trim())).to.deep.equal(['પ્રશ્ન?']);
    });
  });
});
