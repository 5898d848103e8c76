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
 * exactly as it is.
 */
export function setupSheets(): void {
  const lang = spreadsheetLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
  const created: string[] = [];
  for (const id of TAB_IDS) {
    if (findTab(names, id)) continue;
    const name = tabSpec(id)[lang];
    const rows = rowsFor(id, lang);
    const width = Math.max(...rows.map((row) => row.length));
    const sheet = spreadsheet.insertSheet(name);
    const range = sheet.getRange(1, 1, rows.length, width);
    // Text format keeps values such as "11,12,1,2" and "8%" exactly as written.
    range.setNumberFormat(TEXT_FORMAT);
    range.setValues(rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]));
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(1);
    created.push(name);
  }
  const message = created.length
    ? t('setup.done', lang, { count: created.length, names: created.join(', ') })
    : t('setup.nothing', lang);
  spreadsheet.toast(message, t('app.name', lang));
}
