import { zoneNamed, type WallClockZone } from './wallClockZone';
import { normalizeText } from '../read/cell';
import { fail, ok, type Parsed } from '../read/problem';
import { msg, type Msg } from '../text/messages';

/** How to read times written without a zone. */
export interface DateContext {
  /** IANA zone of the spreadsheet: every time without an explicit zone is in it. */
  timeZone: string;
  /** The spreadsheet locale writes day before month (D/M/Y); see `dayFirstFromLocale`. */
  dayFirst?: boolean;
  /**
   * The clock of the run (docs/rules.md §5, two clocks): a date of the data more than a day after it is a
   * typo (see plausibleDate). Without it only dates before 2000 are refused.
   */
  now?: Date;
}

export interface DateRange {
  start: Date;
  /** The start of the range's last day (the day is included). */
  end: Date;
}

const EXPECTED_DATE = msg('expected.date');
/** No export of this shop's data is older; a date before it is a typo (docs/rules.md §3). */
const EARLIEST_PLAUSIBLE_DAY = '2000-01-01';

/**
 * Null for a date the data can hold, else what was expected: a date of an event from 2000 up to
 * a day after `ctx.now` (docs/rules.md §3, implausible values). A typo like `2052-09-03` must not move the
 * as-of day or add weeks.
 * Without `now` (a deadline, which may lie ahead) only the lower bound applies.
 * @example plausibleDate(new Date('2052-09-03'), 'Asia/Seoul', now) // msg('expected.plausibleDate', …)
 */
export function plausibleDate(date: Date, timeZone: string, now: Date | undefined): Msg | null {
  const time = date.getTime();
  const earliest = earliestPlausible(timeZone).getTime();
  if (now === undefined) {
    if (time < earliest) return msg('expected.earliestDate', { earliest: EARLIEST_PLAUSIBLE_DAY });
    if (localDayIndex(time, timeZone) <= LATEST_DAY) return null;
    return msg('expected.plausibleDate', {
      earliest: EARLIEST_PLAUSIBLE_DAY,
      latest: LATEST_DAY_KEY,
    });
  }
  const latest = now.getTime() + MS_PER_DAY;
  if (time >= earliest && time <= latest) return null;
  const range = {
    earliest: EARLIEST_PLAUSIBLE_DAY,
    latest: localDateKey(new Date(latest), timeZone),
  };
  return msg('expected.plausibleDate', range);
}

/**
 * The first plausible moment in a zone, worked out once per zone: every date read asks, and a
 * zone lookup per cell made reading 200,000 Ledger rows ten times slower.
 */
const earliestByZone = new Map<string, Date>();
function earliestPlausible(timeZone: string): Date {
  let earliest = earliestByZone.get(timeZone);
  if (earliest === undefined) {
    earliest = dayKeyToDate(EARLIEST_PLAUSIBLE_DAY, timeZone);
    earliestByZone.set(timeZone, earliest);
  }
  return earliest;
}

/**
 * The instant (ms) a text of the common export form (`2025-10-27 09:30`) names, when
 * `plausibleDate` would accept it; NaN for anything else, which `parseDateTime` and
 * `plausibleDate` then read and explain. Only a fast path: the same instant as theirs, with no
 * Date or result made for a cell that is read this way.
 */
export function plausibleCommonInstant(
  text: string,
  timeZone: string,
  now: Date | undefined,
): number {
  const reading = commonFormReading(text);
  if (reading === null) return Number.NaN;
  const zone = commonFormZone(timeZone);
  const instant = zone.clock.instantMsOf(reading);
  if (!(instant >= zone.earliestMs)) return Number.NaN;
  return now === undefined || instant <= now.getTime() + MS_PER_DAY ? instant : Number.NaN;
}

/** The zone a read's dates are in, kept at hand: every cell of a read asks for the same one. */
let lastZone: { name: string; clock: WallClockZone; earliestMs: number } | null = null;

function commonFormZone(timeZone: string): { clock: WallClockZone; earliestMs: number } {
  if (lastZone === null || lastZone.name !== timeZone) {
    const earliestMs = earliestPlausible(timeZone).getTime();
    lastZone = { name: timeZone, clock: zoneNamed(timeZone), earliestMs };
  }
  return lastZone;
}

const EXPECTED_RANGE = msg('expected.range');

/** Spreadsheet serial numbers count days from 1899-12-30; accepted up to the year 2173. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const MAX_SERIAL = 100_000;

/**
 * The last day a date may fall on, even a deadline or an as-of day: a day key has four digits
 * of year, and a date past 9999 (a typo, or a serial gone wrong) would make none.
 */
const LATEST_DAY_KEY = '9999-12-31';
const LATEST_DAY = Date.UTC(9999, 11, 31) / MS_PER_DAY;

/** Year first: `2025-03-02`, `2025/03/02`, `2025.03.02`, Korean-locale `2025. 3. 2.`. */
const YEAR_FIRST =
  /^(?<year>\d{4}) ?(?<sep>[-/.]) ?(?<month>\d{1,2}) ?\k<sep> ?(?<day>\d{1,2})\.?(?:(?:T| )(?<time>.+))?$/i;
/** `2025년 3월 2일`, `2025年3月2日`. */
const YEAR_MONTH_DAY_WORDS =
  /^(?<year>\d{4}) ?[년年] ?(?<month>\d{1,2}) ?[월月] ?(?<day>\d{1,2}) ?[일日](?: ?(?<time>.+))?$/;
/** `03/02/2025`: month first, or day first when the locale says so. */
const YEAR_LAST =
  /^(?<first>\d{1,2}) ?(?<sep>[-/.]) ?(?<second>\d{1,2}) ?\k<sep> ?(?<year>\d{4})(?: (?<time>.+))?$/;
/** `14:05`, `14:05:06.123`, `오후 2:05`, `2:05 PM`, optionally followed by `Z` or `+09:00`. */
const TIME_OF_DAY =
  /^(?:(?<halfBefore>오전|오후|AM|PM) ?)?(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d{1,3})\d*)?)?(?: ?(?<halfAfter>오전|오후|AM|PM))?(?: ?(?<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?$/i;

const RANGE_SEPARATOR = / ?(?:~|〜|–|—| - ) ?/;

interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Zone the text named, or null to use the spreadsheet's. */
  zone: string | null;
}

interface WallClock extends TimeOfDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads an instant: a Date as is; a spreadsheet serial number or text without a zone as
 * wall-clock time in `ctx.timeZone`; text with `Z`/an offset in that zone. A wall-clock time
 * that a DST change skips (02:30 on a spring-forward night) is moved forward by the gap
 * (03:30 daylight time); a repeated one (01:30 on a fall-back night) is its first occurrence.
 */
export function parseDateTime(cell: unknown, ctx: DateContext): Parsed<Date> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? fail(EXPECTED_DATE) : ok(new Date(cell.getTime()));
  }
  const common = typeof cell === 'string' ? commonFormReading(cell) : null;
  if (common !== null) return instantAt(common, ctx.timeZone);
  return instantOf(wallClockOfCell(cell, ctx.dayFirst ?? false), ctx.timeZone);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** `2025-10-27` or `2025-10-27T09:30`: how a person fixes a clock (the CLI's --now, --as-of). */
const CLOCK_FORM = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?$/;

/**
 * A typed day or minute as `YYYY-MM-DDTHH:MM` (a day alone is its midnight), or null for
 * anything that is not a real calendar date and time: `2025-02-30`, `2025-10-27T24:00`, a year
 * before 1000.
 * @example clockText('2024-02-29') // '2024-02-29T00:00'; clockText('2025-02-29') // null
 */
export function clockText(text: string): string | null {
  const m = CLOCK_FORM.exec(text);
  if (m === null) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const realDay = year >= 1000 && month >= 1 && day >= 1 && day <= daysInMonth(year, month);
  if (!realDay || hour > 23 || minute > 59) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}`;
}

/**
 * The instant a typed day (its midnight) or minute names in the time zone; null when
 * `clockText` refuses the text.
 * @example parseClockText('2025-10-27T09:30', 'Asia/Seoul') // 2025-10-27T00:30:00.000Z
 */
export function parseClockText(text: string, timeZone: string): Date | null {
  const clock = clockText(text);
  if (clock === null) return null;
  const parsed = instantAt(Date.parse(`${clock}:00Z`), timeZone);
  return parsed.ok ? parsed.value : null;
}

/**
 * The wall-clock reading (as UTC milliseconds) of text in the common export form — `2025-03-02`,
 * `2025-03-02 09:31`, `2025-03-02 09:31:06`, ASCII spaces around it allowed — or null for
 * anything else, which the general reader then handles. Only a fast path, read a character at
 * a time because nearly every time an export writes takes it: same result as the general reader.
 */
function commonFormReading(text: string): number | null {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiSpace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  const length = end - start;
  if (length !== 10 && length !== 16 && length !== 19) return null;
  if (text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) return null;
  const time = length > 10;
  if (time && (text.charCodeAt(start + 10) !== SPACE || text.charCodeAt(start + 13) !== COLON)) {
    return null;
  }
  if (length > 16 && text.charCodeAt(start + 16) !== COLON) return null;
  const year = digitsAt(text, start, 4);
  const month = digitsAt(text, start + 5, 2);
  const day = digitsAt(text, start + 8, 2);
  const hour = time ? digitsAt(text, start + 11, 2) : 0;
  const minute = time ? digitsAt(text, start + 14, 2) : 0;
  const second = length > 16 ? digitsAt(text, start + 17, 2) : 0;
  // NaN (a character that is no digit) fails every comparison below.
  const validDay = year >= 1000 && day >= 1 && day <= daysInMonth(year, month);
  if (!validDay || !(hour <= 23 && minute <= 59 && second <= 59)) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const DASH = 0x2d;
const COLON = 0x3a;
const SPACE = 0x20;

/** What String.prototype.trim removes among ASCII characters: space, tab and line breaks. */
function isAsciiSpace(char: number): boolean {
  return char === SPACE || (char >= 0x09 && char <= 0x0d);
}

/** The number `count` ASCII digits from `from` write; NaN if one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** A period cell: a single date (start = end) or `2025-09-01 ~ 2025-09-07`. */
export function parseDateRange(cell: unknown, ctx: DateContext): Parsed<DateRange> {
  const ends = typeof cell === 'string' ? normalizeText(cell).split(RANGE_SEPARATOR) : [cell];
  if (ends.length > 2) return fail(EXPECTED_RANGE);
  const start = parseDateTime(ends[0], ctx);
  const end = parseDateTime(ends[ends.length - 1], ctx);
  if (!start.ok || !end.ok || end.value < start.value) return fail(EXPECTED_RANGE);
  return ok({ start: start.value, end: end.value });
}

/** Whether a spreadsheet locale ('en_GB', 'ko_KR') writes the day before the month. */
export function dayFirstFromLocale(locale: string): boolean {
  try {
    const order = new Intl.DateTimeFormat(locale.replace(/_/g, '-'), { timeZone: 'UTC' })
      .formatToParts(0)
      .map((part) => part.type);
    return order.indexOf('day') < order.indexOf('month');
  } catch {
    return false; // not a locale Intl knows: month first, the spec's default
  }
}

function instantOf(wallClock: WallClock | null, timeZone: string): Parsed<Date> {
  if (wallClock === null) return fail(EXPECTED_DATE);
  const { year, month, day, hour, minute, second, millisecond, zone } = wallClock;
  const reading = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
  // Date.UTC maps years 0–99 to 1900–1999; the reading must keep the year as written.
  reading.setUTCFullYear(year);
  return instantAt(reading.getTime(), zone ?? timeZone);
}

/** The instant a wall-clock reading (UTC milliseconds) names in the zone; an unknown zone fails. */
function instantAt(readingMs: number, timeZone: string): Parsed<Date> {
  const instant = zoneNamed(timeZone).instantMsOf(readingMs);
  return Number.isNaN(instant) ? fail(EXPECTED_DATE) : ok(new Date(instant));
}

function wallClockOfCell(cell: unknown, dayFirst: boolean): WallClock | null {
  if (typeof cell === 'number') return wallClockOfSerial(cell);
  return typeof cell === 'string' ? wallClockOfText(normalizeText(cell), dayFirst) : null;
}

function wallClockOfSerial(serial: number): WallClock | null {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return null;
  // The UTC fields of this Date hold the serial's wall-clock reading, not an instant.
  const wall = new Date(SERIAL_EPOCH_MS + Math.round(serial * MS_PER_DAY));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    zone: null,
  };
}

function wallClockOfText(text: string, dayFirst: boolean): WallClock | null {
  const fields = (YEAR_FIRST.exec(text) ?? YEAR_MONTH_DAY_WORDS.exec(text))?.groups;
  if (fields) return wallClockOf(fields.year, fields.month, fields.day, fields.time);
  const yearLast = YEAR_LAST.exec(text)?.groups;
  if (!yearLast) return null;
  const [month, day] = dayFirst
    ? [yearLast.second, yearLast.first]
    : [yearLast.first, yearLast.second];
  return wallClockOf(yearLast.year, month, day, yearLast.time);
}

function wallClockOf(
  yearText: string,
  monthText: string,
  dayText: string,
  timeText: string | undefined,
): WallClock | null {
  const [year, month, day] = [yearText, monthText, dayText].map(Number);
  // Years before 100 are not read: Date.UTC takes 0–99 for 1900–1999.
  if (year < 100 || day < 1 || day > daysInMonth(year, month)) return null;
  const time = timeText === undefined ? MIDNIGHT : timeOfDay(timeText);
  return time && { year, month, day, ...time };
}

const MIDNIGHT: TimeOfDay = { hour: 0, minute: 0, second: 0, millisecond: 0, zone: null };

function timeOfDay(text: string): TimeOfDay | null {
  const fields = TIME_OF_DAY.exec(text)?.groups;
  if (!fields) return null;
  const { halfBefore, halfAfter, fraction, zone } = fields;
  if (halfBefore && halfAfter) return null;
  const hour = hourOfDay(Number(fields.hour), halfBefore ?? halfAfter);
  const minute = Number(fields.minute);
  const second = Number(fields.second ?? 0);
  if (hour === null || minute > 59 || second > 59) return null;
  const millisecond = Number((fraction ?? '').padEnd(3, '0'));
  return { hour, minute, second, millisecond, zone: zone ? zoneName(zone) : null };
}

/** 24-hour clock, or 12-hour with 오전/AM or 오후/PM (12 AM is midnight, 12 PM noon). */
function hourOfDay(hour: number, half: string | undefined): number | null {
  if (half === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const afternoon = half === '오후' || half.toUpperCase() === 'PM';
  return (hour % 12) + (afternoon ? 12 : 0);
}

/** The zone clock reads offsets like '+09:00', '+0900' and '+09' as zones. */
function zoneName(zone: string): string {
  return /^[+-]/.test(zone) ? zone : 'UTC';
}

/** Sunday | Monday, as date-fns numbers weekdays. */
export type WeekStartsOn = 0 | 1;

const DAY_MS = 86_400_000;
/** 1970-01-01, day 0, was a Thursday. */
const WEEKDAY_OF_DAY_0 = 4;
const dayKeys = new Map<number, string>();

/** 'YYYY-MM-DD' of a day counted from 1970-01-01 (cached: a sheet spans few distinct days). */
export function dayKeyOf(dayIndex: number): string {
  let key = dayKeys.get(dayIndex);
  if (key === undefined) {
    key = new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
    dayKeys.set(dayIndex, key);
  }
  return key;
}

/**
 * An instant as a Date, or as milliseconds since 1970 where a long list keeps it as a number
 * (an order's ship and delivery times).
 */
export type Instant = Date | number;

/** The local calendar day of the instant, counted from 1970-01-01. */
function localDayIndex(instant: Instant, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor(zoneNamed(timeZone).wallClockMsAt(ms) / DAY_MS);
}

/** 'YYYY-MM-DD' of the calendar day the instant falls on in the time zone. */
export function localDateKey(instant: Instant, timeZone: string): string {
  return dayKeyOf(localDayIndex(instant, timeZone));
}

/**
 * A cell as a Problem quotes it: a Date as the sheet's clock shows it, never JavaScript's
 * English date text ('' for an invalid one); anything else as its text.
 * @example cellText(new Date('2052-09-03T01:00:00Z'), 'Asia/Seoul') // '2052-09-03 10:00'
 */
export function cellText(cell: unknown, timeZone: string): string {
  // A checkbox or TRUE cell reads as Sheets shows it.
  if (typeof cell === 'boolean') return String(cell).toUpperCase();
  if (!(cell instanceof Date)) return cell === null || cell === undefined ? '' : String(cell);
  const wallClock = zoneNamed(timeZone).wallClockMsAt(cell.getTime());
  if (!Number.isFinite(wallClock)) return '';
  // The year may have more than four digits ('+010000-01-01T09:00:00.000Z'), so split at 'T'.
  const [day = '', time = ''] = new Date(wallClock).toISOString().split('T');
  const seconds = time.slice(6, 8) === '00' ? '' : time.slice(5, 8);
  return `${day} ${time.slice(0, 5)}${seconds}`;
}

/** 'YYYY-MM-DD' of the first day of the 7-day week holding the instant, in the time zone. */
export function weekStartKey(date: Date, timeZone: string, weekStartsOn: WeekStartsOn): string {
  return dayKeyOf(weekStartDay(date, timeZone, weekStartsOn));
}

/**
 * `weekStartKey` as a day counted from 1970-01-01, for tallies over many rows: a number is a
 * cheaper key than a text, and `dayKeyOf` turns it into the text once per week.
 * @example dayKeyOf(weekStartDay(new Date('2025-09-03T00:00:00Z'), 'Asia/Seoul', 1)) // '2025-09-01'
 */
export function weekStartDay(
  instant: Instant,
  timeZone: string,
  weekStartsOn: WeekStartsOn,
): number {
  const day = localDayIndex(instant, timeZone);
  // An invalid date or zone is the caller's bug: a NaN week would be one no list shows.
  if (!Number.isFinite(day)) throw new RangeError('Invalid time value');
  const weekday = (((day + WEEKDAY_OF_DAY_0) % 7) + 7) % 7;
  return day - ((weekday - weekStartsOn + 7) % 7);
}

/** Calendar arithmetic on a 'YYYY-MM-DD' key (no time zone involved). */
export function addDaysToKey(dayKey: string, days: number): string {
  return dayKeyOf(dayIndexOfKey(dayKey) + days);
}

const dayIndexes = new Map<string, number>();

/** The day of a 'YYYY-MM-DD' key counted from 1970-01-01 (cached like dayKeyOf). */
function dayIndexOfKey(dayKey: string): number {
  let index = dayIndexes.get(dayKey);
  if (index === undefined) {
    const [year, month, day] = keyParts(dayKey);
    index = Date.UTC(year, month - 1, day) / DAY_MS;
    dayIndexes.set(dayKey, index);
  }
  return index;
}

/** The instant the day starts in the time zone (its first existing moment on a DST day). */
export function dayKeyToDate(dayKey: string, timeZone: string): Date {
  return new Date(zoneNamed(timeZone).instantMsOf(dayIndexOfKey(dayKey) * DAY_MS));
}

function keyParts(dayKey: string): [number, number, number] {
  const [year, month, day] = dayKey.split('-').map(Number);
  return [year, month, day];
}
