import { t } from '../../messages';
import { spreadsheetLanguage } from '../locale';

/** Menu: shows the sidebar built into dist/Sidebar.html. */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(
    t('app.name', spreadsheetLanguage()),
  );
  SpreadsheetApp.getUi().showSidebar(html);
}
