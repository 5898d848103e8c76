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

export function inPeriod(date: Date, period: Period): boolean {
  const time = date.getTime();
  return time >= period.start.getTime() && time < period.end.getTime();
}
