import { findJournalTab } from '../core/views/journal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Journal / 일지 tab and its values (one getValues), or null when there is none yet. */
export function readJournalTab(
  spreadsheet: Spreadsheet,
): { sheet: Sheet; name: string; values: unknown[][] } | null {
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const name = findJournalTab(names);
  const sheet = name === null ? undefined : sheets[names.indexOf(name)];
  if (!sheet || name === null) return null;
  return { sheet, name, values: sheet.getDataRange().getValues() };
}
