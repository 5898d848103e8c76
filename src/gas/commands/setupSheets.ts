import { t } from '../../core/text/messages';
import { settingsRowsForSetup } from '../../core/read/settings';
import { setupHeaders, TAB_IDS, tabSpec, type TabId } from '../../core/read/tabSpecs';
import { findTab } from '../../core/read/tabs';
import { TEXT_FORMAT } from '../../core/views/outputTabs';
import { spreadsheetLanguage } from '../locale';

function rowsFor(id: TabId, lang: 'ko' | 'en'): (string | number)[][] {
  return id === 'settings' ? settingsRowsForSetup(lang) : [setupHeaders(id, lang)];
}

/**
 * Menu: creates the missing input tabs with their headers (and Settings with its defaults) in
 * the spreadsheet's language. A tab that exists, under its English or Korean name, is left
 * exactly as it is, unless it is blank: then it gets its header too (a run that stopped between
 * creating a tab and writing its header is finished by the next one).
 */
export function setupSheets(): void {
  const lang = spreadsheetLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const created: string[] = [];
  for (const id of TAB_IDS) {
    const existing = findTab(names, id);
    const sheet =
      existing === null
        ? spreadsheet.insertSheet(tabSpec(id)[lang])
        : blankSheet(sheets[names.indexOf(existing)]);
    if (sheet === null) continue;
    writeSetupRows(sheet, rowsFor(id, lang));
    created.push(sheet.getName());
  }
  const message = created.length
    ? t('setup.done', lang, { count: created.length, names: created.join(', ') })
    : t('setup.nothing', lang);
  spreadsheet.toast(message, t('app.name', lang));
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab when nothing is written in it; null otherwise. */
function blankSheet(sheet: Sheet | undefined): Sheet | null {
  return sheet !== undefined && sheet.getLastRow() === 0 ? sheet : null;
}

function writeSetupRows(sheet: Sheet, rows: (string | number)[][]): void {
  const width = Math.max(...rows.map((row) => row.length));
  const range = sheet.getRange(1, 1, rows.length, width);
  // Text format keeps values such as "11,12,1,2" and "8%" exactly as written.
  range.setNumberFormat(TEXT_FORMAT);
  range.setValues(rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
}
