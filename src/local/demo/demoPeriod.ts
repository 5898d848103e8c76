import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';

/** The 8 ISO weeks the demo covers, Monday to Sunday, in the spreadsheet's time zone. */
export const DEMO_PERIOD: {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly timeZone: 'Asia/Seoul';
} = { firstDay: '2025-09-01', lastDay: '2025-10-26', timeZone: 'Asia/Seoul' };

export const PERIOD_WEEKS = 8;
export const PERIOD_DAYS = PERIOD_WEEKS * 7;

/**
 * Demo times are seconds of Seoul wall-clock time since DEMO_PERIOD.firstDay 00:00. Seoul keeps
 * no daylight saving time, so every day is exactly DAY seconds long and the arithmetic below is
 * calendar arithmetic, not an offset.
 */
export type DemoTime = number;
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * The last second of the period (the latest order is placed at 23:59). Every life is drawn up to
 * it and never past it, so that the workbook as of any earlier time reads the same draws: only
 * comparisons with the as-of time decide what a tab shows, never which numbers are drawn.
 */
export const PERIOD_END: DemoTime = PERIOD_DAYS * DAY - 1;

/** The last second of ISO week `week` (1–8) of the period: Sunday 23:59:59 in Seoul. */
export function endOfWeek(week: number): DemoTime {
  return week * 7 * DAY - 1;
}

/** What a tab shows: the events from `first` up to `asOf`, both included, as of `asOf`. */
export interface TimeWindow {
  first: DemoTime;
  asOf: DemoTime;
}

export function within(window: TimeWindow, time: DemoTime): boolean {
  return time >= window.first && time <= window.asOf;
}

/** `hour:minute` on the day `day` days after the first day. */
export function clockTime(day: number, hour: number, minute: number): DemoTime {
  return day * DAY + hour * HOUR + minute * MINUTE;
}

/** The shapes real exports write times in: 2019-07-15 03:25, 2014.06.04 22:11, 01/16/2026 15:57. */
export type DateStyle = 'dashed' | 'dotted' | 'monthFirst';

const DAY_PATTERN: Record<DateStyle, string> = {
  dashed: 'yyyy-MM-dd',
  dotted: 'yyyy.MM.dd',
  monthFirst: 'MM/dd/yyyy',
};

const firstMidnight = ((): TZDate => {
  const [year, month, day] = DEMO_PERIOD.firstDay.split('-').map(Number);
  return new TZDate(year, month - 1, day, DEMO_PERIOD.timeZone);
})();

// format() is slow next to the rest of the generator, so each day is formatted once per style.
const dayTextCache: Record<DateStyle, Map<number, string>> = {
  dashed: new Map(),
  dotted: new Map(),
  monthFirst: new Map(),
};

/** The calendar day `dayIndex` days after the first day, e.g. '2025-09-03'. */
export function dayText(dayIndex: number, style: DateStyle = 'dashed'): string {
  const cache = dayTextCache[style];
  let text = cache.get(dayIndex);
  if (text === undefined) {
    text = format(addDays(firstMidnight, dayIndex), DAY_PATTERN[style]);
    cache.set(dayIndex, text);
  }
  return text;
}

export function dayIndexOf(time: DemoTime): number {
  return Math.floor(time / DAY);
}

/** `2025-09-03 14:22` (or `…:05` with seconds), in the given real-export style. */
export function timeText(time: DemoTime, style: DateStyle = 'dashed', withSeconds = false): string {
  const dayIndex = dayIndexOf(time);
  const secondOfDay = Math.floor(time - dayIndex * DAY);
  const hour = twoDigits(Math.floor(secondOfDay / HOUR));
  const minute = twoDigits(Math.floor((secondOfDay % HOUR) / MINUTE));
  const seconds = withSeconds ? `:${twoDigits(secondOfDay % MINUTE)}` : '';
  return `${dayText(dayIndex, style)} ${hour}:${minute}${seconds}`;
}

/** Midnight of that day in Seoul, as the Date a seller's typed date cell holds. */
export function dayDate(dayIndex: number): Date {
  return new Date(addDays(firstMidnight, dayIndex).getTime());
}

/** 0 = Monday, since the period starts on a Monday. */
export function weekdayOf(dayIndex: number): number {
  return ((dayIndex % 7) + 7) % 7;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
