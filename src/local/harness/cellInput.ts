import { types } from 'node:util';
import type { CellValue } from '../workbookData';

/** What one cell holds: its value and, for formula cells, the formula ('' otherwise). */
interface CellContent {
  value: CellValue;
  formula: string;
}

/** Sheets' "plain text" number format: whatever is written stays a literal string. */
const PLAIN_TEXT_FORMAT = '@';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * How Sheets stores a value written by setValue(s)/appendRow (the "user entered" rules), as far
 * as the harness mirrors them: '=' starts a formula and a plain numeric string becomes a number,
 * unless the cell is formatted as plain text; a leading apostrophe forces text and is dropped.
 * Dates are kept as dates (Dates from any realm: the bundle runs in a vm context).
 * Sheets also turns '1,234', '12%', 'TRUE' and date-like strings into numbers, booleans and
 * dates; the harness keeps those as strings.
 */
export function userEntered(input: unknown, numberFormat: string): CellContent {
  // Primitives are told apart first: types.isDate is a call into Node, once per written cell.
  if (typeof input === 'string') return enteredText(input, numberFormat);
  if (typeof input === 'number') return valueOnly(Number.isFinite(input) ? input : String(input));
  if (typeof input === 'boolean') return valueOnly(input);
  if (input === null || input === undefined) return valueOnly('');
  if (types.isDate(input)) {
    const time = (input as Date).getTime();
    return valueOnly(Number.isNaN(time) ? 'Invalid Date' : new Date(time));
  }
  return enteredText(String(input), numberFormat);
}

function enteredText(text: string, numberFormat: string): CellContent {
  if (numberFormat === PLAIN_TEXT_FORMAT) return valueOnly(text);
  if (text.startsWith("'")) return valueOnly(text.slice(1));
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (PLAIN_NUMBER.test(text)) return valueOnly(Number(text));
  return valueOnly(text);
}

const valueOnly = (value: CellValue): CellContent => ({ value, formula: '' });
