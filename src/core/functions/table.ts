import type { Lang } from '../text/language';
import { t, type MessageKey } from '../text/messages';
import { maxOf } from '../metrics/stats';
import type { CellOut } from './spec';

/**
 * Sheets passes a one-cell range as a plain value and a larger range as a 2D array; the core
 * always works on 2D arrays.
 * @example asTable(5) // [[5]]
 */
export function asTable(arg: unknown): unknown[][] {
  if (Array.isArray(arg)) return arg.map((row) => (Array.isArray(row) ? row : [row]));
  return arg === undefined ? [] : [[arg]];
}

/**
 * A table a custom function spills: its header row, then its rows, every row as wide as the
 * widest (Sheets and HyperFormula want a rectangle). A missing figure (null) is a blank cell,
 * never a 0; numbers stay numbers, for the sheet to format.
 * @example spill(['Step', 'Count'], [['Visitors', null]]) // [['Step', 'Count'], ['Visitors', '']]
 */
export function spill(header: readonly string[], rows: readonly (CellOut | null)[][]): CellOut[][] {
  const width = maxOf([header.length, ...rows.map((row) => row.length)]) ?? 0;
  return [header, ...rows].map((row) =>
    Array.from({ length: width }, (_, column) => row[column] ?? ''),
  );
}

/** A header row in the sheet's language. */
export function labels(lang: Lang, keys: readonly MessageKey[]): string[] {
  return keys.map((key) => t(key, lang));
}
