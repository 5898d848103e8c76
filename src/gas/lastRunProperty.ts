import type { LastRun } from '../core/views/lastRun';

/** When the last full weekly update finished: the sidebar says it is due 7 days later. */
export const LAST_UPDATE_PROPERTY = 'sellerRoutine.lastUpdate';
/** The last run's outcome, failed or not (LastRun as JSON). */
export const LAST_RUN_PROPERTY = 'sellerRoutine.lastRun';

/**
 * Keeps the run's outcome in document properties, with one call. Only a full update that
 * finished counts as the weekly one. A property that cannot be saved must not turn a finished
 * update into a failed one, so that error is only logged.
 */
export function recordLastRun(
  outcome: { ok: boolean; message: string },
  now: Date,
  fullUpdate: boolean,
): void {
  const at = now.toISOString();
  const lastRun: LastRun = { at, ok: outcome.ok, message: outcome.message };
  const values: Record<string, string> = { [LAST_RUN_PROPERTY]: JSON.stringify(lastRun) };
  if (outcome.ok && fullUpdate) values[LAST_UPDATE_PROPERTY] = at;
  try {
    PropertiesService.getDocumentProperties().setProperties(values);
  } catch (error) {
    console.error(`Seller Routine: could not keep the last run's outcome: ${String(error)}`);
  }
}
