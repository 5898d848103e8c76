import type { GridRect } from './a1Notation';

const intersects = (a: GridRect, b: GridRect): boolean =>
  a.row < b.row + b.numRows &&
  b.row < a.row + a.numRows &&
  a.column < b.column + b.numColumns &&
  b.column < a.column + a.numColumns;

/** The merged ranges of one sheet. Only a merge's top-left cell ever holds a value. */
export class MergedCells {
  private merges: GridRect[];

  constructor(merges: GridRect[] = []) {
    this.merges = merges.map((merge) => ({ ...merge }));
  }

  all(): GridRect[] {
    return this.merges.map((merge) => ({ ...merge }));
  }

  /** Merges that share a cell with `rect`. */
  touching(rect: GridRect): GridRect[] {
    return this.merges.filter((merge) => intersects(merge, rect)).map((merge) => ({ ...merge }));
  }

  /** Cells of merges touching `rect` that are not a merge's top-left cell (1-based). */
  hiddenCellsTouching(rect: GridRect): Array<[row: number, column: number]> {
    const cells: Array<[number, number]> = [];
    for (const merge of this.touching(rect)) {
      for (let r = merge.row; r < merge.row + merge.numRows; r++) {
        for (let c = merge.column; c < merge.column + merge.numColumns; c++) {
          if (r !== merge.row || c !== merge.column) cells.push([r, c]);
        }
      }
    }
    return cells;
  }

  /** Keeps merges on the same cells when rows are inserted before `row` (1-based). */
  insertRows(row: number, count: number): void {
    for (const merge of this.merges) {
      if (merge.row >= row) merge.row += count;
      else if (merge.row + merge.numRows > row) merge.numRows += count;
    }
  }

  /** Keeps merges on the same cells when columns are inserted before `column` (1-based). */
  insertColumns(column: number, count: number): void {
    for (const merge of this.merges) {
      if (merge.column >= column) merge.column += count;
      else if (merge.column + merge.numColumns > column) merge.numColumns += count;
    }
  }

  /** Moves merges right of deleted columns left. Simplification: a merge losing columns is dropped (Sheets shrinks it). */
  deleteColumns(column: number, count: number): void {
    const deleted = { row: 1, column, numRows: Number.MAX_SAFE_INTEGER, numColumns: count };
    this.merges = this.merges.filter((merge) => !intersects(merge, deleted));
    for (const merge of this.merges) if (merge.column > column) merge.column -= count;
  }
}
