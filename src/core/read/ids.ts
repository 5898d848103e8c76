/**
 * Ids (order, dispute, product, SKU) are text. Sheets may hold them as numbers, and AliExpress
 * writes some with a trailing space or line break.
 */

/**
 * An id cell as text: trimmed (spaces, line breaks, BOM), `''` → null. An integer number cell
 * becomes its exact digits, never `8.2E+15`. Beyond 2^53 (16+ digits) a number cell has already
 * lost digits inside the sheet; only ids kept as text survive whole.
 * @example normalizeId(62436043574609) // '62436043574609'
 */
export function normalizeId(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return numberId(cell);
  const text = String(cell).trim();
  return text === '' ? null : text;
}

function numberId(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  // String() switches to 1e+21 notation for huge numbers; BigInt prints every digit.
  return Number.isInteger(value) && Math.abs(value) >= 1e21
    ? BigInt(value).toString()
    : String(value);
}

export interface ProductCodeLine {
  sku: string;
  qty: number;
}

/** `CODE * 2`: the separator is *, ＊ or ×, or an x with a space before it (`CODE x 2`). */
const CODE_TIMES_QTY = /^(.+?)(?:\s*[*×]|\s+x)\s*(\d+)$/iu;

/**
 * The lines of a product-code cell like `CODE * 2;CODE2 * 1` (as the order export writes it).
 * A code without `* n` means one unit; an empty cell gives [].
 * @example parseProductCodes('A-1 * 2;B-2') // [{ sku: 'A-1', qty: 2 }, { sku: 'B-2', qty: 1 }]
 */
export function parseProductCodes(text: unknown): ProductCodeLine[] {
  if (text === null || text === undefined) return [];
  return String(text)
    .normalize('NFKC')
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(productCodeLine);
}

function productCodeLine(part: string): ProductCodeLine {
  const match = CODE_TIMES_QTY.exec(part);
  if (!match) return { sku: part, qty: 1 };
  return { sku: (match[1] ?? part).trim(), qty: Number(match[2]) };
}

/** Text a spreadsheet made of a long number: `3.07509E+15`, `3,07509E+15`. */
const SCIENTIFIC_ID = /^\d(?:[.,]\d+)?e[+]?\d+$/i;

/**
 * Whether an id cell has lost digits to a spreadsheet (docs/rules.md §3): text in scientific notation,
 * or a number cell above 2^53, where a float no longer holds every integer. Such an id may
 * stand for several orders, so it is never trusted.
 * @example isRoundedId('3.07509E+15') // true
 * @example isRoundedId(3070569473267903) // false: below 2^53, every digit is exact
 */
export function isRoundedId(cell: unknown): boolean {
  if (typeof cell === 'number') return Math.abs(cell) > Number.MAX_SAFE_INTEGER;
  // Every order id is asked: most have no exponent, which a scan finds sooner than the pattern.
  return typeof cell === 'string' && hasExponent(cell) && SCIENTIFIC_ID.test(cell.trim());
}

function hasExponent(text: string): boolean {
  return text.includes('e') || text.includes('E');
}
