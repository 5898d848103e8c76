import { normalizeText } from './cell';
import { parseUnsignedDecimal } from './numberText';
import { fail, ok, type Parsed } from './problem';
import { msg } from '../text/messages';

const EXPECTED_COUNT = msg('expected.count');

/**
 * Reads a count (impressions, visitors, stock): a whole number ≥ 0, as a number or `'1,234'`.
 * Past 2^53 a number is no longer whole to the unit (and 1e308 would make a sum ∞).
 */
export function parseCount(cell: unknown): Parsed<number> {
  const value = numberOf(cell);
  return value !== null && Number.isSafeInteger(value) && value >= 0
    ? ok(value)
    : fail(EXPECTED_COUNT);
}

function numberOf(cell: unknown): number | null {
  if (typeof cell === 'number') return cell;
  return typeof cell === 'string' ? parseUnsignedDecimal(normalizeText(cell), 'thousands') : null;
}
