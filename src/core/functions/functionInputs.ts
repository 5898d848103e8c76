/**
 * The workbook a custom function is given as arguments: each range is read with the reader and
 * the read context the weekly update uses, so a cell and the generated tabs agree to the last
 * digit. The first Problem ends the call with its message (a figure that quietly skipped a row
 * would be a wrong number); so does a rate over nothing, with a NO DATA message.
 */
import { isBlank } from '../read/cell';
import {
  cellText,
  dayFirstFromLocale,
  localDateKey,
  parseDateTime,
  plausibleDate,
} from '../time/dates';
import { FxTable, type FxRate } from '../metrics/fx';
import { languageOf, type Lang } from '../text/language';
import { readLedger, type LedgerEntry } from '../ledger/readLedger';
import { type MessageKey, msg, type Msg, t } from '../text/messages';
import { asOfInstant, kpiWindow, type Period } from '../time/period';
import type { Problem } from '../read/problem';
import { describeProblem } from '../text/problemText';
import type { ReadContext } from '../read/readContext';
import { readAds } from '../read/readAds';
import { readDisputes } from '../read/readDisputes';
import { readMessages } from '../read/readMessages';
import { readOrders } from '../read/readOrders';
import { readSettlement, type SettlementMovement } from '../read/readSettlement';
import { readSkus } from '../read/readSkus';
import type { TabRead } from '../read/tabRows';
import { readTraffic } from '../read/readTraffic';
import type { AdRow, Dispute, Message, Order, SkuInfo, TrafficRow } from '../read/records';
import { readSettings, type Settings } from '../read/settings';
import { tabSpec, type TabId } from '../read/tabSpecs';
import type { CellOut, FunctionContext, FunctionResult } from './spec';
import { asTable, firstCells } from './table';

/** Ends a call with a message for the cell; thrown and caught only inside `computeWith`. */
class Answer extends Error {}

/** An argument Sheets passes for an omitted parameter, a skipped one (`F(a,,c)`) or a blank cell. */
export function isOmitted(arg: unknown): boolean {
  return isBlank(arg) || (Array.isArray(arg) && asTable(arg).every((row) => row.every(isBlank)));
}

export class FunctionInputs {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly fxRates: FxRate[];
  private readonly fx: FxTable;

  constructor(
    readonly ctx: FunctionContext,
    settingsArg: unknown,
  ) {
    this.lang = languageOf(ctx.locale);
    const read = readSettings(asTable(settingsArg), this.tabName('settings'), ctx.timeZone);
    this.fail(read.problems);
    this.settings = read.settings;
    this.fxRates = read.fxRates;
    this.fx = new FxTable(read.settings.baseCurrency, read.fxRates);
  }

  ledger(arg: unknown): LedgerEntry[] {
    const read = readLedger(asTable(arg), this.readContext('ledger'));
    this.fail(read.problems);
    return read.entries;
  }

  orders(arg: unknown): Order[] {
    return this.read('orders', arg, readOrders);
  }

  disputes(arg: unknown): Dispute[] {
    return this.read('disputes', arg, readDisputes);
  }

  traffic(arg: unknown): TrafficRow[] {
    return this.read('traffic', arg, readTraffic);
  }

  ads(arg: unknown): AdRow[] {
    return this.read('ads', arg, readAds);
  }

  messages(arg: unknown): Message[] {
    return this.read('messages', arg, readMessages);
  }

  skus(arg: unknown): SkuInfo[] {
    return this.read('sku', arg, readSkus);
  }

  settlement(arg: unknown): SettlementMovement[] {
    return this.read('settlement', arg, readSettlement);
  }

  /** The Settings range's FX table, for functions that convert themselves. */
  get fxTable(): FxTable {
    return this.fx;
  }

  /**
   * The as-of argument, else the newest of `dataDates` (as the weekly update takes the newest
   * order time): never the clock, so a cell gives the same answer tomorrow.
   */
  asOf(arg: unknown, dataDates: readonly (Date | null)[], dataTab: TabId): Date {
    if (!isOmitted(arg)) {
      const cell = this.scalar(arg, 'fn.arg.asOf');
      const date = this.date(cell, 'fn.arg.asOf', false);
      // A time written out (`2025-09-22 00:00`) is kept; a day alone means the end of that day.
      const timed = typeof cell === 'string' && /\d:\d/.test(cell);
      return timed ? date : asOfInstant(date, this.ctx.timeZone);
    }
    // A loop rather than a list of times: a range of 100,000 orders asks this once per call.
    let latest = -Infinity;
    for (const date of dataDates)
      if (date !== null && date.getTime() > latest) latest = date.getTime();
    if (latest === -Infinity) this.answer('fn.noData.dates', { range: this.tabName(dataTab) });
    return new Date(latest);
  }

  /** The as-of argument, else the newest order's sale (pay) time, else its order time. */
  ordersAsOf(arg: unknown, orders: readonly Order[]): Date {
    const times = orders.map((order) => order.saleTime ?? order.orderTime);
    return this.asOf(arg, times, 'orders');
  }

  /** The KPI window (Settings "KPI window days") ending with the as-of day, as the weekly update's. */
  window(asOf: Date): Period {
    return kpiWindow(asOf, this.settings.kpiWindowDays, this.ctx.timeZone);
  }

  /**
   * A date argument read like a date cell of the tabs (serials and text in the sheet's zone).
   * The date of something that happened (a pay time) is held, like the tabs' dates, to 2000 – a
   * day after the sheet's clock; a day to ask about (an as-of day) may lie ahead, up to 9999.
   */
  date(arg: unknown, name: MessageKey, happened: boolean): Date {
    const cell = this.scalar(arg, name);
    const parsed = parseDateTime(cell, this.dateContext());
    if (!parsed.ok) this.badArgument(name, cell, msg('expected.asOfDate'));
    const now = happened ? this.ctx.now : undefined;
    const implausible = plausibleDate(parsed.value, this.ctx.timeZone, now);
    if (implausible !== null) this.badArgument(name, cell, implausible);
    return parsed.value;
  }

  /** A one-cell argument; a range of several cells is refused rather than guessed at. */
  scalar(arg: unknown, name: MessageKey): unknown {
    const cells = firstCells(arg, 2);
    if (cells.length > 1) this.badArgument(name, '', msg('expected.oneCell'));
    return cells[0] ?? '';
  }

  /** Ends the call: `name: "value" — expected …`, the wording of every other input Problem. */
  badArgument(name: MessageKey, value: unknown, expected: Msg): never {
    const shown = Array.isArray(value) ? '' : cellText(value, this.ctx.timeZone);
    const problem = { tab: t(name, this.lang), row: null, column: null, value: shown, expected };
    throw new Answer(describeProblem(problem, this.lang));
  }

  /** Ends the call with a message, e.g. a NO DATA sentence. */
  answer(key: MessageKey, params: Record<string, string | number> = {}): never {
    throw new Answer(t(key, this.lang, params));
  }

  /** Ends the call with another function's sentence, as that function said it. */
  passOn(sentence: string): never {
    throw new Answer(sentence);
  }

  /** Ends the call with NO DATA for a rate over an empty KPI window. */
  noDataInWindow(key: MessageKey, asOf: Date, params: Record<string, string | number> = {}): never {
    const days = this.settings.kpiWindowDays;
    return this.answer(key, { days, asOf: localDateKey(asOf, this.ctx.timeZone), ...params });
  }

  tabName(tabId: TabId): string {
    return tabSpec(tabId)[this.lang];
  }

  private read<T>(
    tabId: TabId,
    arg: unknown,
    reader: (values: unknown[][], ctx: ReadContext) => TabRead<T>,
  ): T[] {
    const read = reader(asTable(arg), this.readContext(tabId));
    this.fail(read.problems);
    return read.records;
  }

  private fail(problems: readonly Problem[]): void {
    const [problem] = problems;
    if (problem) throw new Answer(describeProblem(problem, this.lang));
  }

  private dateContext() {
    const { timeZone, locale, now } = this.ctx;
    return { timeZone, dayFirst: dayFirstFromLocale(locale), now };
  }

  /** The weekly update's read context; the tab is named in the sheet's language. */
  private readContext(tabId: TabId): ReadContext {
    return {
      ...this.dateContext(),
      tabName: this.tabName(tabId),
      baseCurrency: this.settings.baseCurrency,
      fx: this.fx,
    };
  }
}

/**
 * Runs `compute` on the arguments' workbook; whatever ends the call early (an unreadable row,
 * a bad argument, NO DATA) becomes the cell's message.
 */
export function computeWith(
  ctx: FunctionContext,
  settingsArg: unknown,
  compute: (inputs: FunctionInputs) => CellOut | CellOut[][],
): FunctionResult {
  try {
    return { ok: true, value: compute(new FunctionInputs(ctx, settingsArg)) };
  } catch (error) {
    if (error instanceof Answer) return { ok: false, message: error.message };
    throw error;
  }
}
