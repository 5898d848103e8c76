import { languageOf, type Lang } from '../../language';
import { t } from '../../messages';
import { formatMoney } from '../../moneyText';
import { outputTabs, type OutputTab } from '../../outputTabs';
import { weeklySummary, type WeeklySummary } from '../../weeklySummary';
import { computeWeeklyUpdate, endOfDay, type WeeklyUpdate } from '../../weeklyUpdate';
import type { TabValues } from '../../workbookTabs';
import { appendToLedger } from '../ledgerWriter';
import { userLanguage } from '../locale';
import {
  createOwnedSheet,
  drawMarginChart,
  ownedSheets,
  readInputTabs,
  writeOutputTab,
} from '../spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const LAST_UPDATE_PROPERTY = 'sellerRoutine.lastUpdate';
const LOCK_WAIT_MS = 30_000;

export interface WeeklyUpdateOptions {
  /** 'YYYY-MM-DD': compute as of the end of that day (default: the newest order). */
  asOf?: string;
  /** Only append the new Ledger rows; leave the generated tabs as they are. */
  importOnly?: boolean;
}

export type WeeklyUpdateOutcome =
  | { ok: true; message: string; notes: string[]; summary: WeeklySummary }
  | { ok: false; message: string };

/** Writes every generated tab; returns a note for each one that had to take another name. */
function writeOutputs(spreadsheet: Spreadsheet, tabs: OutputTab[], lang: Lang): string[] {
  const owned = ownedSheets(spreadsheet);
  const notes: string[] = [];
  for (const tab of tabs) {
    let sheet = owned.get(tab.id);
    if (!sheet) {
      sheet = createOwnedSheet(spreadsheet, tab, t('app.name', lang));
      const used = sheet.getName();
      if (used !== tab.name) notes.push(t('update.renamed', lang, { name: tab.name, used }));
    }
    writeOutputTab(sheet, tab);
    if (tab.id === 'weeklyMargin') {
      const header = tab.rows[0] ?? [];
      drawMarginChart(
        sheet,
        tab,
        header.indexOf(t('col.sales', lang)),
        header.indexOf(t('col.realMargin', lang)),
      );
    }
  }
  return notes;
}

function doneMessage(update: WeeklyUpdate, importOnly: boolean): string {
  const { lang } = update;
  const problems = update.problems.length;
  if (importOnly) return t('update.imported', lang, { rows: update.import.rows.length, problems });
  const lastWeek = update.weeks.at(-1);
  const margin = formatMoney(lastWeek?.realMargin ?? 0, update.settings.baseCurrency, lang);
  return t('update.done', lang, { margin, problems });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The write phase: generated tabs first, the one Ledger append (the user's tab) last. */
function writeUpdate(
  spreadsheet: Spreadsheet,
  update: WeeklyUpdate,
  tabs: TabValues[],
  importOnly: boolean,
): { message: string; notes: string[]; summary: WeeklySummary } {
  const { lang } = update;
  const notes = importOnly ? [] : writeOutputs(spreadsheet, outputTabs(update), lang);
  appendToLedger(spreadsheet, {
    tab: tabs.find((tab) => tab.name === update.tabNames.ledger) ?? null,
    planned: update.import.rows,
    lang,
    baseCurrency: update.settings.baseCurrency,
  });
  // Only a full update counts as the weekly one: the sidebar says it is due 7 days after it.
  if (!importOnly) {
    PropertiesService.getDocumentProperties().setProperty(
      LAST_UPDATE_PROPERTY,
      new Date().toISOString(),
    );
  }
  return { message: doneMessage(update, importOnly), notes, summary: weeklySummary(update) };
}

/**
 * The weekly update: under the document lock, read every input tab once, compute everything,
 * and only then write, so a failure in reading or computing leaves every tab as it was; the
 * user's own tabs are only ever appended to, last. Running it twice changes nothing the second
 * time (the import adds no row twice; generated tabs are rewritten with the same content).
 */
export function weeklyUpdate(options: WeeklyUpdateOptions = {}): WeeklyUpdateOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) return { ok: false, message: t('update.noSpreadsheet', userLanguage()) };
  const locale = spreadsheet.getSpreadsheetLocale();
  const lang = languageOf(locale);
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: t('update.busy', lang) };
  try {
    let update: WeeklyUpdate;
    let tabs: TabValues[];
    try {
      tabs = readInputTabs(spreadsheet);
      const timeZone = spreadsheet.getSpreadsheetTimeZone();
      const asOf = options.asOf ? endOfDay(options.asOf, timeZone) : undefined;
      update = computeWeeklyUpdate({ tabs, timeZone, locale, asOf });
    } catch (error) {
      return { ok: false, message: t('update.failed', lang, { reason: reasonOf(error) }) };
    }
    if (!update.tabNames.orders && !update.tabNames.ledger) {
      return { ok: false, message: t('update.noData', lang) };
    }
    try {
      return { ok: true, ...writeUpdate(spreadsheet, update, tabs, options.importOnly ?? false) };
    } catch (error) {
      return { ok: false, message: t('update.writeFailed', lang, { reason: reasonOf(error) }) };
    }
  } finally {
    lock.releaseLock();
  }
}
