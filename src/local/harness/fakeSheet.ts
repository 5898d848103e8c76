import type { CellValue, SheetData } from '../workbookData';
import { formatA1, parseA1, type A1Shape, type GridRect } from './a1Notation';
import { userEntered } from './cellInput';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import type { FakeConditionalFormatRule } from './conditionalFormat';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from './developerMetadata';
import { gasException, signatureMismatch } from './exception';
import { assertFitsInCell, loadedSheetExtent } from './limits';
import { MergedCells } from './mergedCells';
import { FakeProtection, ProtectionType } from './protection';
import { FakeRange } from './range';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import { SheetCells } from './sheetCells';
import type { FakeSpreadsheet } from './fakeSpreadsheet';
import type { GasEnumValue } from './gasEnum';

const DEFAULT_COLUMN_WIDTH = 100;

const outOfBounds = (): Error => gasException('Those rows are out of bounds.');

export class FakeSheet implements ServiceObject {
  readonly [SERVICE] = 'Sheet';
  readonly cells: SheetCells;
  readonly merges: MergedCells;
  private maxRows: number;
  private maxColumns: number;
  private frozenRows: number;
  private frozenColumns = 0;
  private hidden = false;
  private tabColor: string | null = null;
  private columnWidths = new Map<number, number>();
  private protection: FakeProtection | null = null;
  private charts: FakeEmbeddedChart[] = [];
  private conditionalFormatRules: FakeConditionalFormatRule[] = [];

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly sheetId: number,
    private name: string,
    data?: SheetData,
  ) {
    this.cells = new SheetCells(data);
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

  getSheetName(): string {
    return this.name;
  }

  setName(name: string): FakeSheet {
    if (name !== this.name) this.spreadsheet.assertNameFree(name);
    this.name = String(name);
    return this;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.spreadsheet.getSheets().indexOf(this) + 1;
  }

  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  /** Activating a hidden sheet shows it, as in Sheets. */
  activate(): FakeSheet {
    this.hidden = false;
    this.spreadsheet.setActiveSheet(this);
    return this;
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

  getSheetValues(row: number, column: number, numRows: number, numColumns: number): CellValue[][] {
    return this.rangeAt(row, column, numRows, numColumns).getValues();
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

  /** Only at the right edge (what the add-on needs); inserting inside would shift cells. */
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (afterPosition !== this.maxColumns) {
      throw new Error('The harness only inserts columns after the last column.');
    }
    this.grow(this.maxRows, this.maxColumns + howMany);
    return this;
  }

  /** Moves the cells right of the deleted columns left; frees their cells toward the limit. */
  deleteColumns(columnPosition: number, howMany: number): FakeSheet {
    const column = Math.trunc(columnPosition);
    const count = Math.trunc(howMany);
    if (!(column >= 1) || !(count >= 1) || column + count - 1 > this.maxColumns) {
      throw gasException('Those columns are out of bounds.');
    }
    if (this.maxColumns - count <= this.frozenColumns) {
      throw gasException('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.cells.deleteColumns(column, count);
    this.merges.deleteColumns(column, count);
    this.columnWidths = shiftedLeft(this.columnWidths, column, count);
    this.maxColumns -= count;
    return this;
  }

  deleteColumn(columnPosition: number): FakeSheet {
    return this.deleteColumns(columnPosition, 1);
  }

  // Rows --------------------------------------------------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.checkRows(afterPosition, 1);
    return this.insertBefore(afterPosition + 1, howMany);
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.checkRows(beforePosition, 1);
    return this.insertBefore(beforePosition, howMany);
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): FakeSheet {
    return this.insertRowsBefore(rowIndex, numRows);
  }

  deleteRows(rowPosition: number, howMany: number): FakeSheet {
    this.checkRows(rowPosition, howMany);
    if (this.maxRows - howMany <= this.frozenRows) {
      throw gasException('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.cells.deleteRows(rowPosition, howMany);
    this.merges.deleteRows(rowPosition, howMany);
    this.maxRows -= howMany;
    return this;
  }

  deleteRow(rowPosition: number): FakeSheet {
    return this.deleteRows(rowPosition, 1);
  }

  /** Writes after the last row with content, growing the sheet when needed, like Sheets. */
  appendRow(rowContents: unknown[]): FakeSheet {
    if (!Array.isArray(rowContents))
      throw signatureMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    rowContents.forEach(assertFitsInCell);
    const row = this.getLastRow() + 1;
    this.grow(Math.max(this.maxRows, row), Math.max(this.maxColumns, rowContents.length));
    rowContents.forEach((input, c) => {
      const content = userEntered(input, this.cells.numberFormats.get(row - 1, c));
      this.cells.values.set(row - 1, c, content.value);
      if (content.formula) this.cells.formulas.set(row - 1, c, content.formula);
    });
    return this;
  }

  clear(): FakeSheet {
    const whole = this.wholeSheet();
    this.cells.clearContent(whole);
    this.cells.clearFormat(whole);
    for (const merge of this.merges.all()) this.merges.breakApart(merge);
    return this;
  }

  clearContents(): FakeSheet {
    this.cells.clearContent(this.wholeSheet());
    return this;
  }

  clearFormats(): FakeSheet {
    this.cells.clearFormat(this.wholeSheet());
    return this;
  }

  setFrozenRows(rows: number): FakeSheet {
    this.frozenRows = rows;
    return this;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): FakeSheet {
    this.frozenColumns = columns;
    return this;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  // Layout ------------------------------------------------------------------------------------

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Widths depend on rendered text; the harness leaves them as they are. */
  autoResizeColumns(_startColumn: number, _numColumns: number): FakeSheet {
    return this;
  }

  autoResizeColumn(_columnPosition: number): FakeSheet {
    return this;
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

  setTabColor(color: string | null): FakeSheet {
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  // Protection, metadata, charts, conditional formats -----------------------------------------

  /** A sheet has at most one sheet protection: protecting again returns it. */
  protect(): FakeProtection {
    this.protection ??= new FakeProtection(() => (this.protection = null));
    return this.protection;
  }

  getProtections(type: GasEnumValue): FakeProtection[] {
    return type === ProtectionType.SHEET && this.protection ? [this.protection] : [];
  }

  addDeveloperMetadata(key: string, ...rest: unknown[]): FakeSheet {
    this.spreadsheet.metadata.add(this, key, ...rest);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.spreadsheet.metadata.attachedTo(this);
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(() => this.spreadsheet.metadata.within(this));
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.spreadsheet.nextChartId());
  }

  insertChart(chart: FakeEmbeddedChart): void {
    this.charts.push(chart);
  }

  updateChart(chart: FakeEmbeddedChart): void {
    const index = this.charts.findIndex((other) => other.getChartId() === chart.getChartId());
    if (index < 0) throw gasException('The chart is not on this sheet.');
    this.charts[index] = chart;
  }

  removeChart(chart: FakeEmbeddedChart): void {
    this.charts = this.charts.filter((other) => other.getChartId() !== chart.getChartId());
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

  private insertBefore(row: number, howMany: number): FakeSheet {
    if (!(howMany >= 1)) throw outOfBounds();
    this.grow(this.maxRows + howMany, this.maxColumns);
    this.cells.insertRows(row, howMany);
    this.merges.insertRows(row, howMany);
    return this;
  }

  /** Every way a sheet gets bigger goes through here, so the spreadsheet's limit holds. */
  private grow(rows: number, columns: number): void {
    this.spreadsheet.assertRoomForCells(rows * columns - this.maxRows * this.maxColumns);
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  private checkRows(row: number, howMany: number): void {
    if (!(row >= 1) || !(howMany >= 1) || row + howMany - 1 > this.maxRows) throw outOfBounds();
  }

  private wholeSheet(): GridRect {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }
}

/** Column widths after `count` columns from `column` on are deleted: later ones move left. */
function shiftedLeft(
  widths: Map<number, number>,
  column: number,
  count: number,
): Map<number, number> {
  const shifted = new Map<number, number>();
  for (const [at, width] of widths) {
    if (at < column) shifted.set(at, width);
    else if (at >= column + count) shifted.set(at - count, width);
  }
  return shifted;
}
