/**
 * The row loop every tab reader shares: find the columns, skip blank rows, and read each row's
 * cells by canonical key. A cell that cannot be read records one Problem (tab, sheet row, the
 * header as written, the raw value, what was expected) and leaves the whole row out, so a
 * reader states only what it wants from a row, never how to give up on it.
 */
import { isBlank } from './cell';
import { parseCount } from './count';
import { currencyFromSymbol } from './currency';
import {
  cellText,
  parseDateRange,
  parseDateTime,
  plausibleCommonInstant,
  plausibleDate,
  type DateRange,
} from '../time/dates';
import { isRoundedId, normalizeId } from './ids';
import { RecentDates } from './recentDates';
import { msg, type Msg } from '../text/messages';
import { EXPECTED_PLAUSIBLE_AMOUNT, isPlausibleAmount, parseMoney, type Money } from './money';
import { fail, type Parsed, type Problem } from './problem';
import type { ReadContext } from './readContext';
import { detectColumns } from './tabs';
import type { ColumnKey, FormId, TabId } from './tabSpecs';

/** An amount as written and in the base currency. */
export interface BaseMoney {
  amount: number;
  currency: string;
  base: number;
}

export interface CurrencyOptions<K extends string> {
  /** The row's currency column, for cells that name no currency. */
  currencyKey?: K;
  /** Used before the base currency when the cell names none (e.g. a header says CNY). */
  fallbackCurrency?: string;
}

/** No currency column and no fallback: shared, so a call without options makes no object. */
const NO_OPTIONS: CurrencyOptions<never> = Object.freeze({});

/** The longest id or name read (AliExpress ids have 16 digits, SKU codes a few dozen characters). */
export const MAX_NAME_CHARS = 200;

/** Columns holding a deadline, which may lie in the future (docs/rules.md §3 implausible dates). */
const DEADLINES: ReadonlySet<string> = new Set(['shipBy']);

/** Thrown by RowCells.reject and caught by readTabRows: it never leaves this module's loop. */
class RowRejected extends Error {}

/**
 * Distinct texts a column remembers per parser in one read: a column of repeated values (a
 * status, a price, a product code) has far fewer; one of mostly distinct values (times to the
 * minute) fills up, and is then no longer looked up unless half its lookups found their text.
 */
const REMEMBERED_TEXTS = 4_096;

/** One column's texts and what one parser made of them, with how often a text came back. */
interface ColumnReadings {
  parse: unknown;
  texts: Map<string, unknown>;
  lookups: number;
  hits: number;
  /** The column's last text and its reading: a sorted export repeats the row above's. */
  lastText: string | null;
  lastValue: unknown;
}

/**
 * What one read has made of the texts of each column, by parser. A column repeats its texts,
 * so each distinct one is parsed once: readings are plain values the readers never change,
 * and rows with the same text share them.
 */
class TextReadings {
  /** By column, the readings of the parser that read it first: nearly every column has one. */
  private readonly firstParser: (ColumnReadings | undefined)[] = [];
  /** By parser, then column: the readings of any other parser of a column. */
  private readonly otherParsers = new Map<unknown, ColumnReadings[]>();
  /** A row often writes one text twice (an order time again as the pay time). */
  private lastParse: unknown = null;
  private lastText: string | null = null;
  private lastValue: unknown = undefined;

  reading<T>(
    parse: (text: string, ctx: ReadContext) => T,
    column: number,
    text: string,
    ctx: ReadContext,
  ): T {
    if (text === this.lastText && parse === this.lastParse) return this.lastValue as T;
    const readings = this.columnReadings(parse, column);
    let value: T;
    if (text === readings.lastText) value = readings.lastValue as T;
    else {
      value = this.rememberedReading(readings, parse, text, ctx);
      readings.lastText = text;
      readings.lastValue = value;
    }
    this.lastParse = parse;
    this.lastText = text;
    this.lastValue = value;
    return value;
  }

  private columnReadings(parse: unknown, column: number): ColumnReadings {
    const first = this.firstParser[column];
    if (first !== undefined && first.parse === parse) return first;
    if (first === undefined) return (this.firstParser[column] = newReadings(parse));
    let columns = this.otherParsers.get(parse);
    if (columns === undefined) {
      columns = [];
      this.otherParsers.set(parse, columns);
    }
    return (columns[column] ??= newReadings(parse));
  }

  private rememberedReading<T>(
    readings: ColumnReadings,
    parse: (text: string, ctx: ReadContext) => T,
    text: string,
    ctx: ReadContext,
  ): T {
    const { texts } = readings;
    const full = texts.size >= REMEMBERED_TEXTS;
    if (full && readings.hits * 2 < readings.lookups) return parse(text, ctx);
    readings.lookups++;
    // A reading is never undefined: a parser answers a value, null or a failure.
    const known = texts.get(text);
    if (known !== undefined) {
      readings.hits++;
      return known as T;
    }
    const value = parse(text, ctx);
    if (!full) texts.set(text, value);
    return value;
  }
}

function newReadings(parse: unknown): ColumnReadings {
  return { parse, texts: new Map(), lookups: 0, hits: 0, lastText: null, lastValue: undefined };
}

/**
 * One row's cells, read by canonical key. A read moves one RowCells from row to row (`moveTo`)
 * rather than making one per row: a reader uses the row only while its `readRow` runs.
 */
export class RowCells<K extends string> {
  private values: readonly unknown[] = [];
  private formats: readonly string[] | undefined = undefined;
  /** The sheet's row number (1-based) of the row being read. */
  sheetRow = 0;
  private readonly recentDates = new RecentDates();

  constructor(
    private readonly columns: ReadonlyMap<K, number>,
    private readonly headers: readonly string[],
    private readonly ctx: ReadContext,
    private readonly problems: Problem[],
    private readonly readings: TextReadings,
  ) {}

  /** Makes this the row `values` (with its number formats) at sheet row `sheetRow`. */
  moveTo(values: readonly unknown[], formats: readonly string[] | undefined, sheetRow: number) {
    this.values = values;
    this.formats = formats;
    this.sheetRow = sheetRow;
  }

  /**
   * `parse` of the cell, asked once per distinct text of the column in this read (a number or a
   * Date is parsed each time). `parse` must depend on the cell alone, and its result must not
   * be changed: rows with the same text share it.
   */
  parsed<T>(key: K, parse: (cell: unknown, ctx: ReadContext) => T): T {
    return this.parsedAt(this.columns.get(key), parse);
  }

  /** `parsed` by the column's index: readers of many cells a row look each column up once. */
  private parsedAt<T>(index: number | undefined, parse: (cell: unknown, ctx: ReadContext) => T): T {
    const cell = this.cellAt(index);
    if (index === undefined || typeof cell !== 'string') return parse(cell, this.ctx);
    return this.readings.reading(parse, index, cell, this.ctx);
  }

  private cellAt(index: number | undefined): unknown {
    return index === undefined ? '' : this.values[index];
  }

  /** Whether the tab has the column at all (an export may leave columns out). */
  has(key: K): boolean {
    return this.columns.get(key) !== undefined;
  }

  /** The raw cell; '' when the tab has no such column. */
  cell(key: K): unknown {
    return this.cellAt(this.columns.get(key));
  }

  isBlank(key: K): boolean {
    return isBlank(this.cell(key));
  }

  /** Trimmed text, or null when blank or absent. */
  text(key: K): string | null {
    return this.isBlank(key) ? null : String(this.cell(key)).trim();
  }

  /**
   * Null when blank; an id a spreadsheet rounded (`3.07509E+15`) or made a date (the SKU `3-4`)
   * rejects the row (docs/rules.md §3).
   */
  id(key: K): string | null {
    const cell = this.cell(key);
    if (isRoundedId(cell)) return this.reject(key, msg('expected.wholeId'));
    if (cell instanceof Date) return this.reject(key, msg('expected.idNotDate'));
    return this.short(key, normalizeId(cell));
  }

  /** Trimmed text that names something (a campaign, a fee item): short, like an id. */
  name(key: K): string | null {
    return this.short(key, this.text(key));
  }

  /**
   * Ids and names go into Source Keys and memos; a cell of thousands of characters is a paste
   * gone wrong, not a name, and would make a key longer than a cell may hold.
   */
  private short(key: K, text: string | null): string | null {
    if (text === null || text.length <= MAX_NAME_CHARS) return text;
    return this.reject(key, msg('expected.shortName', { max: MAX_NAME_CHARS }));
  }

  requiredId(key: K): string {
    return this.id(key) ?? this.reject(key, msg('expected.id'));
  }

  /** Null when blank; a value that is not a date rejects the row. */
  date(key: K): Date | null {
    const index = this.columns.get(key);
    return isBlank(this.cellAt(index)) ? null : this.dateAt(key, index);
  }

  /**
   * A date of something that happened: from 2000 to a day after the run's clock (docs/rules.md §3); a
   * deadline (ship-by) may lie ahead.
   */
  requiredDate(key: K): Date {
    return this.dateAt(key, this.columns.get(key));
  }

  /**
   * `date` as milliseconds since 1970, for a time a long-kept list only compares: no Date made.
   * @example row.instant('shippedTime') // 1756688400000 for '2025-09-01 10:00' in Seoul
   */
  instant(key: K): number | null {
    const index = this.columns.get(key);
    const cell = this.cellAt(index);
    if (isBlank(cell)) return null;
    const instant = this.commonInstant(key, cell);
    return Number.isNaN(instant) ? this.otherDate(key, index).getTime() : instant;
  }

  private dateAt(key: K, index: number | undefined): Date {
    const instant = this.commonInstant(key, this.cellAt(index));
    return Number.isNaN(instant) ? this.otherDate(key, index) : this.recentDates.dateAt(instant);
  }

  /**
   * Nearly every date an export writes is in the common form and plausible: reading it is
   * quicker than looking its text up among the column's (times to the minute are mostly
   * distinct). NaN for any other cell, which `otherDate` reads and explains.
   */
  private commonInstant(key: K, cell: unknown): number {
    if (typeof cell !== 'string') return Number.NaN;
    const { timeZone, now } = this.ctx;
    return plausibleCommonInstant(cell, timeZone, DEADLINES.has(key) ? undefined : now);
  }

  private otherDate(key: K, index: number | undefined): Date {
    const parsed = this.parsedAt(index, DEADLINES.has(key) ? deadline : pastDate);
    return parsed.ok ? parsed.value : this.reject(key, parsed.expected);
  }

  /** A period (a date or a range `2025-09-01 ~ 2025-09-07`) whose days are plausible dates. */
  requiredRange(key: K): DateRange {
    const parsed = parseDateRange(this.cell(key), this.ctx);
    if (!parsed.ok) return this.reject(key, parsed.expected);
    const { timeZone, now } = this.ctx;
    const implausible =
      plausibleDate(parsed.value.start, timeZone, now) ??
      plausibleDate(parsed.value.end, timeZone, now);
    return implausible === null ? parsed.value : this.reject(key, implausible);
  }

  /** Null when blank; a cell that is no count ≥ 0 rejects the row, or, with `keepRow`, is unknown. */
  count(key: K, keepRow = false): number | null {
    const index = this.columns.get(key);
    if (isBlank(this.cellAt(index))) return null;
    const parsed = this.parsedAt(index, parseCount);
    if (parsed.ok) return parsed.value;
    return keepRow ? this.flag(key, parsed.expected) : this.reject(key, parsed.expected);
  }

  /** Null when blank; text that is not an amount rejects the row. */
  money(key: K): Money | null {
    const index = this.columns.get(key);
    return isBlank(this.cellAt(index)) ? null : this.moneyAt(key, index);
  }

  requiredMoney(key: K): Money {
    return this.moneyAt(key, this.columns.get(key));
  }

  private moneyAt(key: K, index: number | undefined): Money {
    const cell = this.cellAt(index);
    // A number's currency comes from its format; a text names its own.
    const parsed =
      typeof cell === 'string'
        ? this.parsedAt(index, moneyText)
        : parseMoney(cell, index === undefined ? undefined : this.formats?.[index]);
    return parsed.ok ? parsed.value : this.reject(key, parsed.expected);
  }

  /** Like `requiredMoneyInBase`, but null when the cell is blank. */
  moneyInBase(
    key: K,
    date: Date | null,
    options: CurrencyOptions<K> = NO_OPTIONS,
  ): BaseMoney | null {
    const index = this.columns.get(key);
    if (isBlank(this.cellAt(index))) return null;
    return this.baseMoney(key, this.moneyAt(key, index), date, options);
  }

  /** `moneyInBase(…)?.base` without making the object, for an amount in the cell's currency. */
  amountInBase(key: K, date: Date | null): number | null {
    const index = this.columns.get(key);
    if (isBlank(this.cellAt(index))) return null;
    const money = this.moneyAt(key, index);
    return this.baseOf(key, money, this.currencyOf(money), date);
  }

  /**
   * A money cell and its value in the base currency at `date`'s rate. No rate for its currency
   * rejects the row.
   */
  requiredMoneyInBase(
    key: K,
    date: Date | null,
    options: CurrencyOptions<K> = NO_OPTIONS,
  ): BaseMoney {
    return this.baseMoney(key, this.requiredMoney(key), date, options);
  }

  private baseMoney(
    key: K,
    money: Money,
    date: Date | null,
    options: CurrencyOptions<K>,
  ): BaseMoney {
    const currency = this.currencyOf(money, options);
    return { amount: money.amount, currency, base: this.baseOf(key, money, currency, date) };
  }

  private baseOf(key: K, money: Money, currency: string, date: Date | null): number {
    const base = this.ctx.fx.convert(money.amount, currency, date);
    if (base === null) return this.reject(key, msg('expected.fxRateFor', { currency }));
    return isPlausibleAmount(base) ? base : this.reject(key, EXPECTED_PLAUSIBLE_AMOUNT);
  }

  /**
   * The cell's currency, else the row's currency column, else the fallback, else the base.
   * A currency column naming no currency rejects the row rather than assuming the base.
   */
  currencyOf(money: Money, options: CurrencyOptions<K> = NO_OPTIONS): string {
    if (money.currency !== null) return money.currency;
    const column = options.currencyKey === undefined ? null : this.text(options.currencyKey);
    if (column === null) return options.fallbackCurrency ?? this.ctx.baseCurrency;
    return (
      currencyFromSymbol(column) ??
      this.reject(options.currencyKey as K, msg('expected.currencyCode'))
    );
  }

  /** The row's cells as getValues gave them, for comparing whole rows (never to be changed). */
  cells(): readonly unknown[] {
    return this.values;
  }

  /** The header as the user wrote it (the key when the tab has no such column). */
  header(key: K): string {
    const index = this.columns.get(key);
    return index === undefined ? key : (this.headers[index] ?? key);
  }

  /** Records a Problem for the cell and leaves the row out. */
  reject(key: K, expected: Msg): never {
    this.flag(key, expected);
    throw new RowRejected();
  }

  /** Records a Problem for the cell; the row stays, without that value. */
  private flag(key: K, expected: Msg): null {
    this.problems.push({
      tab: this.ctx.tabName,
      row: this.sheetRow,
      column: this.header(key),
      value: this.isBlank(key) ? '' : cellText(this.cell(key), this.ctx.timeZone),
      expected,
    });
    return null;
  }
}

function moneyText(cell: unknown): Parsed<Money> {
  return parseMoney(cell);
}

/** A date of something that happened: from 2000 to a day after the run's clock. */
function pastDate(cell: unknown, ctx: ReadContext): Parsed<Date> {
  return plausibleDateOf(cell, ctx, ctx.now);
}

/** A deadline, which may lie ahead: from 2000 on. */
function deadline(cell: unknown, ctx: ReadContext): Parsed<Date> {
  return plausibleDateOf(cell, ctx, undefined);
}

/** The slow path of `dateAt`: any date form, and why a date is not plausible. */
function plausibleDateOf(cell: unknown, ctx: ReadContext, now: Date | undefined): Parsed<Date> {
  const parsed = parseDateTime(cell, ctx);
  if (!parsed.ok) return parsed;
  const implausible = plausibleDate(parsed.value, ctx.timeZone, now);
  return implausible === null ? parsed : fail(implausible);
}

export interface TabRead<T> {
  records: T[];
  problems: Problem[];
}

/**
 * Reads every non-blank row below the header with `readRow` (which returns null for a row to
 * leave out without a Problem). A tab missing a required column gives only that Problem.
 */
export function readTabRows<I extends TabId, T>(
  values: unknown[][],
  tabId: I,
  ctx: ReadContext,
  numberFormats: string[][] | undefined,
  readRow: (row: RowCells<ColumnKey<I>>, form: FormId) => T | null,
): TabRead<T> {
  const detected = detectColumns(values, tabId, ctx.tabName);
  if (detected.problems.length > 0) return { records: [], problems: detected.problems };
  const records: T[] = [];
  const problems: Problem[] = detected.ambiguous.slice();
  const readings = new TextReadings();
  // Looked up for every cell of every row: a Map answers faster than an object of many keys.
  const columns = new Map(
    Object.entries(detected.columns).filter(
      (entry): entry is [ColumnKey<I>, number] => entry[1] !== undefined,
    ),
  );
  const row = new RowCells(columns, detected.headers, ctx, problems, readings);
  for (let r = detected.headerRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.every(isBlank)) continue;
    row.moveTo(cells, numberFormats?.[r], r + 1);
    try {
      const record = readRow(row, detected.form);
      if (record !== null) records.push(record);
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
    }
  }
  return { records, problems };
}
