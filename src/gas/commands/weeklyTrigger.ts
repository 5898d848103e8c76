import { t } from '../../messages';
import { spreadsheetLanguage } from '../locale';
import { weeklyUpdate } from './weeklyUpdate';

export const TRIGGER_HANDLER = 'weeklyUpdateTrigger';
const TRIGGER_HOUR = 7;

/**
 * Time trigger: the weekly update. In an Editor add-on a time trigger carries no document, and
 * opening one by id would need the broad spreadsheets scope, so without an active spreadsheet
 * it only logs one line (SPEC §10); the sidebar then shows the update as due.
 */
export function weeklyUpdateTrigger(): void {
  const outcome = weeklyUpdate();
  console.log(outcome.message);
}

/** Menu: installs the Monday 07:00 trigger, or removes it when it is on. Never installs two. */
export function toggleWeeklyTrigger(): void {
  const lang = spreadsheetLanguage();
  const ours = ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === TRIGGER_HANDLER,
  );
  if (ours.length > 0) {
    ours.forEach((trigger) => ScriptApp.deleteTrigger(trigger));
    SpreadsheetApp.getActiveSpreadsheet().toast(t('trigger.off', lang), t('app.name', lang));
    return;
  }
  ScriptApp.newTrigger(TRIGGER_HANDLER)
    .timeBased()
    .onWeekDay(ScriptApp.WeekDay.MONDAY)
    .atHour(TRIGGER_HOUR)
    .inTimezone(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone())
    .create();
  SpreadsheetApp.getActiveSpreadsheet().toast(t('trigger.on', lang), t('app.name', lang));
}
