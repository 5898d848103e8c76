import type { SheetData } from '../workbookData';
import { formatA1, parseA1, type A1Shape, type GridRect } from './a1Notation';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import type { FakeConditionalFormatRule } from './conditionalFormat';
import type { FakeDeveloperMetadata } from './developerMetadata';
import { gasException, signatureMismatch } from './exception';
import { loadedSheetExtent } from './limits';
import { MergedCells } from './mergedCells';
import { FakeRange } from './range';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import { SheetCells } from './sheetCells';
import type { FakeSpreadsheet } from './fakeSpreadsheet';

export class FakeSheet implements ServiceObject {
  readonly [SERVICE] = 'Sheet';
  readonly cells: SheetCells;
  readonly merges: MergedCells;
  private maxRows: number;
  private maxColumns: number;
  private frozenRows: number;
  private hidden = false;
  private charts: FakeEmbeddedChart[] = [];
  private conditionalFormatRules: FakeConditionalFormatRule[] = [];

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    data?: SheetData,
    takeData = false,
  ) {
    this.cells = new SheetCells(data, takeData);
    const extent = loadedSheetExtent(data);
    this.maxRows = extent.rows;
    this.maxColumns = extent.columns;
    this.frozenRows = data?.frozenRows ?? 0;
    this.merges = new MergedCells((data?.merges ?? []).map((a1) => this.parseOwnA1(a1).rect));
    for (const { key, value } of data?.developerMetadata ?? []) {
      spreadsheet.metadata.add(this, key, value);
    }
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): FakeSheet {
    if (name !== this.name) this.spreadsheet.assertNameFree(name);
    this.name = String(name);
    return this;
  }

  getIndex(): number {
    return this.spreadsheet.getSheets().indexOf(this) + 1;
  }

  // Ranges ------------------------------------------------------------------------------------

  /** getRange(a1) or getRange(row, column, numRows?, numColumns?), checked like Sheets. */
  getRange(...args: unknown[]): FakeRange {
    const [first] = args;
    if (args.length === 1 && typeof first === 'string') return this.getRangeByA1(first);
    if (args.length < 2 || args.length > 4 || args.some((arg) => typeof arg !== 'number')) {
      throw signatureMismatch('SpreadsheetApp.Sheet.getRange', args);
    }
    const [row, column, numRows = 1, numColumns = 1] = args as number[];
    return this.rangeAt(row as number, column as number, numRows, numColumns);
  }

  rangeAt(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    shape: A1Shape = 'cells',
  ): FakeRange {
    const rect = {
      row: Math.trunc(row),
      column: Math.trunc(column),
      numRows: Math.trunc(numRows),
      numColumns: Math.trunc(numColumns),
    };
    if (!(rect.row >= 1)) throw gasException('The starting row of the range is too small.');
    if (!(rect.column >= 1)) throw gasException('The starting column of the range is too small.');
    if (!(rect.numRows >= 1))
      throw gasException('The number of rows in the range must be at least 1.');
    if (!(rect.numColumns >= 1))
      throw gasException('The number of columns in the range must be at least 1.');
    this.assertInside(rect);
    return new FakeRange(this, rect, shape);
  }

  /** Sheets does not grow a sheet to fit a range: rows must be inserted first. */
  assertInside(rect: GridRect): void {
    if (
      rect.row + rect.numRows - 1 > this.maxRows ||
      rect.column + rect.numColumns - 1 > this.maxColumns
    ) {
      throw gasException('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  getDataRange(): FakeRange {
    return this.rangeAt(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getLastRow(): number {
    return this.cells.lastRow();
  }

  getLastColumn(): number {
    return this.cells.lastColumn();
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  /** Blank columns right of `afterPosition`; the columns right of it move right. */
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    const after = Math.trunc(afterPosition);
    const count = Math.trunc(howMany);
    if (!(after >= 1) || after > this.maxColumns || !(count >= 1)) {
      throw gasException('Those columns are out of bounds.');
    }
    this.grow(this.maxRows, this.maxColumns + count);
    this.cells.insertColumns(after + 1, count);
    this.merges.insertColumns(after + 1, count);
    return this;
  }

  /** Moves the cells right of the deleted columns left; frees their cells toward the limit. */
  deleteColumns(columnPosition: number, howMany: number): FakeSheet {
    const column = Math.trunc(columnPosition);
    const count = Math.trunc(howMany);
    if (!(column >= 1) || !(count >= 1) || column + count - 1 > this.maxColumns) {
      throw gasException('Those columns are out of bounds.');
    }
    if (count >= this.maxColumns) {
      throw gasException('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.cells.deleteColumns(column, count);
    this.merges.deleteColumns(column, count);
    this.maxColumns -= count;
    return this;
  }

  /** Blank rows below `afterPosition`; the rows under it move down. */
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (!(afterPosition >= 1) || afterPosition > this.maxRows || !(howMany >= 1)) {
      throw gasException('Those rows are out of bounds.');
    }
    this.grow(this.maxRows + howMany, this.maxColumns);
    this.cells.insertRows(afterPosition + 1, howMany);
    this.merges.insertRows(afterPosition + 1, howMany);
    return this;
  }

  clearContents(): FakeSheet {
    this.cells.clearContent(this.wholeSheet());
    return this;
  }

  setFrozenRows(rows: number): FakeSheet {
    this.frozenRows = rows;
    return this;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  /** As in Sheets: the last visible sheet cannot be hidden, and the view leaves a hidden one. */
  hideSheet(): FakeSheet {
    const others = this.spreadsheet.getSheets().filter((sheet) => sheet !== this && !sheet.hidden);
    const [next] = others;
    if (next === undefined) throw gasException("You can't hide all the sheets in a document.");
    this.hidden = true;
    if (this.spreadsheet.getActiveSheet() === this) this.spreadsheet.setActiveSheet(next);
    return this;
  }

  showSheet(): FakeSheet {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  // Metadata, charts, conditional formats -----------------------------------------------------

  addDeveloperMetadata(key: string, value?: string | null): FakeSheet {
    this.spreadsheet.metadata.add(this, key, value);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.spreadsheet.metadata.attachedTo(this);
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder();
  }

  insertChart(chart: FakeEmbeddedChart): void {
    this.charts.push(chart);
  }

  getCharts(): FakeEmbeddedChart[] {
    return this.charts.slice();
  }

  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.conditionalFormatRules = rules.slice();
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.conditionalFormatRules.slice();
  }

  // Harness side ------------------------------------------------------------------------------

  /** The sheet as plain data: values up to the last row/column with content. */
  toSheetData(): SheetData {
    const rect = {
      row: 1,
      column: 1,
      numRows: this.getLastRow(),
      numColumns: this.getLastColumn(),
    };
    const hasCells = rect.numRows > 0 && rect.numColumns > 0;
    const data: SheetData = {
      name: this.name,
      values: hasCells ? this.cells.values.read(rect) : [],
    };
    if (hasCells && this.cells.numberFormats.hasContent(rect))
      data.numberFormats = this.cells.numberFormats.read(rect);
    if (hasCells && this.cells.formulas.hasContent(rect))
      data.formulas = this.cells.formulas.read(rect);
    if (this.frozenRows > 0) data.frozenRows = this.frozenRows;
    const merges = this.merges.all();
    if (merges.length > 0) data.merges = merges.map((merge) => formatA1(merge));
    const metadata = this.getDeveloperMetadata();
    if (metadata.length > 0) {
      data.developerMetadata = metadata.map((item) => ({
        key: item.getKey(),
        value: item.getValue(),
      }));
    }
    return data;
  }

  private getRangeByA1(notation: string): FakeRange {
    const reference = this.parseOwnA1(notation);
    const { row, column, numRows, numColumns } = reference.rect;
    return this.rangeAt(row, column, numRows, numColumns, reference.shape);
  }

  private parseOwnA1(notation: string): NonNullable<ReturnType<typeof parseA1>> {
    const reference = parseA1(notation, (sheetName) =>
      sheetName === null || sheetName === this.name
        ? { maxRows: this.maxRows, maxColumns: this.maxColumns }
        : null,
    );
    if (!reference) throw gasException('Range not found');
    return reference;
  }

  /** Every way a sheet gets bigger goes through here, so the spreadsheet's limit holds. */
  private grow(rows: number, columns: number): void {
    this.spreadsheet.assertRoomForCells(rows * columns - this.maxRows * this.maxColumns);
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  private wholeSheet(): GridRect {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }
}
