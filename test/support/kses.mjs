// The simulated WordPress sanitizer, shared by the Node consumer tests and the builder's browser tests.
/**
 * What WordPress's kses does to the post of a user without `unfiltered_html` (an Author), run in the
 * browser: tags not on its list are removed but their content stays, a <script>'s text included; the
 * global attributes (class, id, style, title, role, dir, lang, aria-*, data-*) stay. Checked against a
 * real WordPress in test/wordpress/wordpress.test.mjs (“what the simulated sanitizer … assumes”).
 * Plain JavaScript, self-contained: Node tests pass it to page.evaluate, browser tests import it.
 */
export function kses(html) {
  const TAGS = ['h2', 'h3', 'h4', 'p', 'div', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'details', 'summary', 'br', 'span'];
  const ATTRS = ['class', 'id', 'style', 'title', 'role', 'dir', 'lang'];
  const PER_TAG = { a: ['href', 'rel', 'target'], details: ['open'] };
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const clean = (node) => {
    for (const child of [...node.children]) {
      if (['script', 'style', 'iframe', 'object'].includes(child.localName)) child.replaceWith(child.textContent);
      else if (!TAGS.includes(child.localName)) {
        clean(child);
        child.replaceWith(...child.childNodes);
      } else {
        for (const { name } of [...child.attributes])
          if (!ATTRS.includes(name) && !(PER_TAG[child.localName] ?? []).includes(name) && !/^(data|aria)-/.test(name))
            child.removeAttribute(name);
        clean(child);
      }
    }
  };
  clean(doc.body);
  return doc.body.innerHTML;
}
