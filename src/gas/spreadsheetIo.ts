import type { OutputTab } from '../core/views/outputTabs';
import { readSettings, type Settings } from '../core/read/settings';
import type { TabValues } from '../core/read/workbookTabs';
import { inputTabNames } from '../core/read/workbookTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key that marks a tab as generated (and so rewritable) by the add-on. */
export const OWNED_TAB_KEY = 'sellerRoutine.tab';

/**
 * Reads each input tab once: one getValues and one getNumberFormats on its data range, so the
 * cost does not grow with the number of rows (docs/rules.md §10).
 */
export function readInputTabs(spreadsheet: Spreadsheet): TabValues[] {
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const wanted = new Set(Object.values(inputTabNames(names)));
  return sheets.flatMap((sheet, i) => {
    const name = names[i] as string;
    if (!wanted.has(name)) return [];
    const range = sheet.getDataRange();
    return [{ name, values: range.getValues(), numberFormats: range.getNumberFormats() }];
  });
}

/**
 * The Settings tab alone (one getValues), for a command that needs a setting and nothing else:
 * the defaults when there is no Settings tab, each unreadable value its default.
 */
export function readSettingsTab(spreadsheet: Spreadsheet): Settings {
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const name = inputTabNames(names).settings;
  const sheet = name === undefined ? undefined : sheets[names.indexOf(name)];
  const values = sheet?.getDataRange().getValues() ?? [];
  return readSettings(values, name ?? '', spreadsheet.getSpreadsheetTimeZone()).settings;
}

/**
 * The tabs this add-on generated, by output id (a user's tab of the same name is not one). Sheets'
 * "Duplicate" copies a tab's mark too, so the mark names the tab it was given to: a tab whose
 * name is not that one is a copy the user keeps as a snapshot (or a tab they renamed), never
 * rewritten, wherever it stands. A mark from before names were kept counts as naming `names`'
 * name for its id (the name the tab is written under now); without such a tab, the first tab
 * with that mark. A tab still being built by a run that failed is not one either (see
 * replaceOutputTab).
 */
export function ownedSheets(
  spreadsheet: Spreadsheet,
  names: ReadonlyMap<string, string> = new Map(),
): Map<string, Sheet> {
  const owned = new Map<string, Sheet>();
  const named = new Set<string>();
  for (const sheet of spreadsheet.getSheets()) {
    const value = ownMark(sheet)?.getValue() ?? '';
    if (value === '' || value.startsWith(BUILDING)) continue;
    const bar = value.indexOf(NAME_MARK);
    const id = bar < 0 ? value : value.slice(0, bar);
    if (named.has(id)) continue;
    const name = sheet.getName();
    const given = bar < 0 ? names.get(id) : value.slice(bar + 1);
    // An old mark's tab may have taken `주간 마진 (셀러 루틴)` beside a user's own 주간 마진.
    const fits = bar < 0 ? given !== undefined && givenOrSuffixed(name, given) : given === name;
    if (fits) {
      owned.set(id, sheet);
      named.add(id);
    } else if (bar < 0 && !owned.has(id)) owned.set(id, sheet);
  }
  return owned;
}

/** `name`, or `name (…)` as freeName makes it when a user's tab has the name. */
function givenOrSuffixed(sheetName: string, name: string): boolean {
  return sheetName === name || (sheetName.startsWith(`${name} (`) && sheetName.endsWith(')'));
}

/** Between a mark's output id and the name of the tab it was given to: `kpi|KPI 현황`. */
const NAME_MARK = '|';

/** A generated tab being written carries `building:<id>` until it is complete and in place. */
const BUILDING = 'building:';

function ownMark(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined {
  return sheet.getDeveloperMetadata().find((meta) => meta.getKey() === OWNED_TAB_KEY);
}

/**
 * The tabs a failed run left half-built (or built but not yet in place), by output id: the next
 * run replaces them like an old tab, so it repairs what the failure left.
 */
export function unfinishedSheets(spreadsheet: Spreadsheet): Map<string, Sheet[]> {
  const unfinished = new Map<string, Sheet[]>();
  for (const sheet of spreadsheet.getSheets()) {
    const value = ownMark(sheet)?.getValue() ?? '';
    if (!value.startsWith(BUILDING)) continue;
    const id = value.slice(BUILDING.length);
    unfinished.set(id, [...(unfinished.get(id) ?? []), sheet]);
  }
  return unfinished;
}

/** A free tab name: the wanted one, or "name (셀러 루틴)" when a user's tab already has it. */
function freeName(spreadsheet: Spreadsheet, name: string, suffix: string): string {
  let candidate = name;
  for (let n = 2; spreadsheet.getSheetByName(candidate); n++) {
    candidate = n === 2 ? `${name} (${suffix})` : `${name} (${suffix} ${n - 1})`;
  }
  return candidate;
}

export interface TabNames {
  /** "셀러 루틴": the suffix of a name taken by a user's tab. */
  suffix: string;
  /** "업데이트 중": the suffix of a tab while it is being built. */
  building: string;
}

/** Where a generated tab goes: the tab it replaces, and unfinished copies of it to remove. */
export interface OutputTabPlace {
  old: Sheet | undefined;
  unfinished: readonly Sheet[];
}

/**
 * Rewrites a generated tab without ever showing it half-written: the new content goes into a
 * fresh hidden tab beside the old one, which is shown only once complete; then the old one is
 * deleted and the new one takes its name and place. A failure at any step leaves each visible
 * tab as it was or complete and new; what a failed run left is removed here, keeping its place.
 * Returns the name the tab has.
 */
export function replaceOutputTab(
  spreadsheet: Spreadsheet,
  tab: OutputTab,
  place: OutputTabPlace,
  names: TabNames,
  write: (sheet: Sheet) => void,
): string {
  const { old, unfinished } = place;
  const stand = old ?? unfinished[0];
  const position = stand === undefined ? spreadsheet.getNumSheets() : stand.getIndex() - 1;
  for (const sheet of unfinished) spreadsheet.deleteSheet(sheet);
  const name = old?.getName() ?? freeName(spreadsheet, tab.name, names.suffix);
  const building = freeName(spreadsheet, `${name} (${names.building})`, names.building);
  const sheet = spreadsheet.insertSheet(building, Math.min(position, spreadsheet.getNumSheets()));
  try {
    sheet.addDeveloperMetadata(OWNED_TAB_KEY, `${BUILDING}${tab.id}`);
    sheet.hideSheet();
    write(sheet);
    sheet.showSheet();
  } catch (error) {
    // A tab without its mark would look like the user's own for ever: take it away now.
    removeQuietly(spreadsheet, sheet);
    throw error;
  }
  if (old !== undefined) spreadsheet.deleteSheet(old);
  sheet.setName(name);
  ownMark(sheet)?.setValue(`${tab.id}${NAME_MARK}${name}`);
  return name;
}

/** Best effort: when Sheets fails, the next run removes a marked leftover anyway. */
function removeQuietly(spreadsheet: Spreadsheet, sheet: Sheet): void {
  try {
    spreadsheet.deleteSheet(sheet);
  } catch {
    // The error that brought us here is the one to report.
  }
}

/** Sheets holds at most 10 million cells in one spreadsheet (every tab's grid counted). */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** A write that would take the spreadsheet past SPREADSHEET_CELL_LIMIT: refused before it starts. */
export class TooManyCells extends Error {
  constructor(readonly cells: number) {
    super(`The update would need ${cells} cells`);
  }
}

/**
 * Refuses, before anything is written, an update that would grow the spreadsheet past Sheets'
 * cell limit; two calls per tab, whatever the number of rows.
 */
export function assertRoomFor(spreadsheet: Spreadsheet, extraCells: number): void {
  let cells = extraCells;
  for (const sheet of spreadsheet.getSheets()) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  if (cells > SPREADSHEET_CELL_LIMIT) throw new TooManyCells(cells);
}

/**
 * The grid a generated tab takes: a new sheet's 1000 rows or more, and exactly its columns
 * (fitGrid deletes the rest). A moment before that it has a new sheet's 26 columns too.
 */
export function outputTabCells(tab: OutputTab): number {
  return Math.max(tab.rows.length, NEW_SHEET_ROWS) * Math.max(tab.rows[0]?.length ?? 1, 26);
}

const NEW_SHEET_ROWS = 1_000;

/**
 * A sheet the add-on made, sized to its data: rows grown when needed, columns exactly as many.
 * A new sheet has 26 columns and a Ledger needs 8: the blank ones would count against Sheets'
 * 10-million-cell limit on every row, and cap a shop at a third of the orders it could hold.
 */
export function fitGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  if (columns < maxColumns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}

/** Grows the grid at its edges when the data needs more room (Sheets will not do it itself). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

const STATUS_COLOURS: ReadonlyArray<[string, string, string]> = [
  ['OK', '#d7f0dd', '#0b5a22'],
  ['WARN', '#fff1c2', '#6b4a00'],
  ['BAD', '#fbd5d2', '#8c1d13'],
  ['NO DATA', '#e8eaed', '#3c4043'],
];

function statusRules(range: GoogleAppsScript.Spreadsheet.Range) {
  return STATUS_COLOURS.map(([status, background, font]) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(status)
      .setBackground(background)
      .setFontColor(font)
      .setRanges([range])
      .build(),
  );
}

/** Fewest days green, the median yellow, the most red: the status colours, as a scale. */
function heatRule(sheet: Sheet, heat: NonNullable<OutputTab['heat']>) {
  const range = sheet.getRange(heat.row + 1, heat.column + 1, heat.rows, heat.columns);
  return SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpoint('#b7e1c1')
    .setGradientMidpointWithValue('#ffe8a3', SpreadsheetApp.InterpolationType.PERCENTILE, '50')
    .setGradientMaxpoint('#f4aaa3')
    .setRanges([range])
    .build();
}

/** Writes a generated tab into a new sheet: formats first (so text stays text), then one setValues. */
export function writeOutputTab(sheet: Sheet, tab: OutputTab): void {
  const rows = tab.rows.length;
  const columns = tab.rows[0]?.length ?? 1;
  fitGrid(sheet, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(tab.formats);
  range.setValues(tab.rows);
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold');
  sheet.setFrozenRows(1);
  const rules =
    tab.statusColumn === undefined
      ? []
      : statusRules(sheet.getRange(2, tab.statusColumn + 1, Math.max(rows - 1, 1), 1));
  if (tab.heat) rules.push(heatRule(sheet, tab.heat));
  sheet.setConditionalFormatRules(rules);
}

/** The weekly sales and real margin as a line chart below the Weekly Margin table (a new sheet). */
export function drawMarginChart(
  sheet: Sheet,
  tab: OutputTab,
  salesColumn: number,
  marginColumn: number,
): void {
  const rows = tab.rows.length;
  if (rows < 2) return;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange(1, 1, rows, 1))
    .addRange(sheet.getRange(1, salesColumn + 1, rows, 1))
    .addRange(sheet.getRange(1, marginColumn + 1, rows, 1))
    .setPosition(rows + 3, 1, 0, 0)
    .setOption('title', tab.name)
    .build();
  sheet.insertChart(chart);
}
