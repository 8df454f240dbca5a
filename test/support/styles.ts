/** WCAG contrast ratio of two computed rgb() colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/**
 * The element's print rules as the browser parsed them (from its adopted style sheets, or its
 * <style> elements where an engine has none): for engines whose driver cannot emulate print.
 */
export function printRules(el: Element): string {
  const root = el.shadowRoot!;
  const sheets = root.adoptedStyleSheets?.length ? root.adoptedStyleSheets : [...root.querySelectorAll('style')].map((s) => s.sheet!);
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .map((rule) => rule.cssText)
    .join('\n');
}
