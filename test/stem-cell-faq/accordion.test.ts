// Opening and closing answers: by click, Show all and Hide all, single mode, find-in-page, the element's methods, the faq-toggle event and the opening animation.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { FaqToggleDetail, StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { canEmulateMedia, itWhere, plainMedia, resetMedia } from '../support/engine.js';
import { button, panelOf, question, questions } from '../support/faq.js';

afterEach(() => resetMedia(plainMedia));

describe('<stem-cell-faq> opening and closing answers', () => {
  it('keeps answers closed but findable by find-in-page', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    for (const b of questions(el)) {
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(el, b).getAttribute('hidden')).to.equal('until-found');
    }
  });

  it('opens the answer when its question is clicked, and keeps others open', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    questions(el)[0].click();
    questions(el)[1].click();
    await el.updateComplete;
    expect(
      questions(el)
        .map((b) => b.getAttribute('aria-expanded'))
        .slice(0, 3),
    ).to.deep.equal(['true', 'true', 'false']);
    expect(panelOf(el, questions(el)[0]).checkVisibility()).to.equal(true);
  });

  it('closes the others in single mode', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq single></stem-cell-faq>`);
    questions(el)[0].click();
    await el.updateComplete;
    questions(el)[1].click();
    await el.updateComplete;
    expect(questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.deep.equal([questions(el)[1]]);
    expect(button(el, 'Show all')).to.equal(undefined);
  });

  it('shows all and hides all, with the button’s label and the state a screen reader hears (aria-expanded) following it', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    expect(button(el, 'Show all')!.getAttribute('aria-expanded')).to.equal('false');
    button(el, 'Show all')!.click();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(button(el, 'Hide all')!.getAttribute('aria-expanded')).to.equal('true');
    button(el, 'Hide all')!.click();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect(button(el, 'Show all')).to.be.instanceOf(HTMLButtonElement);
  });

  it('fires faq-toggle with the id on a click, but not for method calls', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const events: FaqToggleDetail[] = [];
    // Typed as the document's own event, as a page's listener is (docs/embedding.md).
    const record = (e: CustomEvent<FaqToggleDetail>) => events.push(e.detail);
    document.addEventListener('faq-toggle', record);
    try {
      el.show('are-they-safe');
      await el.updateComplete;
      const next = oneEvent(el, 'faq-toggle');
      question(el, 'What are allogenic stem cells?').click();
      const event = await next;
      expect(event.detail).to.deep.equal({ id: 'what-are-allogenic-stem-cells', open: true });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(events).to.have.length(1);
    } finally {
      document.removeEventListener('faq-toggle', record);
    }
  });

  it('opens, closes, shows all and hides all through its methods', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    el.show('are-they-safe');
    await el.updateComplete;
    expect(question(el, 'Are stem cell injections safe?').getAttribute('aria-expanded')).to.equal('true');
    el.hide('are-they-safe');
    el.showAll();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    el.hideAll();
    await el.updateComplete;
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('opens a closed answer when find-in-page finds text in it (beforematch)', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const b = question(el, 'Are stem cell injections safe?');
    // As the browser fires it: at the hidden answer, bubbling (HTML, the ancestor revealing algorithm).
    panelOf(el, b).dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(panelOf(el, b).hidden).to.equal(false);
  });

  it('keeps an open answer open when find-in-page finds text in it again', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const b = question(el, 'Are stem cell injections safe?');
    b.click();
    await el.updateComplete;
    panelOf(el, b).dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
  });

  it('leaves every answer as it is when the patient clicks inside an answer', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const b = question(el, 'Are stem cell injections safe?');
    b.click();
    await el.updateComplete;
    panelOf(el, b).querySelector('p')!.click();
    await el.updateComplete;
    expect(questions(el).map((q) => q.getAttribute('aria-expanded'))).to.deep.equal(questions(el).map((q) => String(q === b)));
  });

  it('animates opening', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    questions(el)[0].click();
    await el.updateComplete;
    expect(panelOf(el, questions(el)[0]).getAnimations()).to.have.length(1);
  });

  it('is fully open within 250 ms of the click: every animation it starts ends by then', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    questions(el)[0].click();
    await el.updateComplete;
    // The answer's height and the icon's turn, as the patient sees them.
    const animations = el.shadowRoot!.getAnimations();
    expect(animations.length, 'opening animates').to.be.greaterThan(0);
    for (const a of animations) expect(Number(a.effect!.getComputedTiming().endTime)).to.be.at.most(250);
  });

  it('runs its animations from the click, so a slow frame after it shortens them instead of delaying the answer', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    // Styled, as the patient sees it before clicking (an icon turns only from a style it had).
    expect(getComputedStyle(questions(el)[0].querySelector('.icon')!).rotate, 'the icon points down').to.equal('45deg');
    const clickedAt = performance.now();
    questions(el)[0].click();
    await el.updateComplete;
    const animations = el.shadowRoot!.getAnimations();
    expect(animations.length, 'the answer and its icon animate').to.be.greaterThan(1);
    // Left to itself, an animation starts with the first frame that renders it: its start time is unset until
    // then (NaN here). Set, it is the click's time. WebKit keeps both clocks to the millisecond, each rounded
    // its own way, and once read performance.now() 2 ms lower after the click than before it (a start of 409
    // against 409.00000000000006 to 411.00000000000006), so 5 ms are allowed each side.
    for (const a of animations)
      expect(Number(a.startTime ?? NaN), 'started at the click').to.be.within(clickedAt - 5, performance.now() + 5);
    // On the page's clock: they end, and leave the whole answer and the turned icon in view.
    await Promise.all(animations.map((a) => a.finished));
    expect(getComputedStyle(panelOf(el, questions(el)[0])).clipPath, 'the whole answer').to.equal('none');
    expect(getComputedStyle(questions(el)[0].querySelector('.icon')!).rotate, 'the icon points up').to.equal('225deg');
  });

  itWhere(canEmulateMedia, 'no media emulation', 'does not animate when the patient asks for reduced motion', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    await emulateMedia({ reducedMotion: 'reduce' });
    questions(el)[1].click();
    await el.updateComplete;
    expect(el.shadowRoot!.getAnimations(), 'neither the answer nor the icon moves').to.have.length(0);
  });
});
