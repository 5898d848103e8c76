import type { CellValue } from '../workbookData';
import { formatA1, type A1Shape, type GridRect } from './a1Notation';
import { userEntered } from './cellInput';
import { gasException, signatureMismatch } from './exception';
import { assertFitsInCell } from './limits';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { FakeSheet } from './fakeSheet';
import { copyValue, DEFAULT_NUMBER_FORMAT, NORMAL_FONT_WEIGHT } from './sheetCells';

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

  getA1Notation(): string {
    return formatA1(this.rect, this.shape);
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  // Values ------------------------------------------------------------------------------------

  /** Dates for date cells, '' for blanks and for formula cells (formulas are not evaluated). */
  getValues(): CellValue[][] {
    return this.cells().values.read(this.inside(), copyValue);
  }

  getValue(): CellValue {
    return copyValue(this.cells().values.get(this.rect.row - 1, this.rect.column - 1));
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

  /** null resets to Sheets' default, 'normal'. */
  setFontWeight(weight: string | null): FakeRange {
    const fontWeight = weight ?? NORMAL_FONT_WEIGHT;
    this.cells().fontWeights.fill(this.inside(), () => fontWeight);
    return this;
  }

  getFontWeight(): string {
    return this.cells().fontWeights.get(this.rect.row - 1, this.rect.column - 1);
  }

  // Internals ---------------------------------------------------------------------------------

  private cells(): FakeSheet['cells'] {
    this.inside();
    return this.sheet.cells;
  }

  /** The rect, after checking it still fits the sheet (columns may have been deleted since). */
  private inside(): GridRect {
    this.sheet.assertInside(this.rect);
    return this.rect;
  }

  private write(inputAt: (r: number, c: number) => unknown): void {
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
        const content = userEntered(inputAt(r, c), numberFormats.get(sheetRow, sheetColumn));
        values.set(sheetRow, sheetColumn, content.value);
        if (content.formula || formulas.get(sheetRow, sheetColumn))
          formulas.set(sheetRow, sheetColumn, content.formula);
      }
    }
    this.blankHiddenMergedCells();
  }

  /** Only a merge's top-left cell holds a value, as in Sheets. */
  private blankHiddenMergedCells(): void {
    for (const [row, column] of this.sheet.merges.hiddenCellsTouching(this.rect)) {
      this.sheet.cells.clearContent({ row, column, numRows: 1, numColumns: 1 });
    }
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
