import type { CellValue, SheetData } from '../workbookData';
import type { GridRect } from './a1Notation';
import { CellLayer } from './cellLayer';

/** What Sheets reports as the number format of a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** Sheets' font weight of a cell nobody made bold. */
export const NORMAL_FONT_WEIGHT = 'normal';

/** Everything stored per cell of one sheet, kept in step when rows or columns move. */
export class SheetCells {
  readonly values: CellLayer<CellValue>;
  readonly formulas: CellLayer<string>;
  /** '' = never formatted (Sheets reports DEFAULT_NUMBER_FORMAT). */
  readonly numberFormats: CellLayer<string>;
  /** Recorded and read back; never rendered. */
  readonly fontWeights = new CellLayer<string>(NORMAL_FONT_WEIGHT);

  /** With `take`, the cells are `data`'s own arrays, not copies (see CellLayer). */
  constructor(data?: SheetData, take = false) {
    this.values = new CellLayer<CellValue>('', data?.values, copyValue, take);
    this.formulas = new CellLayer('', data?.formulas, undefined, take);
    this.numberFormats = new CellLayer('', data?.numberFormats, undefined, take);
  }

  /** Rows are 1-based: new blank rows go before `row`. */
  insertRows(row: number, count: number): void {
    for (const layer of this.layers()) layer.insertRows(row - 1, count);
  }

  /** Columns are 1-based: new blank columns go before `column`. */
  insertColumns(column: number, count: number): void {
    for (const layer of this.layers()) layer.insertColumns(column - 1, count);
  }

  /** Columns are 1-based: the cells right of them move left. */
  deleteColumns(column: number, count: number): void {
    for (const layer of this.layers()) layer.deleteColumns(column - 1, count);
  }

  clearContent(rect: GridRect): void {
    this.values.clear(rect);
    this.formulas.clear(rect);
  }

  /** Like Sheet.getLastRow(): formatting alone does not count as content. */
  lastRow(): number {
    return Math.max(this.values.lastUsedRow(), this.formulas.lastUsedRow());
  }

  lastColumn(): number {
    return Math.max(this.values.lastUsedColumn(), this.formulas.lastUsedColumn());
  }

  private layers(): CellLayer<unknown>[] {
    return [this.values, this.formulas, this.numberFormats, this.fontWeights];
  }
}

/** Dates are mutable: the sheet keeps its own copies and hands out fresh ones. */
export const copyValue = (value: CellValue): CellValue =>
  value instanceof Date ? new Date(value.getTime()) : value;
