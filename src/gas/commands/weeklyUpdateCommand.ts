import { localDateKey, parseClockText } from '../../core/time/dates';
import { languageOf, type Lang } from '../../core/text/language';
import { t } from '../../core/text/messages';
import { setupHeaders } from '../../core/read/tabSpecs';
import { formatMoney } from '../../core/text/moneyText';
import { outputTabs, type OutputTab } from '../../core/views/outputTabs';
import { weeklySummary, type WeeklySummary } from '../../core/views/weeklySummary';
import { computeWeeklyUpdate, type WeeklyUpdate } from '../../core/weeklyUpdate';
import { endOfDay } from '../../core/time/period';
import type { TabValues } from '../../core/read/workbookTabs';
import { withDocumentLock } from '../documentLock';
import { recordLastRun } from '../lastRunProperty';
import { appendToLedger } from '../ledgerWriter';
import { userLanguage } from '../locale';
import { plainFailure, safeLanguage } from '../unexpected';
import {
  assertRoomFor,
  drawMarginChart,
  outputTabCells,
  TooManyCells,
  ownedSheets,
  readInputTabs,
  replaceOutputTab,
  unfinishedSheets,
  writeOutputTab,
} from '../spreadsheetIo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT = { ms: 30_000, busy: 'update.busy' } as const;

export interface WeeklyUpdateOptions {
  /** 'YYYY-MM-DD': compute as of the end of that day (default: the newest order). */
  asOf?: string;
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' in the spreadsheet's zone: the clock (default: now). */
  now?: string;
  /** Only append the new Ledger rows; leave the generated tabs as they are. */
  importOnly?: boolean;
}

export type WeeklyUpdateOutcome =
  | { ok: true; message: string; notes: string[]; summary: WeeklySummary }
  | { ok: false; message: string };

/**
 * Rewrites every generated tab; returns a note for each one that had to take another name. The
 * user's view stays on the tab they had open (inserting a tab would move it).
 */
function writeOutputs(spreadsheet: Spreadsheet, tabs: OutputTab[], lang: Lang): string[] {
  const viewed = spreadsheet.getActiveSheet().getName();
  const owned = ownedSheets(spreadsheet, new Map(tabs.map((tab) => [tab.id, tab.name])));
  const unfinished = unfinishedSheets(spreadsheet);
  const names = { suffix: t('app.name', lang), building: t('update.building', lang) };
  const notes: string[] = [];
  for (const tab of tabs) {
    const old = owned.get(tab.id);
    const place = { old, unfinished: unfinished.get(tab.id) ?? [] };
    const used = replaceOutputTab(spreadsheet, tab, place, names, (sheet) => {
      writeOutputTab(sheet, tab);
      if (tab.id !== 'weeklyMargin') return;
      const header = tab.rows[0] ?? [];
      const sales = header.indexOf(t('col.sales', lang));
      drawMarginChart(sheet, tab, sales, header.indexOf(t('col.realMargin', lang)));
    });
    if (!old && used !== tab.name) notes.push(t('update.renamed', lang, { name: tab.name, used }));
  }
  const view = spreadsheet.getSheetByName(viewed);
  if (view) spreadsheet.setActiveSheet(view);
  return notes;
}

function doneMessage(update: WeeklyUpdate, importOnly: boolean): string {
  const { lang } = update;
  const problems = update.problems.length;
  if (importOnly) return t('update.imported', lang, { count: update.import.rows.length, problems });
  // No week is no figure: never ₩0 (a 원장 with no rows yet, or none it can read). A week that
  // holds only disputes or discounts has no margin either.
  const lastWeek = update.weeks.filter((week) => week.sales !== 0 || week.realMargin !== 0).at(-1);
  if (lastWeek === undefined) return t('update.doneNoWeeks', lang, { problems });
  // Sales without any cost are no margin: the margin KPI says NO DATA, and so does the toast.
  if (lastWeek.sales > 0 && lastWeek.cogs === 0) return t('update.doneNoCosts', lang, { problems });
  const margin = formatMoney(lastWeek.realMargin, update.settings.baseCurrency, lang);
  return t('update.done', lang, { margin, problems });
}

/**
 * The write phase. The Ledger first, so a generated tab never shows a sale the Ledger lacks;
 * then each generated tab, swapped in whole. A failure anywhere leaves every tab as it was or
 * fully new, and the next run finishes the job (the Ledger's rows are already there, so it
 * plans nothing twice).
 */
function writeUpdate(
  spreadsheet: Spreadsheet,
  update: WeeklyUpdate,
  tabs: TabValues[],
  importOnly: boolean,
): { message: string; notes: string[]; summary: WeeklySummary } {
  const { lang } = update;
  const tabsOut = importOnly ? [] : outputTabs(update);
  // Each new tab stands beside the old one until it is complete: both count at that moment.
  const ledgerCells = update.import.rows.length * ledgerWidth(spreadsheet, update);
  assertRoomFor(
    spreadsheet,
    tabsOut.reduce((cells, tab) => cells + outputTabCells(tab), ledgerCells),
  );
  appendToLedger(spreadsheet, {
    tab: tabs.find((tab) => tab.name === update.tabNames.ledger) ?? null,
    planned: update.import.rows,
    lang,
    baseCurrency: update.settings.baseCurrency,
  });
  const notes = importOnly ? [] : writeOutputs(spreadsheet, tabsOut, lang);
  return { message: doneMessage(update, importOnly), notes, summary: weeklySummary(update) };
}

/**
 * The columns each row added to the Ledger spans: the tab's width (a user's tab keeps all its
 * columns), or the 8 of a Ledger the update creates (see fitGrid).
 */
function ledgerWidth(spreadsheet: Spreadsheet, update: WeeklyUpdate): number {
  const name = update.tabNames.ledger;
  const sheet = name === undefined ? null : spreadsheet.getSheetByName(name);
  return sheet?.getMaxColumns() ?? setupHeaders('ledger', update.lang).length;
}

/**
 * The options' dates, read in the spreadsheet's zone. A date that does not exist is refused, and
 * so is an as-of day after today: the data cannot be "as of" a day that has not come.
 */
function clocks(
  options: WeeklyUpdateOptions,
  timeZone: string,
  lang: Lang,
): { now: Date; asOf: Date | undefined } | { error: string } {
  const { now: nowText, asOf: asOfDay } = options;
  const now = nowText === undefined ? new Date() : parseClockText(String(nowText), timeZone);
  if (now === null) return { error: t('update.badDate', lang, { value: String(nowText) }) };
  if (asOfDay === undefined) return { now, asOf: undefined };
  const day = /^\d{4}-\d\d-\d\d$/.test(String(asOfDay)) ? parseClockText(asOfDay, timeZone) : null;
  if (day === null) return { error: t('update.badDate', lang, { value: String(asOfDay) }) };
  if (day.getTime() > now.getTime()) {
    const today = localDateKey(now, timeZone);
    return { error: t('update.asOfAfterToday', lang, { asOf: asOfDay, today }) };
  }
  return { now, asOf: endOfDay(asOfDay, timeZone) };
}

/**
 * The weekly update: under the document lock, read every input tab once, compute everything,
 * and only then write (see writeUpdate). Running it twice changes nothing the second time: the
 * import reconciles the Ledger with the tabs, and generated tabs are rewritten with the same
 * content. Every run's outcome, failed or not, is kept for the sidebar (see lastRun.ts).
 */
export function weeklyUpdate(options: WeeklyUpdateOptions | null = {}): WeeklyUpdateOutcome {
  try {
    return updateWhenFree(options ?? {});
  } catch (error) {
    // A service that failed outside the read and write phases (the locale, the lock, the zone):
    // one plain sentence with a log reference, and the run kept for the sidebar if it can be.
    const message = plainFailure(error, safeLanguage(), 'update.failed');
    const outcome = { ok: false as const, message };
    recordQuietly(outcome, !(options?.importOnly ?? false));
    return outcome;
  }
}

function recordQuietly(outcome: WeeklyUpdateOutcome, full: boolean): void {
  try {
    recordLastRun(outcome, new Date(), full);
  } catch {
    // The properties service failed too: the sentence above is all there is to say.
  }
}

function updateWhenFree(options: WeeklyUpdateOptions): WeeklyUpdateOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) return { ok: false, message: t('update.noSpreadsheet', userLanguage()) };
  const lang = languageOf(spreadsheet.getSpreadsheetLocale());
  return withDocumentLock(lang, LOCK_WAIT, () => {
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const clock = clocks(options, timeZone, lang);
    if ('error' in clock) return { ok: false, message: clock.error };
    const outcome = runLocked(spreadsheet, options, clock, lang);
    recordLastRun(outcome, clock.now, !(options.importOnly ?? false));
    return outcome;
  });
}

function runLocked(
  spreadsheet: Spreadsheet,
  options: WeeklyUpdateOptions,
  clock: { now: Date; asOf: Date | undefined },
  lang: Lang,
): WeeklyUpdateOutcome {
  let update: WeeklyUpdate;
  let tabs: TabValues[];
  try {
    tabs = readInputTabs(spreadsheet);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const locale = spreadsheet.getSpreadsheetLocale();
    update = computeWeeklyUpdate({ tabs, timeZone, locale, asOf: clock.asOf, now: clock.now });
  } catch (error) {
    return { ok: false, message: plainFailure(error, lang, 'update.failed') };
  }
  if (!update.tabNames.orders && !update.tabNames.ledger) {
    return { ok: false, message: t('update.noData', lang) };
  }
  try {
    return { ok: true, ...writeUpdate(spreadsheet, update, tabs, options.importOnly ?? false) };
  } catch (error) {
    if (error instanceof TooManyCells) {
      const cells = error.cells.toLocaleString('en-US');
      return { ok: false, message: t('update.tooManyCells', lang, { cells }) };
    }
    return { ok: false, message: plainFailure(error, lang, 'update.writeFailed') };
  }
}
