/**
 * The user's own ticks, kept per day in document properties (`sellerRoutine.ticks.2025-10-26`
 * → `["morning.replies"]`): a new day's key is empty, so every morning starts fresh.
 */

export const TICKS_PROPERTY_PREFIX = 'sellerRoutine.ticks.';

/** @example ticksPropertyKey('2025-10-26') // 'sellerRoutine.ticks.2025-10-26' */
export function ticksPropertyKey(day: string): string {
  return `${TICKS_PROPERTY_PREFIX}${day}`;
}

/**
 * The ticked item ids stored under a day's key. The value is the add-on's own JSON; anything
 * else (hand-edited, truncated) reads as no ticks rather than failing the whole sidebar.
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

/** The ticks with one item ticked or unticked; sorted, each id once. */
export function withTick(ticks: readonly string[], itemId: string, ticked: boolean): string[] {
  const set = new Set(ticks);
  if (ticked) set.add(itemId);
  else set.delete(itemId);
  return [...set].sort();
}

/** Keys of earlier days' ticks: removed when today's are written, so the store never fills up. */
export function staleTickKeys(keys: readonly string[], today: string): string[] {
  return keys.filter(
    (key) => key.startsWith(TICKS_PROPERTY_PREFIX) && key !== ticksPropertyKey(today),
  );
}
