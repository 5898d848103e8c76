import { describe, expect, it } from 'vitest';
import {
  instantToWallClock,
  WallClockZone,
  wallClockToInstant,
} from '../../src/core/time/wallClockZone';

const wallClock = (text: string) => new Date(`${text}Z`);

describe('wallClockToInstant and instantToWallClock', () => {
  it('use UTC+9 in Asia/Seoul', () => {
    const instant = new Date('2025-09-01T00:30:00Z');
    expect(wallClockToInstant(wallClock('2025-09-01T09:30:00'), 'Asia/Seoul')).toEqual(instant);
    expect(instantToWallClock(instant, 'Asia/Seoul')).toEqual(wallClock('2025-09-01T09:30:00'));
  });

  it('follow DST in America/New_York, resolving the skipped and repeated hours', () => {
    const toInstant = (text: string) => wallClockToInstant(wallClock(text), 'America/New_York');
    expect(toInstant('2025-07-01T12:00:00')).toEqual(new Date('2025-07-01T16:00:00Z'));
    expect(toInstant('2025-12-01T12:00:00')).toEqual(new Date('2025-12-01T17:00:00Z'));
    // 02:30 on 9 March does not exist; the clock jumps from 02:00 EST to 03:00 EDT
    expect(toInstant('2025-03-09T02:30:00')).toEqual(new Date('2025-03-09T07:30:00Z'));
    // 01:30 on 2 November happens twice; the first (EDT) one is taken
    expect(toInstant('2025-11-02T01:30:00')).toEqual(new Date('2025-11-02T05:30:00Z'));
    expect(instantToWallClock(new Date('2025-11-02T06:30:00Z'), 'America/New_York')).toEqual(
      wallClock('2025-11-02T01:30:00'),
    );
  });
});

describe('WallClockZone', () => {
  /** Every quarter hour from `from` for `hours` hours, plus odd minutes and seconds. */
  function readingsAround(from: string, hours: number): Date[] {
    const start = wallClock(from).getTime();
    const steps = Array.from({ length: hours * 4 }, (_, i) => start + i * 900_000);
    return steps.flatMap((ms) => [new Date(ms), new Date(ms + 7 * 60_000 + 13_500)]);
  }

  it.each([
    ['America/New_York', '2025-03-08T22:00:00'],
    ['America/New_York', '2025-11-01T22:00:00'],
    ['Australia/Lord_Howe', '2025-04-05T23:00:00'], // DST ends by 30 minutes
    ['Australia/Lord_Howe', '2025-10-04T23:00:00'],
    ['America/New_York', '1883-11-18T10:00:00'], // local mean time gives way to EST at 12:03:58
  ])('agrees with the exact conversion around a change in %s (%s)', (timeZone, from) => {
    const zone = new WallClockZone(timeZone);
    for (const reading of readingsAround(from, 6)) {
      expect(zone.toInstant(reading)).toEqual(wallClockToInstant(reading, timeZone));
    }
  });

  it('answers Seoul readings with UTC+9', () => {
    const zone = new WallClockZone('Asia/Seoul');
    expect(zone.toInstant(wallClock('2026-01-16T15:57:00'))).toEqual(
      new Date('2026-01-16T06:57:00Z'),
    );
    expect(zone.toInstant(wallClock('2026-01-16T15:58:30'))).toEqual(
      new Date('2026-01-16T06:58:30Z'),
    );
  });
});
