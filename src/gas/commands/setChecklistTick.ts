import { isChecklistItemId } from '../../core/views/checklist';
import {
  currentTicks,
  parseTicks,
  staleTickKeys,
  tickKeyFor,
  tickKeys,
  withTick,
} from '../../core/views/checklistTicks';
import { languageOf } from '../../core/text/language';
import { t } from '../../core/text/messages';
import { withDocumentLock } from '../documentLock';
import { readSettingsTab } from '../spreadsheetIo';

export type TickOutcome = { ok: true; ticks: string[] } | { ok: false; message: string };

const LOCK_WAIT = { ms: 10_000, busy: 'sidebar.busy' } as const;

/**
 * Sidebar: ticks or unticks one checklist item, for today (the weekly check: for the week, as
 * Settings starts it). Two quick clicks run as two parallel executions, so the
 * read-modify-write holds the document lock; earlier days' and weeks' ticks are removed on the
 * way, and a new day starts with the daily routines unticked.
 */
export function setChecklistTick(itemId: unknown, ticked: unknown): TickOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = languageOf(spreadsheet.getSpreadsheetLocale());
  if (!isChecklistItemId(itemId)) return { ok: false, message: t('sidebar.unknownItem', lang) };
  return withDocumentLock(lang, LOCK_WAIT, () => {
    const { weekStartsOn } = readSettingsTab(spreadsheet);
    const keys = tickKeys(new Date(), spreadsheet.getSpreadsheetTimeZone(), weekStartsOn);
    const key = tickKeyFor(itemId, keys);
    const properties = PropertiesService.getDocumentProperties();
    const stored = properties.getProperties();
    const kept = withTick(parseTicks(stored[key]), itemId, ticked === true);
    for (const stale of staleTickKeys(Object.keys(stored), keys)) properties.deleteProperty(stale);
    properties.setProperty(key, JSON.stringify(kept));
    return { ok: true, ticks: currentTicks({ ...stored, [key]: JSON.stringify(kept) }, keys) };
  });
}
