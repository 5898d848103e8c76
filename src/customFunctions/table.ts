/**
 * Sheets passes a one-cell range as a plain value and a larger range as a 2D array; the core
 * always works on 2D arrays.
 * @example asTable(5) // [[5]]
 */
export function asTable(arg: unknown): unknown[][] {
  if (Array.isArray(arg)) return arg.map((row) => (Array.isArray(row) ? row : [row]));
  return arg === undefined ? [] : [[arg]];
}
