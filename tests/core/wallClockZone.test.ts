import { TZDate, tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WallClockZone, zoneNamed } from '../../src/core/time/wallClockZone';

const wallClock = (text: string) => new Date(`${text}Z`);

/** The instant at which the clock in `timeZone` shows the UTC fields of `wallClock`. */
const wallClockToInstant = (wallClock: Date, timeZone: string): Date =>
  zoneNamed(timeZone).toInstant(wallClock);

/** The reading of the clock in `timeZone` at `instant`, as the UTC fields of a Date. */
const instantToWallClock = (instant: Date, timeZone: string): Date =>
  new Date(zoneNamed(timeZone).wallClockMsAt(instant.getTime()));

describe("a zone's toInstant and wallClockMsAt", () => {
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

  it.each(['+09:00', '+0900', '+09'])('read %s as a fixed offset of nine hours', (zone) => {
    expect(wallClockToInstant(wallClock('2025-03-09T02:30:00'), zone)).toEqual(
      new Date('2025-03-08T17:30:00Z'),
    );
    expect(instantToWallClock(new Date('2025-03-08T17:30:00Z'), zone)).toEqual(
      wallClock('2025-03-09T02:30:00'),
    );
  });

  it('reads -05:30 west of Greenwich', () => {
    expect(wallClockToInstant(wallClock('2025-01-01T00:00:00'), '-05:30')).toEqual(
      new Date('2025-01-01T05:30:00Z'),
    );
  });

  it('give no time for a time that is none', () => {
    expect(zoneNamed('Asia/Seoul').instantMsOf(Number.NaN)).toBeNaN();
    expect(zoneNamed('America/New_York').wallClockMsAt(Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('give no time at all in a zone the time zone database does not know', () => {
    expect(zoneNamed('Mars/Olympus').instantMsOf(Date.UTC(2025, 0, 1))).toBeNaN();
    expect(zoneNamed('Mars/Olympus').wallClockMsAt(Date.UTC(2025, 0, 1))).toBeNaN();
  });
});

/*
 * An independent oracle: @date-fns/tz, which the Node side still uses, answers every question
 * exactly (no cache). The zones cover a whole-hour DST (New York, London), a half-hour one (Lord
 * Howe), a southern one that was often moved and then abolished (São Paulo), none (Seoul), and
 * their local mean times before 1900–1910.
 */
describe('WallClockZone against @date-fns/tz', () => {
  const ZONES = [
    'Asia/Seoul',
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'America/Sao_Paulo',
  ];
  const FROM = Date.UTC(1880, 0, 1);
  const TO = Date.UTC(2060, 0, 1);
  const DAY_MS = 86_400_000;

  /** The instants at which the zone's offset changes, found a day at a time, then to the ms. */
  function changesOf(zone: string): number[] {
    const offset = (ms: number) => tzOffset(zone, new Date(ms));
    const changes: number[] = [];
    for (let day = FROM; day < TO; day += DAY_MS) {
      if (offset(day) === offset(day + DAY_MS)) continue;
      let [low, high] = [day, day + DAY_MS];
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offset(middle) === offset(low)) low = middle;
        else high = middle;
      }
      changes.push(high);
    }
    return changes;
  }
  const CHANGES = new Map(ZONES.map((zone) => [zone, changesOf(zone)]));

  /** A zone, and a time anywhere or within four hours of one of the zone's changes. */
  const zoneAndTime = fc.constantFrom(...ZONES).chain((zone) =>
    fc.tuple(
      fc.constant(zone),
      fc.oneof(
        fc.integer({ min: FROM, max: TO }),
        fc
          .tuple(fc.constantFrom(...(CHANGES.get(zone) ?? [])), fc.integer({ min: -4, max: 4 }))
          .chain(([change, hours]) =>
            fc.integer({ min: change + hours * 3_600_000, max: change + (hours + 1) * 3_600_000 }),
          ),
      ),
    ),
  );

  /** UTC fields of the date-fns clock, as UTC milliseconds. */
  function readingOf(clock: TZDate): number {
    const reading = new Date(0);
    reading.setUTCFullYear(clock.getFullYear(), clock.getMonth(), clock.getDate());
    reading.setUTCHours(clock.getHours(), clock.getMinutes(), clock.getSeconds());
    return reading.getTime() + clock.getMilliseconds();
  }

  it('finds changes to test around in every zone but Seoul', () => {
    for (const zone of ZONES.slice(1)) expect(CHANGES.get(zone)?.length).toBeGreaterThan(20);
  });

  it('reads the clock at an instant as date-fns does', () => {
    fc.assert(
      fc.property(zoneAndTime, ([zone, instantMs]) => {
        const expected = readingOf(new TZDate(instantMs, zone));
        expect(zoneNamed(zone).wallClockMsAt(instantMs)).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  /** The zone's offset at an instant, in ms, as date-fns reads it. */
  const offsetMs = (zone: string, instantMs: number) =>
    Math.round(tzOffset(zone, new Date(instantMs)) * 60_000);

  /** The instants at which the zone's clock shows the reading, by date-fns' offsets. */
  function instantsShowing(zone: string, readingMs: number): number[] {
    const offsets = new Set([
      offsetMs(zone, readingMs - DAY_MS),
      offsetMs(zone, readingMs + DAY_MS),
    ]);
    return [...offsets]
      .map((offset) => readingMs - offset)
      .filter((instantMs) => offsetMs(zone, instantMs) === readingMs - instantMs);
  }

  /**
   * The rule: a reading shown twice is its first occurrence; one never shown (skipped by a
   * change) is moved forward by the gap, so read at the offset before it.
   */
  function expectedInstant(zone: string, shown: number[], readingMs: number): number {
    return shown.length > 0 ? Math.min(...shown) : readingMs - offsetMs(zone, readingMs - DAY_MS);
  }

  it('turns a reading into an instant by the rule, as date-fns does where it is unambiguous', () => {
    fc.assert(
      fc.property(zoneAndTime, ([zone, readingMs]) => {
        const shown = instantsShowing(zone, readingMs);
        const expected = expectedInstant(zone, shown, readingMs);
        expect(zoneNamed(zone).instantMsOf(readingMs)).toBe(expected);
        expect(new WallClockZone(zone).instantMsOf(readingMs)).toBe(expected);
        // date-fns' constructor takes the second occurrence east of Greenwich and misreads the
        // seconds of a local mean time: only a reading shown exactly once, at an offset of whole
        // minutes, is compared with it.
        const wholeMinutes = (readingMs - expected) % 60_000 === 0;
        if (shown.length === 1 && wholeMinutes) {
          expect(dateFnsInstant(zone, readingMs)).toBe(expected);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('moves a skipped reading forward by the gap and takes a repeated one first', () => {
    const london = zoneNamed('Europe/London');
    // 01:30 on 30 March 2025 is skipped (GMT → BST): 02:30 BST
    expect(london.instantMsOf(Date.UTC(2025, 2, 30, 1, 30))).toBe(Date.UTC(2025, 2, 30, 1, 30));
    // 01:30 on 26 October 2025 is shown twice: the first, in BST
    expect(london.instantMsOf(Date.UTC(2025, 9, 26, 1, 30))).toBe(Date.UTC(2025, 9, 26, 0, 30));
    const lordHowe = zoneNamed('Australia/Lord_Howe');
    // 01:45 on 6 April 2025 is shown twice (+11 → +10:30): the first, at +11
    expect(lordHowe.instantMsOf(Date.UTC(2025, 3, 6, 1, 45))).toBe(Date.UTC(2025, 3, 5, 14, 45));
  });

  function dateFnsInstant(zone: string, readingMs: number): number {
    const r = new Date(readingMs);
    return new TZDate(
      r.getUTCFullYear(),
      r.getUTCMonth(),
      r.getUTCDate(),
      r.getUTCHours(),
      r.getUTCMinutes(),
      r.getUTCSeconds(),
      r.getUTCMilliseconds(),
      zone,
    ).getTime();
  }
});

describe('WallClockZone at the ends of what a Date holds', () => {
  it('answers instead of throwing at the last instant a Date holds, and NaN past it', () => {
    const seoul = zoneNamed('Asia/Seoul');
    const nineHours = 9 * 3_600_000;
    expect(seoul.wallClockMsAt(8.64e15)).toBe(8.64e15 + nineHours);
    // Seoul's local mean time then: +08:27:52.
    expect(seoul.wallClockMsAt(-8.64e15)).toBe(-8.64e15 + (8 * 3600 + 27 * 60 + 52) * 1000);
    expect(seoul.wallClockMsAt(8.64e15 + 3_600_000)).toBeNaN();
    expect(seoul.instantMsOf(8.64e15 + 2 * 86_400_000)).toBeNaN();
    expect(seoul.wallClockMsAt(Date.UTC(2025, 9, 26, 15))).toBe(Date.UTC(2025, 9, 27, 0));
  });
});
