import { isBlank } from '../../core/read/cell';
import { localDateKey } from '../../core/time/dates';
import {
  journalHeader,
  journalRowFor,
  journalText,
  type JournalLine,
} from '../../core/views/journal';
import { languageOf, type Lang } from '../../core/text/language';
import { render, t } from '../../core/text/messages';
import { TEXT_FORMAT } from '../../core/views/outputTabs';
import { withDocumentLock } from '../documentLock';
import { readJournalTab } from '../journalTab';
import { ensureSize } from '../spreadsheetIo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type JournalOutcome =
  { ok: true; line: JournalLine; message: string } | { ok: false; message: string };

const LOCK_WAIT = { ms: 10_000, busy: 'sidebar.busy' } as const;

type JournalTab = { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string; values: unknown[][] };

/**
 * The Journal tab with its header: created when missing, and given its header when blank (a
 * save that stopped between creating the tab and writing its header is finished by the next).
 */
function journalTab(spreadsheet: Spreadsheet, lang: Lang): JournalTab {
  const found = readJournalTab(spreadsheet);
  if (found !== null && !found.values.every((row) => row.every(isBlank))) return found;
  const name = found?.name ?? t('tab.journal', lang);
  const sheet = found?.sheet ?? spreadsheet.insertSheet(name);
  const header = journalHeader(lang);
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return { sheet, name, values: [header] };
}

/**
 * Sidebar: saves today's one-line journal entry to the Journal / 일지 tab (created when
 * missing). Saving again today replaces today's row. Both cells are plain text, so a line
 * such as "=1+1" or "2025-10-26" stays exactly as typed.
 */
export function saveJournal(text: unknown): JournalOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lang = languageOf(spreadsheet.getSpreadsheetLocale());
  const line = journalText(text);
  if (!line.ok) return { ok: false, message: render(line.expected, lang) };
  return withDocumentLock(lang, LOCK_WAIT, () => {
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const today = localDateKey(new Date(), timeZone);
    const tab = journalTab(spreadsheet, lang);
    const row = journalRowFor(tab.values, today, timeZone);
    // Sheets will not write past the grid's last row; a journal grows a row a day.
    ensureSize(tab.sheet, row, 2);
    const range = tab.sheet.getRange(row, 1, 1, 2);
    range.setNumberFormat(TEXT_FORMAT);
    range.setValues([[today, line.value]]);
    return {
      ok: true,
      line: { date: today, text: line.value },
      message: t('sidebar.journalSaved', lang, { tab: tab.name }),
    };
  });
}
