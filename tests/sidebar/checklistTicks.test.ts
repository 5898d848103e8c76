import { describe, expect, it } from 'vitest';
import {
  currentTicks,
  parseTicks,
  staleTickKeys,
  tickKeyFor,
  tickKeys,
  ticksPropertyKey,
  withTick,
} from '../../src/core/views/checklistTicks';

// Sunday 2025-10-26 in Seoul: a Monday week began on the 20th, a Sunday week begins that day.
const sunday = new Date('2025-10-26T10:00:00+09:00');

describe('checklist ticks', () => {
  it('keeps the daily routines per day and the weekly check per week, as Settings starts it', () => {
    expect(ticksPropertyKey('2025-10-26')).toBe('sellerRoutine.ticks.2025-10-26');
    expect(tickKeys(sunday, 'Asia/Seoul', 1)).toEqual({
      day: 'sellerRoutine.ticks.2025-10-26',
      week: 'sellerRoutine.ticks.week.2025-10-20',
    });
    expect(tickKeys(sunday, 'Asia/Seoul', 0).week).toBe('sellerRoutine.ticks.week.2025-10-26');
    const keys = tickKeys(sunday, 'Asia/Seoul', 1);
    expect(tickKeyFor('weekly.fx', keys)).toBe(keys.week);
    expect(tickKeyFor('morning.replies', keys)).toBe(keys.day);
    expect(tickKeyFor('afternoon.title', keys)).toBe(keys.day);
  });

  it("reads today's daily ticks and this week's weekly ones, each only from its own key", () => {
    const keys = tickKeys(sunday, 'Asia/Seoul', 1);
    const stored = {
      [keys.day]: '["morning.replies","weekly.fx"]',
      [keys.week]: '["weekly.disputes","afternoon.title"]',
      'sellerRoutine.ticks.2025-10-25': '["morning.alerts"]',
    };
    expect(currentTicks(stored, keys)).toEqual(['morning.replies', 'weekly.disputes']);
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

  it("lists earlier days' and weeks' keys for removal, never the current ones or others", () => {
    const keys = [
      'sellerRoutine.ticks.2025-10-25',
      'sellerRoutine.ticks.2025-10-26',
      'sellerRoutine.ticks.week.2025-10-20',
      'sellerRoutine.ticks.week.2025-10-13',
      'sellerRoutine.lastUpdate',
      'sellerRoutine.ticks.2024-01-01',
    ];
    expect(staleTickKeys(keys, tickKeys(sunday, 'Asia/Seoul', 1))).toEqual([
      'sellerRoutine.ticks.2025-10-25',
      'sellerRoutine.ticks.week.2025-10-13',
      'sellerRoutine.ticks.2024-01-01',
    ]);
  });
});
