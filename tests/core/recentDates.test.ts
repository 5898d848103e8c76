import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentDates } from '../../src/core/read/recentDates';

describe('RecentDates', () => {
  it('gives one Date for an instant while it is recent', () => {
    const dates = new RecentDates();
    const first = dates.dateAt(Date.UTC(2025, 8, 1, 10, 0));
    expect(dates.dateAt(Date.UTC(2025, 8, 1, 10, 0))).toBe(first);
    expect(dates.dateAt(Date.UTC(2025, 8, 1, 10, 1))).not.toBe(first);
  });

  it('replaces an instant by the next in its slot, 16,384 seconds on', () => {
    const dates = new RecentDates();
    const ten = Date.UTC(2025, 8, 1, 10, 0);
    const later = ten + 16_384_000;
    expect(dates.dateAt(ten).getTime()).toBe(ten);
    expect(dates.dateAt(later).getTime()).toBe(later);
    expect(dates.dateAt(ten).getTime()).toBe(ten);
  });

  it('always gives a Date of the instant asked, in any order of instants', () => {
    // Instants near each other and 16,384 s apart, before 1970 and past 2038, to the millisecond.
    const instant = fc.oneof(
      fc.integer({ min: -4_000_000, max: 4_000_000 }).map((s) => 1_756_684_800_000 + s * 1000),
      fc.integer({ min: -3, max: 3 }).map((k) => 1_756_684_800_000 + k * 16_384_000),
      fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 }),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 200 }), (instants) => {
        const dates = new RecentDates();
        for (const ms of instants) expect(dates.dateAt(ms).getTime()).toBe(ms);
      }),
    );
  });
});
