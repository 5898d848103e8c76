/*
 * Dates typed on the command line. The add-on reads them with the same rule (src/core/time/dates.ts:
 * clockText), so a date the command line takes is one the add-on takes too.
 */
import { clockText } from '../../core/time/dates';

/**
 * The day itself when `text` is a real calendar day written YYYY-MM-DD, else null.
 * @example calendarDay('2024-02-29') // '2024-02-29'; calendarDay('2025-02-29') // null
 */
export function calendarDay(text: string): string | null {
  return /^\d{4}-\d\d-\d\d$/.test(text) && clockText(text) !== null ? text : null;
}
