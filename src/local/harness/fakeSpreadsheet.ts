import type { WorkbookData } from '../workbookData';
import { parseA1 } from './a1Notation';
import {
  DeveloperMetadataStore,
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
} from './developerMetadata';
import { gasException } from './exception';
import { assertCellLimit, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, spreadsheetCells } from './limits';
import type { FakeRange } from './range';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import { FakeSheet } from './fakeSheet';
import type { FakeUi } from './ui';

/** The spreadsheet the script is bound to. Only one exists per environment. */
export class FakeSpreadsheet implements ServiceObject {
  readonly [SERVICE] = 'Spreadsheet';
  readonly metadata = new DeveloperMetadataStore();
  private readonly id: string;
  private name: string;
  private timeZone: string;
  private locale: string;
  private sheets: FakeSheet[];
  private activeSheet: FakeSheet;
  private lastSheetId = 0;
  private lastChartId = 0;

  constructor(
    data: WorkbookData,
    private readonly ui: FakeUi,
  ) {
    this.name = data.name;
    this.timeZone = data.timeZone;
    this.locale = data.locale;
    this.id = `local-${encodeURIComponent(data.name)}`;
    assertCellLimit(spreadsheetCells(data));
    this.sheets = data.sheets.map(
      (sheet, index) =>
        new FakeSheet(this, index === 0 ? 0 : this.nextSheetId(), sheet.name, sheet),
    );
    if (this.sheets.length === 0) this.sheets.push(new FakeSheet(this, 0, 'Sheet1'));
    this.activeSheet = this.sheets[0] as FakeSheet;
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getSheets(): FakeSheet[] {
    return this.sheets.slice();
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  /** Exact, case-sensitive match, like Sheets. */
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.getName() === name) ?? null;
  }

  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.getSheetId() === id) ?? null;
  }

  /** insertSheet(), (index), (name), (name, index); the new sheet becomes the active one. */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeDefaultName();
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.sheets.length);
    this.assertNameFree(name);
    this.assertRoomForCells(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = new FakeSheet(this, this.nextSheetId(), name);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1)
      throw gasException("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((other) => other !== sheet);
    this.metadata.removeSheet(sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] as FakeSheet;
  }

  getActiveSheet(): FakeSheet {
    return this.activeSheet;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.activeSheet = sheet;
    return sheet;
  }

  /** Sheets' defaults: no title, 5 seconds. */
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this.ui.toasts.push({ message: String(message), title: String(title), timeoutSeconds });
  }

  /** 'Sheet!A1:B2' or "'My sheet'!A1"; without a sheet name, the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const reference = parseA1(String(a1Notation), (sheetName) => {
      const sheet = sheetName === null ? this.activeSheet : this.getSheetByName(sheetName);
      return sheet ? { maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns() } : null;
    });
    if (!reference) throw gasException('Range not found');
    const sheet =
      reference.sheetName === null
        ? this.activeSheet
        : (this.getSheetByName(reference.sheetName) as FakeSheet);
    const { row, column, numRows, numColumns } = reference.rect;
    return sheet.rangeAt(row, column, numRows, numColumns, reference.shape);
  }

  addDeveloperMetadata(key: string, ...rest: unknown[]): FakeSpreadsheet {
    this.metadata.add(null, key, ...rest);
    return this;
  }

  /** Only the metadata attached to the spreadsheet itself, like Sheets. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.metadata.attachedTo(null);
  }

  /** Searches all metadata of the spreadsheet, including the sheets'. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(() => this.metadata.within(undefined));
  }

  // Harness side ------------------------------------------------------------------------------

  assertNameFree(name: string): void {
    if (this.getSheetByName(name)) {
      throw gasException(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
  }

  /** Growth by `added` cells must keep the spreadsheet within Sheets' limit. */
  assertRoomForCells(added: number): void {
    let cells = added;
    for (const sheet of this.sheets) cells += sheet.getMaxRows() * sheet.getMaxColumns();
    assertCellLimit(cells);
  }

  nextChartId(): number {
    return ++this.lastChartId;
  }

  toWorkbookData(): WorkbookData {
    return {
      name: this.name,
      timeZone: this.timeZone,
      locale: this.locale,
      sheets: this.sheets.map((sheet) => sheet.toSheetData()),
    };
  }

  private nextSheetId(): number {
    return ++this.lastSheetId;
  }

  private freeDefaultName(): string {
    let number = this.sheets.length + 1;
    while (this.getSheetByName(`Sheet${number}`)) number++;
    return `Sheet${number}`;
  }
}
