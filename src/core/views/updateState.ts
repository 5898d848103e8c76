/**
 * The weekly update's state as the sidebar's first screen shows it: never run, done, due again
 * (docs/rules.md §10: after 7 days), or stopped the last time it ran.
 */
import type { LastRun } from './lastRun';

export type UpdateStatus = 'never' | 'ok' | 'due' | 'failed';

export interface UpdateState {
  status: UpdateStatus;
  /** When the last finished update ran; null when none did (or the stored time is unreadable). */
  lastUpdate: Date | null;
  /** The last run when it stopped: it ran after the last finished one. */
  failed: LastRun | null;
}

/** How often the weekly update is due. */
export const UPDATE_DUE_DAYS = 7;
const MS_PER_DAY = 86_400_000;

/**
 * @example updateState('2025-10-20T00:00:00Z', null, new Date('2025-10-27T09:00:00Z')).status // 'due'
 */
export function updateState(
  lastUpdate: string | null,
  lastRun: LastRun | null,
  now: Date,
): UpdateState {
  const last = lastUpdate === null ? null : new Date(lastUpdate);
  const finished = last !== null && !Number.isNaN(last.getTime()) ? last : null;
  const failed = lastRun !== null && !lastRun.ok ? lastRun : null;
  return { status: statusOf(finished, failed, now), lastUpdate: finished, failed };
}

function statusOf(finished: Date | null, failed: LastRun | null, now: Date): UpdateStatus {
  if (failed !== null) return 'failed';
  if (finished === null) return 'never';
  return now.getTime() - finished.getTime() >= UPDATE_DUE_DAYS * MS_PER_DAY ? 'due' : 'ok';
}
