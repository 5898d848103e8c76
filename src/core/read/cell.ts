/** Byte-order marks and zero-width characters that exports leave inside values. */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060]/g;

/** Printable ASCII with no leading, trailing or doubled space: already normal. */
const PLAIN = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/**
 * A text cell as the parsers read it. NFKC folds full-width digits and signs, `￥`/`￦` and
 * no-break spaces into their plain forms, so every parser sees one spelling of each; the
 * typographic minus (which NFKC keeps) becomes '-'.
 */
export function normalizeText(text: string): string {
  // Most cells are plain single-spaced ASCII, which NFKC and the replacements leave as is.
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** '', null, undefined and whitespace-only text: callers decide whether a blank is allowed. */
export function isBlank(cell: unknown): boolean {
  if (typeof cell !== 'string') return cell === null || cell === undefined;
  if (cell.length === 0) return true;
  // Most cells start with a printable ASCII character: no need to look further.
  const first = cell.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && !VISIBLE.test(cell);
}

/**
 * Any character that is neither white space (JavaScript's \s covers no-break and ideographic
 * spaces) nor an invisible mark: what normalizeText would leave. A test, not a normalisation,
 * because blank checks run on every cell of every row.
 */
const VISIBLE = /[^\s\uFEFF\u200B-\u200D\u2060]/;

/**
 * Text cut to at most `max` characters, an ellipsis marking the cut: what the add-on writes or
 * shows of a value it did not make (a whole pasted paragraph helps no one, and a cell holds at
 * most 50,000 characters).
 * @example clipText('abcdef', 4) // 'abc…'
 */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
