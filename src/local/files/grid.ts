/** A sheet-sized block: what `getDataRange()` would cover. */
export interface GridSize {
  height: number;
  width: number;
}

/** Rows may be missing (sparse) or short; every cell outside them reads as `blank`. */
export type SparseGrid<T> = readonly (readonly T[] | undefined)[];

/**
 * Grows `size`, the smallest top-left block holding every cell with content so far, to hold the
 * content of row `r`; true when it grew.
 */
export function coverRow<T>(
  size: GridSize,
  row: readonly T[] | undefined,
  r: number,
  hasContent: (cell: T) => boolean,
): boolean {
  const filledWidth = row ? widthWithContent(row, hasContent) : 0;
  if (filledWidth === 0) return false;
  size.height = r + 1;
  size.width = Math.max(size.width, filledWidth);
  return true;
}

function widthWithContent<T>(row: readonly T[], hasContent: (cell: T) => boolean): number {
  let width = row.length;
  while (width > 0 && !hasContent(row[width - 1] as T)) width--;
  return width;
}

/** A rectangular copy of `rows` cut or padded with `blank` to exactly `size`. */
export function fitGrid<T>(rows: SparseGrid<T>, size: GridSize, blank: T): T[][] {
  const grid: T[][] = new Array<T[]>(size.height);
  for (let r = 0; r < size.height; r++) grid[r] = fitRow(rows[r] ?? [], size.width, blank);
  return grid;
}

/**
 * fitGrid on rows the caller gives up: each row is cut or padded where it is, so the cells of a
 * 100,000-row CSV are not held twice while the grid is built.
 */
export function fitGridInPlace<T>(rows: T[][], size: GridSize, blank: T): T[][] {
  rows.length = size.height;
  for (const row of rows) {
    const filled = Math.min(row.length, size.width);
    row.length = size.width;
    for (let c = filled; c < size.width; c++) row[c] = blank;
  }
  return rows;
}

/** Sliced rather than rebuilt cell by cell: a CSV of 100,000 rows passes through here. */
function fitRow<T>(row: readonly T[], width: number, blank: T): T[] {
  const fitted = row.slice(0, width);
  fitted.length = width;
  for (let c = 0; c < width; c++) fitted[c] ??= blank;
  return fitted;
}
