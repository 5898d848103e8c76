import { t } from '../../core/text/messages';
import { spreadsheetLanguage } from '../locale';
import { weeklyUpdate, type WeeklyUpdateOptions } from './weeklyUpdateCommand';

/** Shows the outcome the way a menu action should: a toast when done, an alert when not. */
function report(options: WeeklyUpdateOptions): void {
  const outcome = weeklyUpdate(options);
  const title = t('app.name', spreadsheetLanguage());
  if (!outcome.ok) {
    SpreadsheetApp.getUi().alert(title, outcome.message, SpreadsheetApp.getUi().ButtonSet.OK);
    return;
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(
    [outcome.message, ...outcome.notes].join('\n'),
    title,
  );
}

/** Menu: import new export rows and rebuild the generated tabs. */
export function runWeeklyUpdate(): void {
  report({});
}

/** Menu: only append new export rows to the Ledger. */
export function importExports(): void {
  report({ importOnly: true });
}
