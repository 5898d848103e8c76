import type { Lang } from '../text/language';
import { t, type MessageKey } from '../text/messages';
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
 * The argument's first `count` cells at most, row by row: an Orders range must not be
 * flattened whole to find out that it is more than one pay time.
 * @example firstCells([[1, 2], [3, 4]], 2) // [1, 2]; firstCells(5, 2) // [5]
 */
export function firstCells(arg: unknown, count: number): unknown[] {
  const cells: unknown[] = [];
  for (const row of asTable(arg)) {
    for (const cell of row) {
      if (cells.length === count) return cells;
      cells.push(cell);
    }
  }
  return cells;
}

/**
 * A table a custom function spills: its header row, then its rows, every row as wide as the
 * widest (Sheets and HyperFormula want a rectangle). A missing figure (null) is a blank cell,
 * never a 0; numbers stay numbers, for the sheet to format.
 * @example spill(['Step', 'Count'], [['Visitors', null]]) // [['Step', 'Count'], ['Visitors', '']]
 */
export function spill(header: readonly string[], rows: readonly (CellOut | null)[][]): CellOut[][] {
  let width = header.length;
  for (const row of rows) width = Math.max(width, row.length);
  const table = [rectangular(header, width)];
  for (const row of rows) table.push(rectangular(row, width));
  return table;
}

function rectangular(row: readonly (CellOut | null)[], width: number): CellOut[] {
  const cells: CellOut[] = new Array(width);
  for (let column = 0; column < width; column++) cells[column] = row[column] ?? '';
  return cells;
}

/** A header row in the sheet's language. */
export function labels(lang: Lang, keys: readonly MessageKey[]): string[] {
  return keys.map((key) => t(key, lang));
}
