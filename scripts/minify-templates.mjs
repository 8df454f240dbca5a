// Rollup plugin for the CDN bundle: squeezes the whitespace out of our own css`` and html``
// templates (Lit's are minified already). Only whitespace and CSS comments change.

const squeezeCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

// Between tags a line break is layout only; elsewhere a run of whitespace with a line break is one space.
const squeezeHtml = (part) => part.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');

export function minifyTemplates({ include = /\/src\/.*\.[jt]s$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = code
        .replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${squeezeCss(body)}\``)
        .replace(/\bhtml\s*`([^`]*)`/g, (whole) => squeezeHtml(whole));
      return out === code ? null : { code: out, map: null };
    },
  };
}
