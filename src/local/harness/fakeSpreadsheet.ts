import type { WorkbookData } from '../workbookData';
import {
  DeveloperMetadataStore,
  FakeDeveloperMetadataFinder,
  type FakeDeveloperMetadata,
} from './developerMetadata';
import { gasException } from './exception';
import { assertCellLimit, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, spreadsheetCells } from './limits';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import { FakeSheet } from './fakeSheet';
import type { FakeUi } from './ui';

/** The spreadsheet the script is bound to. Only one exists per environment. */
export class FakeSpreadsheet implements ServiceObject {
  readonly [SERVICE] = 'Spreadsheet';
  readonly metadata = new DeveloperMetadataStore();
  private name: string;
  private timeZone: string;
  private locale: string;
  private sheets: FakeSheet[];
  private activeSheet: FakeSheet;

  /** With `takeData`, the sheets keep `data`'s cell arrays instead of copying them. */
  constructor(
    data: WorkbookData,
    private readonly ui: FakeUi,
    takeData = false,
  ) {
    this.name = data.name;
    this.timeZone = data.timeZone;
    this.locale = data.locale;
    assertCellLimit(spreadsheetCells(data));
    this.sheets = data.sheets.map((sheet) => new FakeSheet(this, sheet.name, sheet, takeData));
    if (this.sheets.length === 0) this.sheets.push(new FakeSheet(this, 'Sheet1'));
    this.activeSheet = this.sheets[0] as FakeSheet;
  }

  getName(): string {
    return this.name;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
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

  /** insertSheet(), (index), (name), (name, index); the new sheet becomes the active one. */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeDefaultName();
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.sheets.length);
    this.assertNameFree(name);
    this.assertRoomForCells(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = new FakeSheet(this, name);
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

  addDeveloperMetadata(key: string, value?: string | null): FakeSpreadsheet {
    this.metadata.add(null, key, value);
    return this;
  }

  /** Only the metadata attached to the spreadsheet itself, like Sheets. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.metadata.attachedTo(null);
  }

  /** Searches all metadata of the spreadsheet, including the sheets'. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.metadata);
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

  toWorkbookData(): WorkbookData {
    return {
      name: this.name,
      timeZone: this.timeZone,
      locale: this.locale,
      sheets: this.sheets.map((sheet) => sheet.toSheetData()),
    };
  }

  private freeDefaultName(): string {
    let number = this.sheets.length + 1;
    while (this.getSheetByName(`Sheet${number}`)) number++;
    return `Sheet${number}`;
  }
}
