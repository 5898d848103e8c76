/**
 * The few statistics the metrics share. Sums add in ascending order so that a result never
 * depends on the order of the rows (floating-point addition is not associative).
 */

export function sum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((total, value) => total + value, 0);
}

/** numerator ÷ denominator; null over a zero (or missing) denominator, never NaN or Infinity. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

/** The middle value (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The sum of the values present; null when none is. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((value) => value !== null);
  return present.length === 0 ? null : sum(present);
}

/**
 * Σ numerator ÷ Σ denominator over the items that have both fields, so an item missing one
 * value neither lowers nor raises the rate; null when no item has both or the denominator is 0.
 * @example pairedRatio([{ clicks: 5, impressions: 100 }, { clicks: 9, impressions: null }], 'clicks', 'impressions') // 0.05
 */
export function pairedRatio<K extends string>(
  items: readonly NoInfer<Record<K, number | null>>[],
  numerator: K,
  denominator: K,
): number | null {
  const both = items.filter((item) => item[numerator] !== null && item[denominator] !== null);
  return ratio(
    sumOrNull(both.map((item) => item[numerator])),
    sumOrNull(both.map((item) => item[denominator])),
  );
}

/**
 * The largest value, or null for none. A loop, not Math.max(...values): spreading 100,000+
 * arguments overflows the call stack.
 */
export function maxOf(values: Iterable<number>): number | null {
  let max: number | null = null;
  for (const value of values) if (max === null || value > max) max = value;
  return max;
}
