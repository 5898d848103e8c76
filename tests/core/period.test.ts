import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPeriod, kpiWindow } from '../../src/core/time/period';
import { seoul, TIME_ZONE } from './metricFixtures';

describe('kpiWindow', () => {
  it('is the 28 days ending with the as-of day, in the spreadsheet zone', () => {
    // 2025-09-28 23:30 in Seoul is still the 28th there (14:30 UTC); 28 days back: 09-01.
    const window = kpiWindow(seoul('2025-09-28 23:30'), 28, TIME_ZONE);
    expect(window.start).toEqual(seoul('2025-09-01'));
    expect(window.end).toEqual(seoul('2025-09-29'));
  });

  it('takes the as-of day from the zone, not from UTC', () => {
    // 2025-09-28 16:00 UTC is already the 29th in Seoul.
    const window = kpiWindow(new Date('2025-09-28T16:00:00Z'), 1, TIME_ZONE);
    expect(window).toEqual({ start: seoul('2025-09-29'), end: seoul('2025-09-30') });
  });

  it('spans whole local days across a DST change', () => {
    // New York leaves daylight time on 2025-11-02: that day has 25 hours.
    const window = kpiWindow(new Date('2025-11-03T12:00:00-05:00'), 2, 'America/New_York');
    expect(window.start).toEqual(new Date('2025-11-02T00:00:00-04:00'));
    expect(window.end).toEqual(new Date('2025-11-04T00:00:00-05:00'));
    expect(window.end.getTime() - window.start.getTime()).toBe(49 * 3_600_000);
  });
});

describe('inPeriod', () => {
  const week = { start: seoul('2025-09-01'), end: seoul('2025-09-08') };

  it('includes the start and excludes the end', () => {
    expect(inPeriod(seoul('2025-09-01'), week)).toBe(true);
    expect(inPeriod(seoul('2025-09-07 23:59'), week)).toBe(true);
    expect(inPeriod(seoul('2025-09-08'), week)).toBe(false);
    expect(inPeriod(new Date(seoul('2025-09-01').getTime() - 1), week)).toBe(false);
  });

  it('holds exactly the instants of the window days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -100, max: 100 }),
        (days, offsetHours) => {
          const asOf = seoul('2025-09-28 12:00');
          const window = kpiWindow(asOf, days, TIME_ZONE);
          const instant = new Date(asOf.getTime() + offsetHours * 3_600_000);
          const dayIndex = Math.floor(
            (instant.getTime() - seoul('2025-09-28').getTime()) / 86_400_000,
          );
          expect(inPeriod(instant, window)).toBe(dayIndex <= 0 && dayIndex > -days);
        },
      ),
    );
  });
});
