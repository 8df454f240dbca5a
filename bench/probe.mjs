// The benchmark's in-page probe (npm run bench, npm run bench:trace): layout shifts, and the frame
// at which every question shows.

/** Runs in every page before its scripts: layout shifts, and the frame at which every question shows. */
export function probe() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const expected = () => Number(document.documentElement.dataset.questions);
  window.__questions = () => {
    const found = [];
    for (const s of document.querySelectorAll('details > summary')) if (s.checkVisibility()) found.push(s);
    for (const f of document.querySelectorAll('stem-cell-faq'))
      for (const b of f.shadowRoot?.querySelectorAll('[part="question"]') ?? []) if (b.checkVisibility()) found.push(b);
    for (const d of document.querySelectorAll('sl-details')) {
      const s = d.shadowRoot?.querySelector('[part="summary"]');
      if (s?.checkVisibility() && s.textContent.trim()) found.push(s);
    }
    for (const b of document.querySelectorAll('bare-faq'))
      for (const s of b.shadowRoot?.querySelectorAll('summary') ?? []) if (s.checkVisibility()) found.push(s);
    return found;
  };
  // Timed after the frame that first has every question, from a task queued in its animation
  // callback: a frame's own timestamp is when it began, which can be long before a script-busy
  // main thread gets to paint it (by 140 ms in one run of the CDN bundle).
  const poll = () => {
    if (document.documentElement.dataset.questions && window.__questions().length >= expected()) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__visibleAt = performance.now());
      channel.port2.postMessage(0);
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
