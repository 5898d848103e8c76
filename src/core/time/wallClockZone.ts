/*
 * Excel stores date-times as wall-clock readings with no zone, and exceljs hands them over as
 * Dates whose UTC fields are that reading. Sheets, like the rest of the project, works with real
 * instants in the spreadsheet's time zone; a WallClockZone translates between the forms.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The furthest instant a Date can hold, either side of 1970 (about the year 275760). */
const LAST_DATE_MS = 8.64e15;

/** `+09:00`, `+0900`, `+09`: a fixed offset, as a time written with its zone names it. */
const FIXED_OFFSET = /^([+-])(\d\d):?(\d\d)?$/;

/** Offset names ('+09:00', '-04:56:02') → milliseconds: a zone uses a handful of them. */
const offsetsByName = new Map<string, number>();

/** '+09:00' → 32,400,000; '' (Intl writes plain 'GMT' for UTC) → 0. */
function offsetMs(name: string): number {
  let offset = offsetsByName.get(name);
  if (offset === undefined) {
    const [hours = '0', minutes = '0', seconds = '0'] = name.slice(1).split(':');
    const size = (Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds);
    offset = (name.startsWith('-') ? -size : size) * 1000;
    offsetsByName.set(name, offset);
  }
  return offset;
}

/**
 * The zone's offset (wall clock minus instant, in ms) at an instant, from the runtime's time zone
 * database: Intl names it ('GMT+09:00', 'GMT-04:56:02' for a local mean time, 'GMT'). A zone
 * Intl does not know has no offset: NaN, which makes every date in it unreadable.
 */
function offsetReader(timeZone: string): (instantMs: number) => number {
  const fixed = FIXED_OFFSET.exec(timeZone);
  if (fixed) {
    const offset = offsetMs(`${fixed[1]}${fixed[2]}:${fixed[3] ?? '00'}`);
    return () => offset;
  }
  let format: (instantMs: number) => string;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format;
  } catch {
    return () => Number.NaN;
  }
  // Intl throws for NaN and past a Date's range; some ICU builds write a negative offset with U+2212 '−'.
  return (instantMs) =>
    !(Math.abs(instantMs) <= LAST_DATE_MS)
      ? Number.NaN
      : offsetMs((format(instantMs).split('GMT')[1] ?? '').replace('\u2212', '-'));
}

/**
 * The clock of one time zone. Asking the time zone database costs microseconds, too much for a
 * sheet of 100,000 dates, so the offset is asked once per distinct hour and cached; in the rare
 * hours in which the offset changes (DST switches, historical zone changes) each date is
 * answered exactly.
 */
export class WallClockZone {
  private readonly offsetAt: (instantMs: number) => number;
  /** By hour of the instant: the offset holding through it, or null when it changes. */
  private readonly instantHours = new Map<number, number | null>();
  /** By hour of the wall clock: the same, for turning readings into instants. */
  private readonly wallClockHours = new Map<number, number | null>();

  constructor(readonly timeZone: string) {
    this.offsetAt = offsetReader(timeZone);
  }

  /** The reading of the zone's clock at `instantMs`, as UTC milliseconds. */
  wallClockMsAt(instantMs: number): number {
    if (!Number.isFinite(instantMs)) return Number.NaN;
    const hour = Math.floor(instantMs / HOUR_MS);
    let offset = this.instantHours.get(hour);
    if (offset === undefined) {
      const atStart = this.offsetAt(hour * HOUR_MS);
      offset = atStart === this.offsetAt((hour + 1) * HOUR_MS - 1) ? atStart : null;
      this.instantHours.set(hour, offset);
    }
    return instantMs + (offset ?? this.offsetAt(instantMs));
  }

  /** The instant at which the zone's clock shows the UTC fields of `wallClock`. */
  toInstant(wallClock: Date): Date {
    return new Date(this.instantMsOf(wallClock.getTime()));
  }

  /** `toInstant` on milliseconds: NaN for an unknown zone. */
  instantMsOf(wallClockMs: number): number {
    if (!Number.isFinite(wallClockMs)) return Number.NaN;
    const hour = Math.floor(wallClockMs / HOUR_MS);
    let offset = this.wallClockHours.get(hour);
    if (offset === undefined) {
      const atStart = hour * HOUR_MS - this.exactInstant(hour * HOUR_MS);
      const atEnd = (hour + 1) * HOUR_MS - this.exactInstant((hour + 1) * HOUR_MS);
      offset = atStart === atEnd ? atStart : null;
      this.wallClockHours.set(hour, offset);
    }
    return offset === null ? this.exactInstant(wallClockMs) : wallClockMs - offset;
  }

  /**
   * A reading a change of offset skips (02:30 on a spring-forward night) is moved forward by the
   * gap (03:30 daylight time); a repeated one (01:30 on a fall-back night) is its first
   * occurrence. The offsets a day either side are the two a reading can have.
   */
  private exactInstant(wallClockMs: number): number {
    const before = this.offsetAt(wallClockMs - DAY_MS);
    const after = this.offsetAt(wallClockMs + DAY_MS);
    const fits = (offset: number) => this.offsetAt(wallClockMs - offset) === offset;
    if (fits(before)) return wallClockMs - (fits(after) ? Math.max(before, after) : before);
    return fits(after) ? wallClockMs - after : wallClockMs - before;
  }
}

/** One clock per zone: its caches serve every sheet and call. */
const zones = new Map<string, WallClockZone>();

export function zoneNamed(timeZone: string): WallClockZone {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = new WallClockZone(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}
