import ExcelJS from 'exceljs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { msg, type Msg } from '../../core/text/messages';
import { WallClockZone } from '../../core/time/wallClockZone';
import { parseA1, type GridRect } from '../harness/a1Notation';
import type { CellValue, SheetData, WorkbookData } from '../workbookData';
import { WorkbookFileError } from './workbookFileError';
import { describeWorkbook } from './workbookDescription';
import { assertKnownTimeZoneToSave } from './workbookSettings';

/** Excel would show a Date saved without a format as a bare number. */
const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * Rows written before the writer lets the zip compress what it was given: exceljs's streams do
 * not push back, so a sheet written in one go would sit in memory whole before it is zipped.
 */
const ROWS_PER_TURN = 500;

/** .xlsx's last row; open-ended merges never reach the saver, but parseA1 wants a size. */
const XLSX_GRID = { maxRows: 1_048_576, maxColumns: 16_384 };

/**
 * Saves with exceljs's streaming writer, row by row, so that a 200,000-order workbook never
 * exists twice in memory. Everything that can be refused (tab names, merges) is checked before
 * the first byte, and the file is written beside `path` and renamed over it at the end, so a
 * failed save leaves no half-written workbook (`--out` may name the file that was loaded).
 */
export async function saveXlsxFile(data: WorkbookData, path: string): Promise<void> {
  assertKnownTimeZoneToSave(data.timeZone, path);
  const merges = checkSheets(data, path);
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await writeWorkbook(data, merges, partial);
    await rename(partial, path);
  } catch (cause) {
    await rm(partial, { force: true });
    const sentence = msg('file.cannotSave', { path, reason: writeFailure(cause) });
    throw new WorkbookFileError(sentence, { cause });
  }
}

/**
 * Tab names and merges checked by exceljs's own in-memory workbook, which refuses what the
 * streaming writer would write without a word (a bad or repeated name, overlapping merges).
 * Gives each tab's merges as rectangles.
 */
function checkSheets(data: WorkbookData, path: string): GridRect[][] {
  const workbook = new ExcelJS.Workbook();
  return data.sheets.map((sheet) => {
    const worksheet = addWorksheet(workbook, sheet.name, path);
    return (sheet.merges ?? []).map((range) => mergeCells(worksheet, range, path));
  });
}

/** The longest tab name .xlsx allows. */
const MAX_TAB_NAME = 31;

/** exceljs would silently cut a long name to 31 characters, which can merge two tabs. */
function addWorksheet(workbook: ExcelJS.Workbook, name: string, path: string): ExcelJS.Worksheet {
  if (name.length > MAX_TAB_NAME) {
    throw new WorkbookFileError(
      msg('file.tabNameTooLong', { path, tab: name, count: MAX_TAB_NAME }),
    );
  }
  try {
    return workbook.addWorksheet(name);
  } catch (cause) {
    throw new WorkbookFileError(msg('file.tabNameNotAllowed', { path, tab: name }), { cause });
  }
}

function mergeCells(worksheet: ExcelJS.Worksheet, range: string, path: string): GridRect {
  const rect = parseA1(range, () => XLSX_GRID)?.rect;
  try {
    if (!rect) throw new Error(`${range} is not a range`);
    worksheet.mergeCells(range);
    return rect;
  } catch (cause) {
    const sentence = msg('file.badMerge', { path, range, tab: worksheet.name });
    throw new WorkbookFileError(sentence, { cause });
  }
}

async function writeWorkbook(data: WorkbookData, merges: GridRect[][], file: string) {
  const handle = await open(file, 'w');
  const stream = handle.createWriteStream();
  // exceljs listens for errors only once it finishes: a full disk before that must end the save.
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  try {
    await Promise.race([failed, writeSheets(data, merges, stream)]);
  } finally {
    stream.destroy();
  }
}

async function writeSheets(data: WorkbookData, merges: GridRect[][], stream: Writable) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    // Inline strings: a shared-string table would hold every distinct text until the end.
    useSharedStrings: false,
  });
  workbook.title = data.name;
  workbook.description = describeWorkbook(data);
  const cells = new CellWriter(new WallClockZone(data.timeZone));
  for (const [index, sheet] of data.sheets.entries()) {
    await writeSheet(workbook, sheet, new PendingMerges(merges[index] ?? []), cells);
  }
  await workbook.commit();
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetData,
  merges: PendingMerges,
  cells: CellWriter,
): Promise<void> {
  const views: Partial<ExcelJS.WorksheetView>[] = sheet.frozenRows
    ? [{ state: 'frozen', ySplit: sheet.frozenRows }]
    : [];
  const worksheet = workbook.addWorksheet(sheet.name, { views });
  for (let r = 0; r < sheet.values.length; r++) {
    const row = worksheet.getRow(r + 1);
    cells.writeRow(row, sheet, r);
    merges.applyEndingAt(r + 1, worksheet);
    if (merges.noneOpenAt(r + 1)) row.commit();
    if ((r + 1) % ROWS_PER_TURN === 0) await nextTurn();
  }
  merges.applyEndingAt(Number.POSITIVE_INFINITY, worksheet);
  worksheet.commit();
}

/**
 * A tab's merges, applied as the in-memory writer applied them: once every cell under them is
 * written (a hidden cell's value is then dropped and it takes the top-left cell's style). Until
 * then the rows they cover stay uncommitted, since the streaming writer cannot go back.
 */
class PendingMerges {
  private readonly byTop: GridRect[];
  private readonly byBottom: GridRect[];
  /** Merges whose first row has been reached, and those applied (every row written). */
  private started = 0;
  private applied = 0;

  constructor(rects: GridRect[]) {
    this.byTop = rects.slice().sort((a, b) => a.row - b.row);
    this.byBottom = rects.slice().sort((a, b) => bottomOf(a) - bottomOf(b));
  }

  applyEndingAt(row: number, worksheet: ExcelJS.Worksheet): void {
    let merge: GridRect | undefined;
    while ((merge = this.byBottom[this.applied]) && bottomOf(merge) <= row) {
      const right = merge.column + merge.numColumns - 1;
      worksheet.mergeCells(merge.row, merge.column, bottomOf(merge), right);
      this.applied++;
    }
  }

  /** True when no merge covering `row` still waits for a row below it. */
  noneOpenAt(row: number): boolean {
    while ((this.byTop[this.started]?.row ?? Number.POSITIVE_INFINITY) <= row) this.started++;
    return this.started === this.applied;
  }
}

const bottomOf = (rect: GridRect): number => rect.row + rect.numRows - 1;

/**
 * Writes rows' cells in one workbook's time zone. Cells with one number format share one style
 * object: exceljs recognises a style it has seen by identity, and otherwise renders every
 * cell's style to XML to look it up (40% of the time of a 12-million-cell save).
 */
class CellWriter {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly zone: WallClockZone) {}

  writeRow(row: ExcelJS.Row, sheet: SheetData, r: number): void {
    (sheet.values[r] ?? []).forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c] ?? '';
      const numberFormat = sheet.numberFormats?.[r]?.[c] ?? '';
      if (value === '' && formula === '' && numberFormat === '') return;
      const cell = row.getCell(c + 1);
      cell.value = toExcelValue(value, formula, this.zone);
      cell.style = this.style(numberFormat || (value instanceof Date ? DEFAULT_DATE_FORMAT : ''));
    });
    keepFormattedBlankRow(row);
  }

  /** Never changed once made: cells and merges share it. */
  private style(numberFormat: string): Partial<ExcelJS.Style> {
    let style = this.styles.get(numberFormat);
    if (!style) {
      style = Object.freeze(numberFormat === '' ? {} : { numFmt: numberFormat });
      this.styles.set(numberFormat, style);
    }
    return style;
  }
}

/*
 * The streaming writer skips a row whose cells hold no value, where the in-memory writer kept
 * their number formats (a blank '@' cell stays text when something is typed into it later).
 */
function keepFormattedBlankRow(row: ExcelJS.Row): void {
  if (row.cellCount > 0 && !row.hasValues) {
    Object.defineProperty(row, 'hasValues', { value: true });
  }
}

/** Excel keeps date-times as the wall clock of the workbook's zone, with no zone of their own. */
function toExcelValue(value: CellValue, formula: string, zone: WallClockZone): ExcelJS.CellValue {
  const plain = value instanceof Date ? new Date(zone.wallClockMsAt(value.getTime())) : value;
  if (formula === '') return plain === '' ? null : plain;
  const expression = formula.replace(/^=/, '');
  return plain === '' ? { formula: expression } : { formula: expression, result: plain };
}

/** Why a save failed, for a person rather than an errno (a file.reason.* key). */
function writeFailure(cause: unknown): Msg {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return msg('file.reason.noFolder');
  if (code === 'EACCES' || code === 'EPERM') return msg('file.reason.permission');
  if (code === 'EISDIR') return msg('file.reason.folderInTheWay');
  if (code === 'ENOSPC') return msg('file.reason.diskFull');
  return msg('file.reason.unwritable');
}
