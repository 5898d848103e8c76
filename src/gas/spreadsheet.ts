import type { OutputTab } from '../outputTabs';
import type { TabValues } from '../workbookTabs';
import { inputTabNames } from '../workbookTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key that marks a tab as generated (and so rewritable) by the add-on. */
export const OWNED_TAB_KEY = 'sellerRoutine.tab';

/**
 * Reads each input tab once: one getValues and one getNumberFormats on its data range, so the
 * cost does not grow with the number of rows (SPEC §10).
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
 * The tabs this add-on generated, by output id (a user's tab of the same name is not one). A
 * duplicated tab carries the original's mark and sits after it: the first tab with a mark wins,
 * so a copy the user keeps as a snapshot is never rewritten.
 */
export function ownedSheets(spreadsheet: Spreadsheet): Map<string, Sheet> {
  const owned = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const mark = sheet.getDeveloperMetadata().find((meta) => meta.getKey() === OWNED_TAB_KEY);
    const id = mark?.getValue() ?? '';
    if (mark && !owned.has(id)) owned.set(id, sheet);
  }
  return owned;
}

/** A free tab name: the wanted one, or "name (셀러 루틴)" when a user's tab already has it. */
function freeName(spreadsheet: Spreadsheet, name: string, suffix: string): string {
  let candidate = name;
  for (let n = 2; spreadsheet.getSheetByName(candidate); n++) {
    candidate = n === 2 ? `${name} (${suffix})` : `${name} (${suffix} ${n - 1})`;
  }
  return candidate;
}

export function createOwnedSheet(spreadsheet: Spreadsheet, tab: OutputTab, suffix: string): Sheet {
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, tab.name, suffix));
  sheet.addDeveloperMetadata(OWNED_TAB_KEY, tab.id);
  return sheet;
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

/** Rewrites a generated tab whole: formats first (so text stays text), then one setValues. */
export function writeOutputTab(sheet: Sheet, tab: OutputTab): void {
  const rows = tab.rows.length;
  const columns = tab.rows[0]?.length ?? 1;
  sheet.clear();
  ensureSize(sheet, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(tab.formats);
  range.setValues(tab.rows);
  sheet.getRange(1, 1, 1, columns).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setConditionalFormatRules(
    tab.statusColumn === undefined
      ? []
      : statusRules(sheet.getRange(2, tab.statusColumn + 1, Math.max(rows - 1, 1), 1)),
  );
}

/** The weekly sales and real margin as a line chart beside the Weekly Margin table. */
export function drawMarginChart(
  sheet: Sheet,
  tab: OutputTab,
  salesColumn: number,
  marginColumn: number,
): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
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
