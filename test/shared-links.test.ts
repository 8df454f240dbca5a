// A shared link to one answer (page#are-they-safe), opened as a patient opens it: on a page where the
// steps and the dose note sit above the FAQ, and where something above it grows after the FAQ has
// scrolled (a late script, an image), at a phone's width and a desktop's. The answer is open, in view
// and focused once the page has laid out; a patient who has started scrolling is never pulled back.
import { expect, waitUntil } from '@open-wc/testing';
import { buttonNamed } from './support/queries.js';

const QUESTION = 'Are stem cell injections safe?';

/** test/pages/shared-link.html#are-they-safe: the three elements, and a block above them that grows on demand. */
async function sharedLinkPage(width: number) {
  const iframe = document.createElement('iframe');
  iframe.title = 'a clinic page opened from a shared link';
  iframe.style.cssText = `width:${width}px;height:600px;border:0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = '/test/pages/shared-link.html#are-they-safe';
  document.body.append(iframe);
  await loaded;
  const page = { doc: iframe.contentDocument!, win: iframe.contentWindow!, remove: () => iframe.remove() };
  const { doc, win } = page;
  await waitUntil(() => win.customElements.get('stem-cell-faq'), 'the elements are defined', { timeout: 10_000 });
  const faq = doc.querySelector('stem-cell-faq')!;
  const question = () => buttonNamed(faq, QUESTION)!;
  const frames = (n = 3) =>
    new Promise<void>((resolve) => {
      const next = () => (n-- > 0 ? win.requestAnimationFrame(next) : resolve());
      next();
    });
  /** Where the question's top is in the frame's viewport. */
  const top = () => question().getBoundingClientRect().top;
  const inView = () => !!faq.shadowRoot && !!buttonNamed(faq, QUESTION) && top() >= -1 && top() < 600 - 40;
  const grow = (px: number) => {
    const late = doc.getElementById('late')!;
    late.style.height = `${late.offsetHeight + px}px`;
  };
  return { ...page, faq, question, top, inView, grow, frames };
}

for (const [device, width] of [
  ['a phone', 360],
  ['a desktop', 1000],
] as const) {
  describe(`a shared link to one answer, on ${device} (${width} px)`, () => {
    it('opens the answer, brings its question into view and focuses it', async () => {
      const page = await sharedLinkPage(width);
      try {
        await waitUntil(page.inView, 'the linked question is in view', { timeout: 5000 });
        expect(page.question().getAttribute('aria-expanded')).to.equal('true');
        expect(page.faq.shadowRoot!.activeElement).to.equal(page.question());
        expect(page.win.scrollY, 'the page scrolled to it').to.be.greaterThan(0);
      } finally {
        page.remove();
      }
    });

    it('keeps the question in view when something above it renders later', async () => {
      const page = await sharedLinkPage(width);
      try {
        await waitUntil(page.inView, 'the linked question is in view', { timeout: 5000 });
        page.grow(1400); // a late element above: without the hold, the question would be 1,400 px below the screen
        await waitUntil(page.inView, 'the linked question is brought back into view', { timeout: 5000 });
        expect(page.faq.shadowRoot!.activeElement).to.equal(page.question());
      } finally {
        page.remove();
      }
    });

    it('leaves the page to a patient who has started scrolling', async () => {
      const page = await sharedLinkPage(width);
      try {
        await waitUntil(page.inView, 'the linked question is in view', { timeout: 5000 });
        page.doc.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 100 }));
        const before = page.top();
        page.grow(800);
        await page.frames(5);
        // Not pulled back: the question moved down with the content above it.
        expect(page.top()).to.be.closeTo(before + 800, 2);
      } finally {
        page.remove();
      }
    });
  });
}
