import colCache from 'exceljs/lib/utils/col-cache.js';
import parseSax, { type SaxEvent } from 'exceljs/lib/utils/parse-sax.js';
import { slideFormula } from 'exceljs/lib/utils/shared-formula.js';
import excelUtils from 'exceljs/lib/utils/utils.js';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform.js';
import CoreXform from 'exceljs/lib/xlsx/xform/core/core-xform.js';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform.js';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import { Open, type ZipEntry } from 'unzipper';
import { msg } from '../../core/text/messages';
import { WallClockZone } from '../../core/time/wallClockZone';
import type { CellValue, SheetData, WorkbookData } from '../workbookData';
import type { CellBudget } from './cellBudget';
import { nameWithoutExtension } from './fileName';
import { fitGrid, type GridSize } from './grid';
import { WorkbookFileError } from './workbookFileError';
import { readDescription } from './workbookDescription';
import type { WorkbookSettings } from './workbookSettings';

/*
 * .xlsx files are read sheet by sheet, streaming each sheet's XML straight into the grids
 * SheetData holds: exceljs's in-memory reader builds an object per cell and needs over 3 GB for
 * a 6-million-cell workbook. exceljs's streaming reader drops merges, frozen panes and shared
 * formulas, so only its parts are used: its SAX parser for the sheets, and the readers of its
 * in-memory loader for the workbook, shared strings and styles. Cells come out as that loader
 * gave them, except that `t="str"` text is not XML-decoded a second time ("&amp;" stays).
 */

/**
 * An .xlsx workbook; the time zone and locale it was saved with win over `fallback`, and each
 * tab gets back the developer metadata it was saved with.
 */
export async function loadXlsxFile(
  path: string,
  fallback: WorkbookSettings,
  budget?: CellBudget,
): Promise<WorkbookData> {
  const book = await readable(path, () => openBook(path));
  if (book.sheets.length === 0) {
    throw new WorkbookFileError(msg('file.noSheets', { path }));
  }
  const { settings, sheetMetadata } = readDescription(book.description, fallback);
  const zone = new WallClockZone(settings.timeZone);
  const sheets: SheetData[] = [];
  for (const { name, entry } of book.sheets) {
    const sheet = await readable(path, () => readSheet(entry, name, book.cellTypes, zone, budget));
    const metadata = sheetMetadata.get(name);
    if (metadata) sheet.developerMetadata = metadata;
    sheets.push(sheet);
  }
  return { name: nameWithoutExtension(path), ...settings, sheets };
}

async function readable<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    if (cause instanceof WorkbookFileError) throw cause;
    throw new WorkbookFileError(msg('file.notXlsx', { path }), { cause });
  }
}

/** What every sheet's cells are read with. */
interface CellTypes {
  strings: SharedStringsXform | undefined;
  styles: StylesXform | undefined;
  date1904: boolean;
}

/** Everything but the sheets' cells, read first: the zip may hold the sheets before the rest. */
interface Book {
  sheets: Array<{ name: string; entry: ZipEntry }>;
  description: string | undefined;
  cellTypes: CellTypes;
}

async function openBook(path: string): Promise<Book> {
  const zip = await Open.file(path);
  const entries = new Map<string, ZipEntry>();
  for (const entry of zip.files) {
    if (entry.type === 'File') entries.set(entry.path.replace(/^\//, ''), entry);
  }
  const parse = async <T>(name: string, read: (xml: NodeJS.ReadableStream) => Promise<T>) => {
    const entry = entries.get(name);
    return entry ? read(textOf(entry)) : undefined;
  };
  const workbook = await parse('xl/workbook.xml', (xml) => new WorkbookXform().parseStream(xml));
  const rels = await parse('xl/_rels/workbook.xml.rels', (xml) =>
    new RelationshipsXform().parseStream(xml),
  );
  const core = await parse('docProps/core.xml', (xml) => new CoreXform().parseStream(xml));
  const strings = await parse('xl/sharedStrings.xml', (xml) =>
    loaded(new SharedStringsXform(), xml),
  );
  const styles = await parse('xl/styles.xml', (xml) => loaded(new StylesXform(), xml));
  return {
    sheets: sheetEntries(workbook?.sheets ?? [], rels ?? [], entries),
    description: core?.description,
    cellTypes: { strings, styles, date1904: workbook?.properties?.date1904 === true },
  };
}

async function loaded<T extends { parseStream(xml: NodeJS.ReadableStream): Promise<unknown> }>(
  xform: T,
  xml: NodeJS.ReadableStream,
): Promise<T> {
  await xform.parseStream(xml);
  return xform;
}

/**
 * The entry's XML as text. exceljs decodes each chunk of bytes on its own, which garbles a
 * character whose bytes straddle two chunks (every 64 KB of Korean text has a few).
 */
function textOf(entry: ZipEntry): NodeJS.ReadableStream {
  return entry.stream().setEncoding('utf8');
}

/** The worksheets in the workbook's order, found through its relationships as exceljs does. */
function sheetEntries(
  sheets: ReadonlyArray<{ name: string; rId: string }>,
  rels: ReadonlyArray<{ Id: string; Target: string }>,
  entries: ReadonlyMap<string, ZipEntry>,
): Book['sheets'] {
  return sheets.flatMap(({ name, rId }) => {
    const target = rels.find((rel) => rel.Id === rId)?.Target;
    const path = target && `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const entry = path && /xl\/worksheets\/sheet\d+[.]xml/.test(path) && entries.get(path);
    return entry ? [{ name, entry }] : [];
  });
}

async function readSheet(
  entry: ZipEntry,
  name: string,
  types: CellTypes,
  zone: WallClockZone,
  budget: CellBudget | undefined,
): Promise<SheetData> {
  const xml = new SheetXml(types, zone, new SheetCells(budget));
  for await (const events of parseSax(textOf(entry))) {
    for (const event of events) xml.take(event);
  }
  return xml.sheetData(name);
}

/** One worksheet's cells; rows and columns count from 0 like `SheetData`. */
class SheetCells {
  readonly values: CellValue[][] = [];
  /** Sparse: only cells with a number format other than General. */
  readonly numberFormats: string[][] = [];
  /** Sparse: only formula cells. */
  readonly formulas: string[][] = [];
  readonly size: GridSize = { height: 0, width: 0 };

  constructor(private readonly budget: CellBudget | undefined) {}

  set(row: number, column: number, value: CellValue, formula: string, numberFormat: string) {
    setCell(this.values, row, column, value);
    if (formula !== '') setCell(this.formulas, row, column, formula);
    if (numberFormat !== '') setCell(this.numberFormats, row, column, numberFormat);
    if (value !== '' || formula !== '') this.cover(row, column);
  }

  /** A cell hidden by a merge shows nothing of its own, as in Sheets. */
  hide(row: number, column: number): void {
    for (const grid of [this.values, this.formulas, this.numberFormats]) delete grid[row]?.[column];
    this.cover(row, column);
  }

  cover(row: number, column: number): void {
    if (row < this.size.height && column < this.size.width) return;
    this.size.height = Math.max(this.size.height, row + 1);
    this.size.width = Math.max(this.size.width, column + 1);
    this.budget?.grow(this.size);
  }

  finish(): void {
    this.budget?.finish(this.size);
  }
}

function setCell<T>(grid: T[][], row: number, column: number, value: T): void {
  (grid[row] ??= [])[column] = value;
}

/** A `<c>` element as its SAX events give it. */
interface CellXml {
  address: string;
  /** 1-based, like the address. */
  row: number;
  column: number;
  styleId: number;
  /** The `t` attribute: 's', 'str', 'inlineStr', 'b', 'e', or none for a number. */
  type: string | undefined;
  /** The text of `<f>`; undefined without one. */
  formula: string | undefined;
  shareType: string | undefined;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
  /** The text of `<v>` (or of an inline string's `<t>`s); undefined when there is none. */
  value: string | undefined;
}

/** The frozen rows of the first frozen pane, as exceljs reads `<sheetView><pane/>`. */
const FROZEN_PANES = new Set(['frozen', 'frozenSplit']);

/** Reads one worksheet's XML, a SAX event at a time. */
class SheetXml {
  private readonly mergeRanges: string[] = [];
  private readonly sharedFormulas = new Map<string, { address: string; formula: string }>();
  private readonly dateFormats = new Map<string, boolean>();
  private frozenRows: number | undefined;
  private paneRows: number | undefined;
  private row = 0;
  private column = 0;
  private cell: CellXml | null = null;
  /** Which part of the cell the text events belong to. */
  private textOf: 'formula' | 'value' | null = null;

  constructor(
    private readonly types: CellTypes,
    private readonly zone: WallClockZone,
    private readonly cells: SheetCells,
  ) {}

  take(event: SaxEvent): void {
    if (event.eventType === 'opentag') this.open(event.value.name, event.value.attributes);
    else if (event.eventType === 'closetag') this.close(event.value.name);
    else if (this.cell && this.textOf === 'formula') this.cell.formula += event.value;
    else if (this.cell && this.textOf === 'value')
      this.cell.value = (this.cell.value ?? '') + event.value;
  }

  private open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case 'row':
        this.row = attributes.r ? parseInt(attributes.r, 10) : this.row + 1;
        this.column = 0;
        break;
      case 'c':
        this.cell = this.startCell(attributes);
        break;
      case 'f':
        this.startFormula(attributes);
        break;
      case 'v':
      case 't':
        if (this.cell) this.textOf = 'value';
        break;
      case 'sheetView':
        this.paneRows = undefined;
        break;
      case 'pane':
        if (FROZEN_PANES.has(attributes.state ?? '')) {
          this.paneRows = parseInt(attributes.ySplit || '0', 10);
        }
        break;
      case 'mergeCell':
        if (attributes.ref) this.mergeRanges.push(attributes.ref);
        break;
    }
  }

  private startFormula(attributes: Record<string, string>): void {
    if (!this.cell) return;
    this.cell.formula = '';
    this.cell.shareType = attributes.t;
    this.cell.sharedIndex = attributes.si;
    this.cell.sharedRef = attributes.ref;
    this.textOf = 'formula';
  }

  private close(name: string): void {
    if (name === 'f' || name === 'v' || name === 't') this.textOf = null;
    else if (name === 'c' && this.cell) {
      this.finishCell(this.cell);
      this.cell = null;
    } else if (name === 'sheetView') this.frozenRows ??= this.paneRows;
  }

  private startCell(attributes: Record<string, string>): CellXml {
    const at = attributes.r
      ? colCache.decodeAddress(attributes.r)
      : { row: this.row, col: this.column + 1 };
    this.column = at.col;
    return {
      address: attributes.r ?? colCache.encodeAddress(at.row, at.col),
      row: at.row,
      column: at.col,
      styleId: attributes.s ? parseInt(attributes.s, 10) : 0,
      type: attributes.t,
      formula: undefined,
      shareType: undefined,
      sharedIndex: undefined,
      sharedRef: undefined,
      value: undefined,
    };
  }

  /** A cell without a value or a formula is skipped, its format too, as exceljs skips it. */
  private finishCell(cell: CellXml): void {
    const numFmt = cell.styleId ? this.types.styles?.getStyleModel(cell.styleId)?.numFmt : '';
    const isFormula = Boolean(cell.formula || cell.shareType);
    const value = isFormula ? this.resultOf(cell, numFmt) : this.valueOf(cell, numFmt);
    if (value === undefined) return;
    const formula = isFormula ? this.formulaOf(cell) : '';
    const numberFormat = numFmt && numFmt !== 'General' ? numFmt : '';
    this.cells.set(
      cell.row - 1,
      cell.column - 1,
      value,
      formula ? `=${formula}` : '',
      numberFormat,
    );
  }

  private valueOf(cell: CellXml, numFmt: string | undefined): CellValue | undefined {
    const text = cell.value;
    if (text === undefined) return undefined;
    if (cell.type === 's') return plainText(this.types.strings?.getString(parseInt(text, 10)));
    if (cell.type === 'str' || cell.type === 'inlineStr' || cell.type === 'e') return text;
    if (cell.type === 'b') return parseInt(text, 10) !== 0;
    return this.numberOrDate(parseFloat(text), numFmt);
  }

  /** A formula's cached result, '' when the file has none. */
  private resultOf(cell: CellXml, numFmt: string | undefined): CellValue {
    const text = cell.value;
    if (!text) return '';
    if (cell.type === 'str' || cell.type === 'e') return text;
    if (cell.type === 'b') return parseInt(text, 10) !== 0;
    return this.numberOrDate(parseFloat(text), numFmt);
  }

  private numberOrDate(value: number, numFmt: string | undefined): CellValue {
    if (!numFmt || !this.isDateFormat(numFmt)) return value;
    return this.zone.toInstant(excelUtils.excelToDate(value, this.types.date1904));
  }

  private isDateFormat(numFmt: string): boolean {
    let isDate = this.dateFormats.get(numFmt);
    if (isDate === undefined) {
      isDate = excelUtils.isDateFmt(numFmt);
      this.dateFormats.set(numFmt, isDate);
    }
    return isDate;
  }

  /** A shared formula is written once, in its first cell; the others slide its references. */
  private formulaOf(cell: CellXml): string {
    const formula = cell.formula ?? '';
    if (cell.shareType !== 'shared' || cell.sharedIndex === undefined) return formula;
    if (cell.sharedRef) {
      this.sharedFormulas.set(cell.sharedIndex, { address: cell.address, formula });
      return formula;
    }
    const master = this.sharedFormulas.get(cell.sharedIndex);
    if (formula || !master) return formula;
    return slideFormula(master.formula, master.address, cell.address);
  }

  sheetData(name: string): SheetData {
    const merges = this.applyMerges();
    const { cells } = this;
    cells.finish();
    const sheet: SheetData = { name, values: fitGrid(cells.values, cells.size, '') };
    const numberFormats = fitTextGrid(cells.numberFormats, cells.size);
    const formulas = fitTextGrid(cells.formulas, cells.size);
    if (numberFormats) sheet.numberFormats = numberFormats;
    if (formulas) sheet.formulas = formulas;
    if (merges.length > 0) sheet.merges = merges;
    if (this.frozenRows) sheet.frozenRows = this.frozenRows;
    return sheet;
  }

  /**
   * Hides the cells under each merge and lists the merges in the order exceljs's reader met
   * them: by their first hidden cell, row by row. A one-cell merge hides nothing and is dropped.
   */
  private applyMerges(): string[] {
    const merges = this.mergeRanges.flatMap((range) => {
      const merge = mergeArea(range);
      if (!merge) return [];
      const { top, left, bottom, right } = merge;
      for (let row = top; row <= bottom; row++) {
        for (let column = left; column <= right; column++) {
          if (row !== top || column !== left) this.cells.hide(row - 1, column - 1);
        }
      }
      const [hiddenRow, hiddenColumn] = right > left ? [top, left + 1] : [top + 1, left];
      const text = `${colCache.encodeAddress(top, left)}:${colCache.encodeAddress(bottom, right)}`;
      return [{ text, order: hiddenRow * MAX_COLUMNS + hiddenColumn }];
    });
    return merges.sort((a, b) => a.order - b.order).map((merge) => merge.text);
  }
}

/** .xlsx's widest row, for ordering cells row by row. */
const MAX_COLUMNS = 16_384;

interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The cells a `<mergeCell ref>` covers; null for a single cell, which merges nothing. */
function mergeArea(range: string): MergeArea | null {
  const { top, left, bottom, right } = colCache.decode(range);
  if (top === undefined || left === undefined || bottom === undefined || right === undefined) {
    return null;
  }
  return top === bottom && left === right ? null : { top, left, bottom, right };
}

/** Shared strings may be rich text: its runs' text, joined. */
function plainText(text: string | { richText: Array<{ text: string }> } | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.richText.map((run) => run.text).join('');
}

/** The sheet-sized grid, or undefined when it would hold only blanks (most sheets have no formulas). */
function fitTextGrid(sparse: string[][], size: GridSize): string[][] | undefined {
  if (sparse.length === 0) return undefined;
  const grid = fitGrid(sparse, size, '');
  return grid.some((row) => row.some((cell) => cell !== '')) ? grid : undefined;
}
