import { t } from '../../core/text/messages';
import { spreadsheetLanguage } from '../locale';
import type { TimeTriggerName } from '../publicApi';
import { readSettingsTab } from '../spreadsheetIo';
import { weeklyUpdate } from './weeklyUpdateCommand';

/** The function the trigger runs: the registry's time trigger (publicApi.ts). */
export const TRIGGER_HANDLER: TimeTriggerName = 'weeklyUpdateTrigger';
const TRIGGER_HOUR = 7;

/**
 * Time trigger: the weekly update. In an Editor add-on a time trigger carries no document, and
 * opening one by id would need the broad spreadsheets scope, so without an active spreadsheet
 * it only logs one line (docs/rules.md §10); the sidebar then shows the update as due.
 */
export function weeklyUpdateTrigger(): void {
  const outcome = weeklyUpdate();
  console.log(outcome.message);
}

/**
 * Menu: installs the trigger for 07:00 on the day the week starts in Settings (Monday unless it
 * says Sunday), or removes it when it is on. Never installs two.
 */
export function toggleWeeklyTrigger(): void {
  const lang = spreadsheetLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const ours = ScriptApp.getProjectTriggers().filter(
    (trigger) => trigger.getHandlerFunction() === TRIGGER_HANDLER,
  );
  if (ours.length > 0) {
    ours.forEach((trigger) => ScriptApp.deleteTrigger(trigger));
    spreadsheet.toast(t('trigger.off', lang), t('app.name', lang));
    return;
  }
  const { weekStartsOn } = readSettingsTab(spreadsheet);
  ScriptApp.newTrigger(TRIGGER_HANDLER)
    .timeBased()
    .onWeekDay(weekStartsOn === 0 ? ScriptApp.WeekDay.SUNDAY : ScriptApp.WeekDay.MONDAY)
    .atHour(TRIGGER_HOUR)
    .inTimezone(spreadsheet.getSpreadsheetTimeZone())
    .create();
  const day = t(`weekday.${weekStartsOn}`, lang);
  spreadsheet.toast(t('trigger.on', lang, { day }), t('app.name', lang));
}
