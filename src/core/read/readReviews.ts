import { normalizeText } from './cell';
import { msg } from '../text/messages';
import { fail, ok, type Parsed } from './problem';
import type { ReadContext } from './readContext';
import type { Review } from './records';
import { readTabRows, type TabRead } from './tabRows';

/**
 * Reads the Reviews tab (date, order id, SKU, stars, has photo, text, replied time). Stars are
 * 1–5 (`5`, `'4점'`, `'★★★★☆'`); a blank Has Photo is no photo; a blank reply time is not
 * answered yet.
 * @example readReviews([['날짜', '별점', '사진 여부'], ['2025-09-01', '★★★★☆', '예']], ctx)
 * // records[0]: { stars: 4, hasPhoto: true, text: '', repliedTime: null, … }
 */
export function readReviews(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): TabRead<Review> {
  return readTabRows(values, 'reviews', ctx, numberFormats, (row) => {
    const date = row.requiredDate('date');
    const stars = parseStars(row.cell('stars'));
    if (!stars.ok) return row.reject('stars', stars.expected);
    const hasPhoto = row.isBlank('hasPhoto') ? ok(false) : parseYesNo(row.cell('hasPhoto'));
    if (!hasPhoto.ok) return row.reject('hasPhoto', hasPhoto.expected);
    return {
      row: row.sheetRow,
      date,
      orderId: row.id('orderId'),
      sku: row.id('sku'),
      stars: stars.value,
      hasPhoto: hasPhoto.value,
      text: row.text('text') ?? '',
      repliedTime: row.date('repliedTime'),
    };
  });
}

/** `'4'`, `'4.0'`, `'4점'`, `'4星'`, `'4 stars'`, `'4/5'`. */
const STARS_AS_NUMBER = /^([1-5])(?:[.,]0+)? ?(?:점|星|stars?|\/ ?5)?$/i;
/** `'★★★★☆'` or `'★★★★'`: the filled stars count. */
const STARS_AS_GLYPHS = /^(★{1,5})☆*$/;

/** A whole number of stars from 1 to 5. */
export function parseStars(cell: unknown): Parsed<number> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1 && cell <= 5
      ? ok(cell)
      : fail(msg('expected.stars'));
  }
  const text = typeof cell === 'string' ? normalizeText(cell) : '';
  const glyphs = STARS_AS_GLYPHS.exec(text);
  if (glyphs && text.length <= 5) return ok(glyphs[1].length);
  const number = STARS_AS_NUMBER.exec(text);
  return number ? ok(Number(number[1])) : fail(msg('expected.stars'));
}

const YES = new Set(['y', 'yes', 'true', '1', 'o', '예', '네', '있음', '有', '是']);
const NO = new Set(['n', 'no', 'false', '0', 'x', '아니오', '아니요', '없음', '无', '無', '否']);

/** Yes/no as a checkbox, 1/0, Y/N, 예/아니오, O/X, 有/无 or TRUE/FALSE. */
export function parseYesNo(cell: unknown): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = normalizeText(String(cell)).toLowerCase();
  if (YES.has(text)) return ok(true);
  return NO.has(text) ? ok(false) : fail(msg('expected.yesNo'));
}
