import { TZDate } from '@date-fns/tz';

/*
 * Excel stores date-times as wall-clock readings with no zone, and exceljs hands them over as
 * Dates whose UTC fields are that reading. Sheets, like the rest of the project, works with real
 * instants in the spreadsheet's time zone; these two functions translate between the forms.
 */

/** The instant at which the clock in `timeZone` shows the UTC fields of `wallClock`. */
export function wallClockToInstant(wallClock: Date, timeZone: string): Date {
  const instant = new TZDate(
    wallClock.getUTCFullYear(),
    wallClock.getUTCMonth(),
    wallClock.getUTCDate(),
    wallClock.getUTCHours(),
    wallClock.getUTCMinutes(),
    wallClock.getUTCSeconds(),
    wallClock.getUTCMilliseconds(),
    timeZone,
  );
  return new Date(instant.getTime());
}

/** The reading of the clock in `timeZone` at `instant`, as the UTC fields of a Date. */
export function instantToWallClock(instant: Date, timeZone: string): Date {
  const clock = new TZDate(instant.getTime(), timeZone);
  return new Date(
    Date.UTC(
      clock.getFullYear(),
      clock.getMonth(),
      clock.getDate(),
      clock.getHours(),
      clock.getMinutes(),
      clock.getSeconds(),
      clock.getMilliseconds(),
    ),
  );
}

const HOUR_MS = 3_600_000;

/**
 * `wallClockToInstant` for many readings in one zone. Asking the time zone database costs
 * microseconds per date, too much for a sheet of 100,000 date rows, so this asks once per
 * distinct wall-clock hour and falls back to the exact per-date answer in the rare hours in
 * which the zone's offset changes (DST switches, historical zone changes).
 */
export class WallClockZone {
  /** The offset (wall clock minus instant, in ms) holding through each hour; undefined if it changes. */
  private readonly steadyOffsets = new Map<number, number | undefined>();
  /** The same, by hour of the instant (for reading the clock at an instant). */
  private readonly steadyInstantOffsets = new Map<number, number | undefined>();

  constructor(readonly timeZone: string) {}

  /** The reading of the zone's clock at `instantMs`, as UTC milliseconds. */
  wallClockMsAt(instantMs: number): number {
    const hour = Math.floor(instantMs / HOUR_MS);
    if (!this.steadyInstantOffsets.has(hour)) {
      const atStart = this.offsetAtInstant(hour * HOUR_MS);
      const atEnd = this.offsetAtInstant((hour + 1) * HOUR_MS - 1);
      this.steadyInstantOffsets.set(hour, atStart === atEnd ? atStart : undefined);
    }
    const offset = this.steadyInstantOffsets.get(hour);
    return instantMs + (offset ?? this.offsetAtInstant(instantMs));
  }

  private offsetAtInstant(instantMs: number): number {
    return instantToWallClock(new Date(instantMs), this.timeZone).getTime() - instantMs;
  }

  toInstant(wallClock: Date): Date {
    const hour = Math.floor(wallClock.getTime() / HOUR_MS);
    if (!this.steadyOffsets.has(hour)) this.steadyOffsets.set(hour, this.steadyOffset(hour));
    const offset = this.steadyOffsets.get(hour);
    if (offset === undefined) return wallClockToInstant(wallClock, this.timeZone);
    return new Date(wallClock.getTime() - offset);
  }

  private steadyOffset(hour: number): number | undefined {
    const atStart = this.offsetAt(hour * HOUR_MS);
    const atEnd = this.offsetAt((hour + 1) * HOUR_MS);
    return atStart === atEnd ? atStart : undefined;
  }

  private offsetAt(wallClockMs: number): number {
    return wallClockMs - wallClockToInstant(new Date(wallClockMs), this.timeZone).getTime();
  }
}
