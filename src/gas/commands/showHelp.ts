import { t } from '../../core/text/messages';
import { spreadsheetLanguage } from '../locale';

/** Menu: a short help text in the spreadsheet's language. */
export function showHelp(): void {
  const lang = spreadsheetLanguage();
  const ui = SpreadsheetApp.getUi();
  ui.alert(t('help.title', lang), t('help.body', lang), ui.ButtonSet.OK);
}
