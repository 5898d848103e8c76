import { parseTicks, ticksPropertyKey } from '../../checklistTicks';
import { localDateKey } from '../../dates';
import { buildSidebarModel, type SidebarModel } from '../../sidebarModel';
import { computeWeeklyUpdate } from '../../weeklyUpdate';
import { readJournalTab } from '../journalTab';
import { readInputTabs } from '../spreadsheet';
import { LAST_UPDATE_PROPERTY } from './weeklyUpdate';

/**
 * Sidebar: everything the sidebar shows, in one server round trip. Reads each input tab once
 * and only computes: nothing is written, so opening the sidebar never changes a tab.
 */
export function getSidebarModel(): SidebarModel {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const update = computeWeeklyUpdate({
    tabs: readInputTabs(spreadsheet),
    timeZone,
    locale: spreadsheet.getSpreadsheetLocale(),
  });
  const now = new Date();
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const journal = readJournalTab(spreadsheet);
  return buildSidebarModel({
    update,
    now,
    ticks: parseTicks(properties[ticksPropertyKey(localDateKey(now, timeZone))]),
    lastUpdate: properties[LAST_UPDATE_PROPERTY] ?? null,
    journal: journal && { name: journal.name, values: journal.values },
  });
}
