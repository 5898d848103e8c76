/**
 * The user's own ticks, kept in document properties: the daily routines' per day
 * (`sellerRoutine.ticks.2025-10-26` → `["morning.replies"]`), the weekly check's per week,
 * keyed by the day the week starts in Settings (`sellerRoutine.ticks.week.2025-10-20`). A new
 * day starts the morning and afternoon fresh; the weekly check stays ticked all week.
 */
import { localDateKey, weekStartKey, type WeekStartsOn } from '../time/dates';

export const TICKS_PROPERTY_PREFIX = 'sellerRoutine.ticks.';
const WEEK_PREFIX = `${TICKS_PROPERTY_PREFIX}week.`;

/** Where ticks are kept at a moment: today's key and this week's. */
export interface TickKeys {
  day: string;
  week: string;
}

/** @example ticksPropertyKey('2025-10-26') // 'sellerRoutine.ticks.2025-10-26' */
export function ticksPropertyKey(day: string): string {
  return `${TICKS_PROPERTY_PREFIX}${day}`;
}

/** @example tickKeys(now, 'Asia/Seoul', 1) // { day: '…ticks.2025-10-27', week: '…ticks.week.2025-10-27' } */
export function tickKeys(now: Date, timeZone: string, weekStartsOn: WeekStartsOn): TickKeys {
  return {
    day: ticksPropertyKey(localDateKey(now, timeZone)),
    week: `${WEEK_PREFIX}${weekStartKey(now, timeZone, weekStartsOn)}`,
  };
}

/** The key an item's tick is kept under: the weekly check's for the week, the others' for the day. */
export function tickKeyFor(itemId: string, keys: TickKeys): string {
  return itemId.startsWith('weekly.') ? keys.week : keys.day;
}

/**
 * The ticked item ids stored under a key. The value is the add-on's own JSON; anything else
 * (hand-edited, truncated) reads as no ticks rather than failing the whole sidebar.
 */
export function parseTicks(stored: string | null | undefined): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Today's ticks and this week's, from the stored properties. */
export function currentTicks(stored: Record<string, string>, keys: TickKeys): string[] {
  const day = parseTicks(stored[keys.day]).filter((id) => tickKeyFor(id, keys) === keys.day);
  const week = parseTicks(stored[keys.week]).filter((id) => tickKeyFor(id, keys) === keys.week);
  return [...day, ...week].sort();
}

/** The ticks with one item ticked or unticked; sorted, each id once. */
export function withTick(ticks: readonly string[], itemId: string, ticked: boolean): string[] {
  const set = new Set(ticks);
  if (ticked) set.add(itemId);
  else set.delete(itemId);
  return [...set].sort();
}

/** Keys of earlier days' and weeks' ticks: removed when ticks are written, so the store never fills up. */
export function staleTickKeys(keys: readonly string[], current: TickKeys): string[] {
  return keys.filter(
    (key) => key.startsWith(TICKS_PROPERTY_PREFIX) && key !== current.day && key !== current.week,
  );
}
