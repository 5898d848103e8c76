import { describe, expect, it } from 'vitest';
import { parseTicks, staleTickKeys, ticksPropertyKey, withTick } from '../../src/checklistTicks';

describe('checklist ticks', () => {
  it('keeps one document property per day', () => {
    expect(ticksPropertyKey('2025-10-26')).toBe('sellerRoutine.ticks.2025-10-26');
  });

  it('reads the stored ids, and anything unreadable as no ticks', () => {
    expect(parseTicks('["morning.replies","weekly.fx"]')).toEqual(['morning.replies', 'weekly.fx']);
    expect(parseTicks('["morning.replies",3,null]')).toEqual(['morning.replies']);
    expect(parseTicks('{"morning.replies":true}')).toEqual([]);
    expect(parseTicks('["morning.rep')).toEqual([]);
    expect(parseTicks(null)).toEqual([]);
    expect(parseTicks(undefined)).toEqual([]);
  });

  it('ticks and unticks without duplicates', () => {
    const ticked = withTick(['weekly.fx'], 'morning.replies', true);
    expect(ticked).toEqual(['morning.replies', 'weekly.fx']);
    expect(withTick(ticked, 'morning.replies', true)).toEqual(['morning.replies', 'weekly.fx']);
    expect(withTick(ticked, 'weekly.fx', false)).toEqual(['morning.replies']);
    expect(withTick([], 'weekly.fx', false)).toEqual([]);
  });

  it("lists earlier days' keys for removal, never today's or other properties", () => {
    const keys = [
      'sellerRoutine.ticks.2025-10-25',
      'sellerRoutine.ticks.2025-10-26',
      'sellerRoutine.lastUpdate',
      'sellerRoutine.ticks.2024-01-01',
    ];
    expect(staleTickKeys(keys, '2025-10-26')).toEqual([
      'sellerRoutine.ticks.2025-10-25',
      'sellerRoutine.ticks.2024-01-01',
    ]);
  });
});
