import { normalizeText } from './cell';
import { parseUnsignedDecimal } from './numberText';
import { fail, ok, type Parsed } from './problem';
import { msg } from '../text/messages';

const EXPECTED_PERCENT = msg('expected.percent');

/**
 * Reads a rate as a fraction: `0.08`, `'8%'`, `'12.34%'`. A bare number above 1 is taken as
 * percent points (8 → 0.08), because nobody means a rate of 800%; 1 and below are fractions
 * (1 → 100%). Negative rates are refused: no setting or export rate is below zero.
 */
export function parsePercent(cell: unknown): Parsed<number> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) && cell >= 0 ? ok(bareToFraction(cell)) : fail(EXPECTED_PERCENT);
  }
  if (typeof cell !== 'string') return fail(EXPECTED_PERCENT);
  const text = normalizeText(cell);
  const percentPoints = text.endsWith('%');
  const value = parseUnsignedDecimal(percentPoints ? text.slice(0, -1).trim() : text, 'decimal');
  if (value === null) return fail(EXPECTED_PERCENT);
  return ok(percentPoints ? value / 100 : bareToFraction(value));
}

function bareToFraction(value: number): number {
  return value > 1 ? value / 100 : value;
}
