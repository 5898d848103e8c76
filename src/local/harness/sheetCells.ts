import type { CellValue, SheetData } from '../workbookData';
import type { GridRect } from './a1Notation';
import { CellLayer } from './cellLayer';

/** Cell formatting the harness records (set and read back; never rendered). */
export const STYLE_DEFAULTS = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontColor: '#000000',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: true,
  note: '',
} as const;

export type StyleName = keyof typeof STYLE_DEFAULTS;
export type StyleValue = string | number | boolean;

/** Everything stored per cell of one sheet, kept in step when rows move. */
export class SheetCells {
  readonly values: CellLayer<CellValue>;
  readonly formulas: CellLayer<string>;
  /** '' = never formatted (Sheets reports DEFAULT_NUMBER_FORMAT). */
  readonly numberFormats: CellLayer<string>;
  private readonly styles = new Map<StyleName, CellLayer<StyleValue>>();

  constructor(data?: SheetData) {
    this.values = new CellLayer<CellValue>('', data?.values, copyValue);
    this.formulas = new CellLayer('', data?.formulas);
    this.numberFormats = new CellLayer('', data?.numberFormats);
  }

  style(name: StyleName): CellLayer<StyleValue> {
    let layer = this.styles.get(name);
    if (!layer) {
      layer = new CellLayer<StyleValue>(STYLE_DEFAULTS[name]);
      this.styles.set(name, layer);
    }
    return layer;
  }

  /** Rows are 1-based: new blank rows go before `row`. */
  insertRows(row: number, count: number): void {
    for (const layer of this.layers()) layer.insertRows(row - 1, count);
  }

  deleteRows(row: number, count: number): void {
    for (const layer of this.layers()) layer.deleteRows(row - 1, count);
  }

  /** Columns are 1-based: the cells right of them move left. */
  deleteColumns(column: number, count: number): void {
    for (const layer of this.layers()) layer.deleteColumns(column - 1, count);
  }

  clearContent(rect: GridRect): void {
    this.values.clear(rect);
    this.formulas.clear(rect);
  }

  clearFormat(rect: GridRect): void {
    this.numberFormats.clear(rect);
    for (const layer of this.styles.values()) layer.clear(rect);
  }

  /** Like Sheet.getLastRow(): formatting alone does not count as content. */
  lastRow(): number {
    return Math.max(this.values.lastUsedRow(), this.formulas.lastUsedRow());
  }

  lastColumn(): number {
    return Math.max(this.values.lastUsedColumn(), this.formulas.lastUsedColumn());
  }

  hasContent(rect: GridRect): boolean {
    return this.values.hasContent(rect) || this.formulas.hasContent(rect);
  }

  private layers(): CellLayer<unknown>[] {
    return [this.values, this.formulas, this.numberFormats, ...this.styles.values()];
  }
}

/** Dates are mutable: the sheet keeps its own copies and hands out fresh ones. */
export const copyValue = (value: CellValue): CellValue =>
  value instanceof Date ? new Date(value.getTime()) : value;
