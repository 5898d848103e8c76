/**
 * Header text matching. Exports are written by AliExpress in several languages and years, and
 * users retype headers by hand, so two headers are "the same" when they differ only in case,
 * width (full-width vs half-width), spacing, punctuation, symbols, BOM or line breaks.
 */

/** Everything that is not a letter, digit or combining mark: spaces, punctuation, symbols, BOM. */
const IGNORED = /[^\p{L}\p{N}\p{M}]/gu;

/**
 * The comparable form of a header (or any label): NFKC-normalized, lower case, with only
 * letters, digits and marks left. `'订单号'`, `' Order-ID '` → `'订单号'`, `'orderid'`.
 */
export function normalizeHeader(text: unknown): string {
  if (text === null || text === undefined) return '';
  // NFKC turns full-width forms into ASCII ones; the second pass re-composes marks that
  // stripping a character may have brought together, so the result is stable.
  const folded = String(text).normalize('NFKC').toLowerCase().replace(IGNORED, '');
  return folded.normalize('NFKC');
}

/**
 * The forms a header cell can match by: the whole cell, then its first non-empty line,
 * because AliExpress puts notes under some headers (`产品信息⏎（双击单元格展开所有产品信息！）`).
 * An empty header gives no form, so its column is ignored.
 */
export function headerForms(cell: unknown): string[] {
  const whole = normalizeHeader(cell);
  if (whole === '') return [];
  const firstLine = String(cell)
    .split(/\r\n|\r|\n/)
    .map(normalizeHeader)
    .find((line) => line !== '');
  return firstLine === undefined || firstLine === whole ? [whole] : [whole, firstLine];
}
