/**
 * The one-line daily journal (guide §2-14 "한 줄 회고"): a Journal / 일지 tab of Date and Note
 * rows, one row a day. Saving again on the same day replaces that day's row, never adds one.
 */
import { isBlank } from '../read/cell';
import { localDateKey, parseDateTime } from '../time/dates';
import type { Lang } from '../text/language';
import { msg, t } from '../text/messages';
import { fail, ok, type Parsed } from '../read/problem';

export const JOURNAL_MAX_LENGTH = 500;

export interface JournalLine {
  /** 'YYYY-MM-DD'. */
  date: string;
  text: string;
}

const comparable = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

/** The journal tab among the sheet names, by its English or Korean name, ignoring case. */
export function findJournalTab(sheetNames: readonly string[]): string | null {
  const wanted = [t('tab.journal', 'en'), t('tab.journal', 'ko')].map(comparable);
  return sheetNames.find((name) => wanted.includes(comparable(name))) ?? null;
}

export function journalHeader(lang: Lang): [string, string] {
  return [t('col.date', lang), t('col.journal', lang)];
}

/**
 * What the seller typed, as one line: line breaks and runs of spaces become one space.
 * @example journalText('  sold out\nreorder ') // { ok: true, value: 'sold out reorder' }
 */
export function journalText(input: unknown): Parsed<string> {
  const text = typeof input === 'string' ? input.replace(/\s+/g, ' ').trim() : '';
  if (text === '') return fail(msg('sidebar.journalEmpty'));
  if ([...text].length > JOURNAL_MAX_LENGTH) {
    return fail(msg('sidebar.journalTooLong', { max: JOURNAL_MAX_LENGTH }));
  }
  return ok(text);
}

function dayOf(cell: unknown, timeZone: string): string | null {
  const parsed = parseDateTime(cell, { timeZone });
  return parsed.ok ? localDateKey(parsed.value, timeZone) : null;
}

/** The 1-based row holding `day`'s line (the last one, should the user have added more). */
function rowOf(values: readonly unknown[][], day: string, timeZone: string): number | null {
  for (let i = values.length - 1; i >= 1; i--) {
    if (dayOf(values[i]?.[0], timeZone) === day) return i + 1;
  }
  return null;
}

/** `day`'s line in the journal tab's values (header first), or null when there is none yet. */
export function journalLineOf(
  values: readonly unknown[][],
  day: string,
  timeZone: string,
): JournalLine | null {
  const row = rowOf(values, day, timeZone);
  if (row === null) return null;
  const text = values[row - 1]?.[1];
  return { date: day, text: isBlank(text) ? '' : String(text) };
}

/**
 * The 1-based row to write `day`'s line to: its existing row, else the row after the last
 * non-blank one (row 2 in a tab holding only its header).
 */
export function journalRowFor(values: readonly unknown[][], day: string, timeZone: string): number {
  const existing = rowOf(values, day, timeZone);
  if (existing !== null) return existing;
  let last = values.length;
  while (last > 1 && (values[last - 1] ?? []).every(isBlank)) last--;
  return Math.max(last, 1) + 1;
}
