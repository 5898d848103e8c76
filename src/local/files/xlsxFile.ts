import ExcelJS from 'exceljs';
import type { CellValue, SheetData, WorkbookData } from '../workbookData';
import { nameWithoutExtension } from './fileName';
import { fitGrid, type GridSize } from './grid';
import { instantToWallClock, WallClockZone } from '../../wallClockZone';
import { WorkbookFileError } from './workbookFileError';
import { describeWorkbook, readDescription } from './workbookDescription';
import { assertKnownTimeZone, type WorkbookSettings } from './workbookSettings';

/** Excel would show a Date saved without a format as a bare number. */
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * An .xlsx workbook; the time zone and locale it was saved with win over `fallback`, and each
 * tab gets back the developer metadata it was saved with.
 */
export async function loadXlsxFile(
  path: string,
  fallback: WorkbookSettings,
): Promise<WorkbookData> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (cause) {
    throw new WorkbookFileError(`${path} is not a readable .xlsx workbook.`, { cause });
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookFileError(`${path} holds no sheets.`);
  }
  const { settings, sheetMetadata } = readDescription(workbook.description, fallback);
  const { timeZone, locale } = settings;
  const zone = new WallClockZone(timeZone);
  const sheets = workbook.worksheets.map((worksheet) => {
    const sheet = readSheet(worksheet, zone);
    const metadata = sheetMetadata.get(worksheet.name);
    if (metadata) sheet.developerMetadata = metadata;
    return sheet;
  });
  return { name: nameWithoutExtension(path), timeZone, locale, sheets };
}

export async function saveXlsxFile(data: WorkbookData, path: string): Promise<void> {
  assertKnownTimeZone(data.timeZone, `save ${path}`);
  const workbook = new ExcelJS.Workbook();
  workbook.title = data.name;
  workbook.description = describeWorkbook(data);
  for (const sheet of data.sheets) writeSheet(workbook, sheet, data.timeZone, path);
  try {
    await workbook.xlsx.writeFile(path);
  } catch (cause) {
    throw new WorkbookFileError(`Could not save ${path}: ${writeFailure(cause)}.`, { cause });
  }
}

/** One worksheet's cells; rows and columns count from 0 like `SheetData`. */
class SheetCells {
  readonly values: CellValue[][] = [];
  /** Sparse: only cells with a number format other than General. */
  readonly numberFormats: string[][] = [];
  /** Sparse: only formula cells. */
  readonly formulas: string[][] = [];
  /** Merge ranges by their top-left address, growing as the reader meets their cells. */
  readonly mergeEnds = new Map<string, string>();
  readonly size: GridSize = { height: 0, width: 0 };

  cover(row: number, column: number): void {
    this.size.height = Math.max(this.size.height, row + 1);
    this.size.width = Math.max(this.size.width, column + 1);
  }
}

function readSheet(worksheet: ExcelJS.Worksheet, zone: WallClockZone): SheetData {
  const cells = new SheetCells();
  worksheet.eachRow((row) => row.eachCell((cell) => readCell(cell, cells, zone)));
  const sheet: SheetData = { name: worksheet.name, values: fitGrid(cells.values, cells.size, '') };
  const numberFormats = fitTextGrid(cells.numberFormats, cells.size);
  const formulas = fitTextGrid(cells.formulas, cells.size);
  const merges = [...cells.mergeEnds].map(([topLeft, bottomRight]) => `${topLeft}:${bottomRight}`);
  if (numberFormats) sheet.numberFormats = numberFormats;
  if (formulas) sheet.formulas = formulas;
  if (merges.length > 0) sheet.merges = merges;
  const frozenRows = frozenRowsOf(worksheet);
  if (frozenRows > 0) sheet.frozenRows = frozenRows;
  return sheet;
}

function frozenRowsOf(worksheet: ExcelJS.Worksheet): number {
  const frozen = worksheet.views?.find(
    (view): view is Partial<ExcelJS.WorksheetViewFrozen> => view.state === 'frozen',
  );
  return frozen?.ySplit ?? 0;
}

function readCell(cell: ExcelJS.Cell, cells: SheetCells, zone: WallClockZone): void {
  const row = Number(cell.row) - 1;
  const column = Number(cell.col) - 1;
  // exceljs repeats the top-left value in every merged cell; Sheets shows it only once.
  if (cell.type === ExcelJS.ValueType.Merge) {
    cells.mergeEnds.set(cell.master.address, cell.address);
    cells.cover(row, column);
    return;
  }
  const isFormula = cell.type === ExcelJS.ValueType.Formula;
  const value = toCellValue(isFormula ? cell.result : cell.value, zone);
  const formula = isFormula && cell.formula ? `=${cell.formula}` : '';
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : '';
  setCell(cells.values, row, column, value);
  if (formula !== '') setCell(cells.formulas, row, column, formula);
  if (numberFormat !== '') setCell(cells.numberFormats, row, column, numberFormat);
  if (value !== '' || formula !== '') cells.cover(row, column);
}

function setCell<T>(grid: T[][], row: number, column: number, value: T): void {
  (grid[row] ??= [])[column] = value;
}

function toCellValue(value: ExcelJS.CellValue, zone: WallClockZone): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return zone.toInstant(value);
  if (typeof value !== 'object') return value;
  if ('richText' in value) return plainText(value);
  if ('hyperlink' in value) return plainText(value.text);
  if ('error' in value) return value.error;
  return '';
}

/** Hyperlink text may itself be rich text, whatever the exceljs types say. */
function plainText(text: string | ExcelJS.CellRichTextValue): string {
  if (typeof text === 'string') return text;
  return text.richText.map((run) => run.text).join('');
}

/** The sheet-sized grid, or undefined when it would hold only blanks (most sheets have no formulas). */
function fitTextGrid(sparse: string[][], size: GridSize): string[][] | undefined {
  if (sparse.length === 0) return undefined;
  const grid = fitGrid(sparse, size, '');
  return grid.some((row) => row.some((cell) => cell !== '')) ? grid : undefined;
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetData,
  timeZone: string,
  path: string,
): void {
  const worksheet = addWorksheet(workbook, sheet.name, path);
  if (sheet.frozenRows) worksheet.views = [{ state: 'frozen', ySplit: sheet.frozenRows }];
  sheet.values.forEach((row, r) => {
    const excelRow = worksheet.getRow(r + 1);
    row.forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c] ?? '';
      const numberFormat = sheet.numberFormats?.[r]?.[c] ?? '';
      if (value === '' && formula === '' && numberFormat === '') return;
      const cell = excelRow.getCell(c + 1);
      cell.value = toExcelValue(value, formula, timeZone);
      const format = numberFormat || (value instanceof Date ? DEFAULT_DATE_FORMAT : '');
      if (format !== '') cell.numFmt = format;
    });
  });
  for (const range of sheet.merges ?? []) mergeCells(worksheet, range, path);
}

function toExcelValue(value: CellValue, formula: string, timeZone: string): ExcelJS.CellValue {
  const plain = value instanceof Date ? instantToWallClock(value, timeZone) : value;
  if (formula === '') return plain === '' ? null : plain;
  const expression = formula.replace(/^=/, '');
  return plain === '' ? { formula: expression } : { formula: expression, result: plain };
}

/** exceljs would silently cut a long name to 31 characters, which can merge two tabs. */
function addWorksheet(workbook: ExcelJS.Workbook, name: string, path: string): ExcelJS.Worksheet {
  if (name.length > 31) {
    throw new WorkbookFileError(
      `Cannot save ${path}: the tab name "${name}" is longer than the 31 characters .xlsx allows.`,
    );
  }
  try {
    return workbook.addWorksheet(name);
  } catch (cause) {
    throw new WorkbookFileError(
      `Cannot save ${path}: the tab name "${name}" is not allowed in .xlsx.`,
      { cause },
    );
  }
}

function mergeCells(worksheet: ExcelJS.Worksheet, range: string, path: string): void {
  try {
    worksheet.mergeCells(range);
  } catch (cause) {
    throw new WorkbookFileError(
      `Cannot save ${path}: the merge ${range} in tab "${worksheet.name}" overlaps another or is not a range.`,
      { cause },
    );
  }
}

function writeFailure(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a folder has that name';
  return 'the file could not be written';
}
