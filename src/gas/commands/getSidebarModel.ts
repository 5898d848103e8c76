import { currentTicks, tickKeys } from '../../core/views/checklistTicks';
import { buildSidebarModel, type SidebarModel } from '../../core/views/sidebarModel';
import { computeWeeklyUpdate } from '../../core/weeklyUpdate';
import { readJournalTab } from '../journalTab';
import { readInputTabs } from '../spreadsheetIo';
import { parseLastRun } from '../../core/views/lastRun';
import { SECTIONS_PROPERTY } from '../../core/views/sections';
import { LAST_RUN_PROPERTY, LAST_UPDATE_PROPERTY } from '../lastRunProperty';

/**
 * Sidebar: everything the sidebar shows, in one server round trip. Reads each input tab once
 * and only computes: nothing is written, so opening the sidebar never changes a tab.
 */
export function getSidebarModel(): SidebarModel {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  const update = computeWeeklyUpdate({
    tabs: readInputTabs(spreadsheet),
    timeZone,
    locale: spreadsheet.getSpreadsheetLocale(),
    now,
  });
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const journal = readJournalTab(spreadsheet);
  return buildSidebarModel({
    update,
    now,
    ticks: currentTicks(properties, tickKeys(now, timeZone, update.settings.weekStartsOn)),
    lastUpdate: properties[LAST_UPDATE_PROPERTY] ?? null,
    lastRun: parseLastRun(properties[LAST_RUN_PROPERTY]),
    journal: journal && { name: journal.name, values: journal.values },
    sections: PropertiesService.getUserProperties().getProperty(SECTIONS_PROPERTY),
  });
}
