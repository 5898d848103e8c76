import { addDaysToKey, dayKeyToDate, localDateKey } from './dates';

/**
 * A span of time, half-open: it holds every instant from `start` (included) up to `end`
 * (excluded). A span of whole days starts and ends at midnight in the spreadsheet's zone.
 */
export interface Period {
  start: Date;
  end: Date;
}

/**
 * The `days` whole calendar days in `timeZone` that end with the day holding `asOf`
 * (that day included): the KPI window of Settings "KPI window days".
 * @example kpiWindow(new Date('2025-09-28T15:00:00Z'), 7, 'Asia/Seoul')
 * // { start: 2025-09-22 00:00 KST, end: 2025-09-29 00:00 KST }
 */
export function kpiWindow(asOf: Date, days: number, timeZone: string): Period {
  const lastDay = localDateKey(asOf, timeZone);
  return {
    start: dayKeyToDate(addDaysToKey(lastDay, 1 - days), timeZone),
    end: dayKeyToDate(addDaysToKey(lastDay, 1), timeZone),
  };
}

/** The end of a `YYYY-MM-DD` day in the zone: what `--as-of 2025-03-09` means. */
export function endOfDay(dayKey: string, timeZone: string): Date {
  return new Date(dayKeyToDate(addDaysToKey(dayKey, 1), timeZone).getTime() - 1);
}

/**
 * An as-of given as a day (a date without a time reads as its midnight) means the end of that
 * day, as the weekly update's --as-of does; a time of day is kept as given.
 * @example asOfInstant(new Date('2025-09-20T15:00:00Z'), 'Asia/Seoul') // 2025-09-21 23:59:59.999 KST
 */
export function asOfInstant(asOf: Date, timeZone: string): Date {
  const day = localDateKey(asOf, timeZone);
  return dayKeyToDate(day, timeZone).getTime() === asOf.getTime() ? endOfDay(day, timeZone) : asOf;
}

export function inPeriod(date: Date, period: Period): boolean {
  const time = date.getTime();
  return time >= period.start.getTime() && time < period.end.getTime();
}
