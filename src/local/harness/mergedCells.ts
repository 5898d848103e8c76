import type { GridRect } from './a1Notation';
import { gasException } from './exception';

export const intersects = (a: GridRect, b: GridRect): boolean =>
  a.row < b.row + b.numRows &&
  b.row < a.row + a.numRows &&
  a.column < b.column + b.numColumns &&
  b.column < a.column + a.numColumns;

const contains = (outer: GridRect, inner: GridRect): boolean =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.numRows <= outer.row + outer.numRows &&
  inner.column + inner.numColumns <= outer.column + outer.numColumns;

/** The merged ranges of one sheet. Only a merge's top-left cell ever holds a value. */
export class MergedCells {
  private merges: GridRect[];

  constructor(merges: GridRect[] = []) {
    this.merges = merges.map((merge) => ({ ...merge }));
  }

  all(): GridRect[] {
    return this.merges.map((merge) => ({ ...merge }));
  }

  /** Merges touching `rect`, as Range.getMergedRanges() lists them. */
  touching(rect: GridRect): GridRect[] {
    return this.merges.filter((merge) => intersects(merge, rect)).map((merge) => ({ ...merge }));
  }

  /** Like Sheets: merging over part of an existing merge is refused; whole ones are absorbed. */
  merge(rect: GridRect): void {
    this.breakApart(rect);
    if (rect.numRows > 1 || rect.numColumns > 1) this.merges.push({ ...rect });
  }

  breakApart(rect: GridRect): void {
    const touched = this.merges.filter((merge) => intersects(merge, rect));
    if (touched.some((merge) => !contains(rect, merge))) {
      throw gasException('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.merges = this.merges.filter((merge) => !touched.includes(merge));
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

  /** Moves merges below deleted rows up. Simplification: a merge losing rows is dropped (Sheets shrinks it). */
  deleteRows(row: number, count: number): void {
    const deleted = { row, column: 1, numRows: count, numColumns: Number.MAX_SAFE_INTEGER };
    this.merges = this.merges.filter((merge) => !intersects(merge, deleted));
    for (const merge of this.merges) if (merge.row > row) merge.row -= count;
  }

  /** Like deleteRows, for columns (1-based). */
  deleteColumns(column: number, count: number): void {
    const deleted = { row: 1, column, numRows: Number.MAX_SAFE_INTEGER, numColumns: count };
    this.merges = this.merges.filter((merge) => !intersects(merge, deleted));
    for (const merge of this.merges) if (merge.column > column) merge.column -= count;
  }
}
