import type { CellValue } from '../workbookData';
import { formatA1, type A1Shape, type GridRect } from './a1Notation';
import { userEntered, type CellContent } from './cellInput';
import type { CellLayer } from './cellLayer';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './displayValue';
import { gasException, signatureMismatch } from './exception';
import { assertFitsInCell } from './limits';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { FakeSheet } from './fakeSheet';
import { copyValue, STYLE_DEFAULTS, type StyleName, type StyleValue } from './sheetCells';

/**
 * A rectangle of one sheet. Reads and writes touch only the sheet's 2D arrays: no per-cell
 * service calls, so a 100,000-row getValues costs one counted call like a 10-row one.
 */
export class FakeRange implements ServiceObject {
  readonly [SERVICE] = 'Range';

  constructor(
    private readonly sheet: FakeSheet,
    private readonly rect: GridRect,
    private readonly shape: A1Shape = 'cells',
  ) {}

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.column;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  getA1Notation(): string {
    return formatA1(this.rect, this.shape);
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      throw gasException('Cell reference out of range');
    }
    return this.sheet.rangeAt(this.rect.row + row - 1, this.rect.column + column - 1, 1, 1);
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    return this.sheet.rangeAt(
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
    );
  }

  // Values ------------------------------------------------------------------------------------

  /** Dates for date cells, '' for blanks and for formula cells (formulas are not evaluated). */
  getValues(): CellValue[][] {
    return this.cells().values.read(this.inside(), copyValue);
  }

  getValue(): CellValue {
    return copyValue(this.cells().values.get(this.rect.row - 1, this.rect.column - 1));
  }

  getDisplayValues(): string[][] {
    const values = this.getValues();
    const formats = this.getNumberFormats();
    const timeZone = this.sheet.getParent().getSpreadsheetTimeZone();
    return values.map((row, r) =>
      row.map((value, c) => displayValue(value, formats[r]?.[c] ?? '', timeZone)),
    );
  }

  getDisplayValue(): string {
    return this.getCell(1, 1).getDisplayValues()[0]?.[0] ?? '';
  }

  setValues(values: unknown[][]): FakeRange {
    this.checkShape(values, 'setValues');
    this.write((r, c) => values[r]?.[c]);
    return this;
  }

  setValue(value: unknown): FakeRange {
    this.write(() => value);
    return this;
  }

  getFormulas(): string[][] {
    return this.cells().formulas.read(this.inside());
  }

  getFormula(): string {
    return this.cells().formulas.get(this.rect.row - 1, this.rect.column - 1);
  }

  /** Sheets would shift relative references per cell; the harness writes the text as given. */
  setFormula(formula: string): FakeRange {
    this.write(() => formula, formulaEntered);
    return this;
  }

  setFormulas(formulas: string[][]): FakeRange {
    this.checkShape(formulas, 'setFormulas');
    this.write((r, c) => formulas[r]?.[c], formulaEntered);
    return this;
  }

  isBlank(): boolean {
    return !this.sheet.cells.hasContent(this.inside());
  }

  // Formats -----------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.cells().numberFormats.read(
      this.inside(),
      (format) => format || DEFAULT_NUMBER_FORMAT,
    );
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormat(format: string): FakeRange {
    this.cells().numberFormats.fill(this.inside(), () => String(format));
    return this;
  }

  setNumberFormats(formats: string[][]): FakeRange {
    this.checkShape(formats, 'setNumberFormats');
    this.cells().numberFormats.fill(this.inside(), (r, c) => String(formats[r]?.[c] ?? ''));
    return this;
  }

  setFontWeight(weight: string | null): FakeRange {
    return this.setStyle('fontWeight', weight);
  }

  setFontWeights(weights: (string | null)[][]): FakeRange {
    return this.setStyles('fontWeight', weights, 'setFontWeights');
  }

  getFontWeight(): StyleValue {
    return this.style('fontWeight');
  }

  getFontWeights(): StyleValue[][] {
    return this.styles('fontWeight');
  }

  setFontStyle(style: string | null): FakeRange {
    return this.setStyle('fontStyle', style);
  }

  setFontSize(size: number | null): FakeRange {
    return this.setStyle('fontSize', size);
  }

  getFontSize(): StyleValue {
    return this.style('fontSize');
  }

  setFontFamily(family: string | null): FakeRange {
    return this.setStyle('fontFamily', family);
  }

  setFontColor(color: string | null): FakeRange {
    return this.setStyle('fontColor', color);
  }

  setFontColors(colors: (string | null)[][]): FakeRange {
    return this.setStyles('fontColor', colors, 'setFontColors');
  }

  getFontColor(): StyleValue {
    return this.style('fontColor');
  }

  setBackground(color: string | null): FakeRange {
    return this.setStyle('background', color);
  }

  setBackgrounds(colors: (string | null)[][]): FakeRange {
    return this.setStyles('background', colors, 'setBackgrounds');
  }

  getBackground(): StyleValue {
    return this.style('background');
  }

  getBackgrounds(): StyleValue[][] {
    return this.styles('background');
  }

  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this.setStyle('horizontalAlignment', alignment);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): FakeRange {
    return this.setStyles('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }

  getHorizontalAlignment(): StyleValue {
    return this.style('horizontalAlignment');
  }

  setVerticalAlignment(alignment: string | null): FakeRange {
    return this.setStyle('verticalAlignment', alignment);
  }

  setWrap(wrap: boolean): FakeRange {
    return this.setStyle('wrap', wrap);
  }

  getWrap(): StyleValue {
    return this.style('wrap');
  }

  setNote(note: string | null): FakeRange {
    return this.setStyle('note', note);
  }

  getNote(): StyleValue {
    return this.style('note');
  }

  // Clearing ----------------------------------------------------------------------------------

  /** Without options clears contents, formats and notes, like Sheets. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeRange {
    const rect = this.inside();
    const everything = !options?.contentsOnly && !options?.formatOnly;
    if (everything || options?.contentsOnly) this.sheet.cells.clearContent(rect);
    if (everything || options?.formatOnly) this.sheet.cells.clearFormat(rect);
    return this;
  }

  clearContent(): FakeRange {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): FakeRange {
    return this.clear({ formatOnly: true });
  }

  // Merges ------------------------------------------------------------------------------------

  /** Keeps only the top-left value, like Sheets. */
  merge(): FakeRange {
    this.sheet.merges.merge(this.inside());
    this.blankHiddenMergedCells();
    return this;
  }

  breakApart(): FakeRange {
    this.sheet.merges.breakApart(this.inside());
    return this;
  }

  getMergedRanges(): FakeRange[] {
    return this.sheet.merges
      .touching(this.inside())
      .map((merge) => new FakeRange(this.sheet, merge));
  }

  isPartOfMerge(): boolean {
    return this.sheet.merges.touching(this.inside()).length > 0;
  }

  // Internals ---------------------------------------------------------------------------------

  private cells(): FakeSheet['cells'] {
    this.inside();
    return this.sheet.cells;
  }

  /** The rect, after checking it still fits the sheet (rows may have been deleted since). */
  private inside(): GridRect {
    this.sheet.assertInside(this.rect);
    return this.rect;
  }

  private write(
    inputAt: (r: number, c: number) => unknown,
    parse: (input: unknown, numberFormat: string) => CellContent = userEntered,
  ): void {
    const { values, formulas, numberFormats } = this.cells();
    const { row, column, numRows, numColumns } = this.rect;
    // Checked before anything is written: Sheets refuses the whole write, not the cells after.
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) assertFitsInCell(inputAt(r, c));
    }
    values.allocateRows(this.rect);
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const [sheetRow, sheetColumn] = [row - 1 + r, column - 1 + c];
        const content = parse(inputAt(r, c), numberFormats.get(sheetRow, sheetColumn));
        values.set(sheetRow, sheetColumn, content.value);
        if (content.formula || formulas.get(sheetRow, sheetColumn))
          formulas.set(sheetRow, sheetColumn, content.formula);
      }
    }
    this.blankHiddenMergedCells();
  }

  private blankHiddenMergedCells(): void {
    for (const [row, column] of this.sheet.merges.hiddenCellsTouching(this.rect)) {
      this.sheet.cells.clearContent({ row, column, numRows: 1, numColumns: 1 });
    }
  }

  private setStyle(name: StyleName, value: StyleValue | null): FakeRange {
    const styleValue = value ?? STYLE_DEFAULTS[name];
    this.sheet.cells.style(name).fill(this.inside(), () => styleValue);
    return this;
  }

  private setStyles(name: StyleName, values: (StyleValue | null)[][], method: string): FakeRange {
    this.checkShape(values, method);
    this.sheet.cells
      .style(name)
      .fill(this.inside(), (r, c) => values[r]?.[c] ?? STYLE_DEFAULTS[name]);
    return this;
  }

  private style(name: StyleName): StyleValue {
    return this.styleLayer(name).get(this.rect.row - 1, this.rect.column - 1);
  }

  private styles(name: StyleName): StyleValue[][] {
    return this.styleLayer(name).read(this.inside());
  }

  private styleLayer(name: StyleName): CellLayer<StyleValue> {
    this.inside();
    return this.sheet.cells.style(name);
  }

  /** Sheets' own checks and messages for 2D arguments (rows first, then each row's width). */
  private checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [data]);
    }
    const { numRows, numColumns } = this.rect;
    if (data.length !== numRows) {
      throw gasException(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    const wrongRow = (data as unknown[][]).find((row) => row.length !== numColumns);
    if (wrongRow) {
      throw gasException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${wrongRow.length} but the range has ${numColumns}.`,
      );
    }
  }
}

/** setFormula is explicit: '=' text becomes a formula even in plain-text cells; '' clears. */
const formulaEntered = (input: unknown): CellContent => userEntered(input, '');
