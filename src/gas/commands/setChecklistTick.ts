import { isChecklistItemId } from '../../checklist';
import { parseTicks, staleTickKeys, ticksPropertyKey, withTick } from '../../checklistTicks';
import { localDateKey } from '../../dates';
import { languageOf } from '../../language';
import { t } from '../../messages';

export type TickOutcome = { ok: true; ticks: string[] } | { ok: false; message: string };

const LOCK_WAIT_MS = 10_000;

/**
 * Sidebar: ticks or unticks one checklist item for today. Two quick clicks run as two parallel
 * executions, so the read-modify-write holds the document lock; earlier days' ticks are
 * removed on the way, and a new day starts with none.
 */
export function setChecklistTick(itemId: unknown, ticked: unknown): TickOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = languageOf(spreadsheet.getSpreadsheetLocale());
  if (!isChecklistItemId(itemId)) return { ok: false, message: t('sidebar.unknownItem', lang) };
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: t('sidebar.busy', lang) };
  try {
    const today = localDateKey(new Date(), spreadsheet.getSpreadsheetTimeZone());
    const properties = PropertiesService.getDocumentProperties();
    const stored = properties.getProperties();
    const ticks = withTick(parseTicks(stored[ticksPropertyKey(today)]), itemId, ticked === true);
    for (const key of staleTickKeys(Object.keys(stored), today)) properties.deleteProperty(key);
    properties.setProperty(ticksPropertyKey(today), JSON.stringify(ticks));
    return { ok: true, ticks };
  } finally {
    lock.releaseLock();
  }
}
