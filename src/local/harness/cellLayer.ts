import type { GridRect } from './a1Notation';

/**
 * One property of every cell of a sheet (values, formulas, a format...), stored as a 2D array
 * of rows that are allocated only when written. Coordinates are 0-based.
 */
export class CellLayer<T> {
  private rows: (T[] | undefined)[];

  /**
   * Keeps copies of `rows`, made with `copy` for values that are themselves mutable; or, with
   * `take`, the rows themselves, which the caller gives up (see GasEnvironmentOptions.takeData).
   */
  constructor(
    readonly blank: T,
    rows: readonly (readonly T[])[] = [],
    copy?: (value: T) => T,
    take = false,
  ) {
    this.rows = take ? (rows as T[][]) : rows.map((row) => (copy ? row.map(copy) : row.slice()));
  }

  get(row: number, column: number): T {
    const value = this.rows[row]?.[column];
    return value === undefined ? this.blank : value;
  }

  set(row: number, column: number, value: T): void {
    const cells = (this.rows[row] ??= []);
    cells[column] = value;
  }

  /** A fresh copy of a rectangle (1-based rect), `copy` applied to every cell, blanks too. */
  read(rect: GridRect, copy: (value: T) => T = (value) => value): T[][] {
    const out: T[][] = new Array(rect.numRows);
    for (let r = 0; r < rect.numRows; r++) {
      const source = this.rows[rect.row - 1 + r];
      const line: T[] = new Array(rect.numColumns);
      for (let c = 0; c < rect.numColumns; c++) {
        const value = source?.[rect.column - 1 + c];
        line[c] = copy(value === undefined ? this.blank : value);
      }
      out[r] = line;
    }
    return out;
  }

  /** Sets every cell of the rectangle to what `valueAt(r, c)` says (offsets inside the rect). */
  fill(rect: GridRect, valueAt: (r: number, c: number) => T): void {
    this.allocateRows(rect);
    for (let r = 0; r < rect.numRows; r++) {
      const cells = this.rows[rect.row - 1 + r] as T[];
      for (let c = 0; c < rect.numColumns; c++) cells[rect.column - 1 + c] = valueAt(r, c);
    }
  }

  /**
   * Gives each unallocated row of the rectangle its final width at once: a row grown cell by
   * cell reserves about twice the room, which adds up over 100,000 appended rows.
   */
  allocateRows(rect: GridRect): void {
    const width = rect.column - 1 + rect.numColumns;
    for (let r = rect.row - 1; r < rect.row - 1 + rect.numRows; r++) {
      this.rows[r] ??= new Array<T>(width);
    }
  }

  /** Unlike fill, never allocates rows: blank rows stay unallocated. */
  clear(rect: GridRect): void {
    const lastRow = Math.min(rect.row - 1 + rect.numRows, this.rows.length);
    for (let r = rect.row - 1; r < lastRow; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      if (rect.column === 1 && cells.length <= rect.numColumns) this.rows[r] = undefined;
      else for (let c = 0; c < rect.numColumns; c++) cells[rect.column - 1 + c] = this.blank;
    }
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows = this.rows
      .slice(0, at)
      .concat(new Array<undefined>(count).fill(undefined), this.rows.slice(at));
  }

  insertColumns(at: number, count: number): void {
    // Cells left undefined read as blank, like the cells of a row never written.
    const blanks = new Array<T>(count);
    for (const cells of this.rows) if (cells && cells.length > at) cells.splice(at, 0, ...blanks);
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) if (cells && cells.length > at) cells.splice(at, count);
  }

  /** 1-based number of the last row holding a non-blank cell, 0 when none. */
  lastUsedRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      if (this.rows[r]?.some((value) => value !== this.blank)) return r + 1;
    }
    return 0;
  }

  /** 1-based number of the last column holding a non-blank cell, 0 when none. */
  lastUsedColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c >= last; c--) {
        if (cells[c] !== undefined && cells[c] !== this.blank) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** True when some cell of the rectangle is not blank. */
  hasContent(rect: GridRect): boolean {
    for (let r = 0; r < rect.numRows; r++) {
      const cells = this.rows[rect.row - 1 + r];
      if (!cells) continue;
      for (let c = 0; c < rect.numColumns; c++) {
        const value = cells[rect.column - 1 + c];
        if (value !== undefined && value !== this.blank) return true;
      }
    }
    return false;
  }
}
