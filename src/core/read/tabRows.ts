/**
 * The row loop every tab reader shares: find the columns, skip blank rows, and read each row's
 * cells by canonical key. A cell that cannot be read records one Problem (tab, sheet row, the
 * header as written, the raw value, what was expected) and leaves the whole row out, so a
 * reader states only what it wants from a row, never how to give up on it.
 */
import { isBlank } from './cell';
import { parseCount } from './count';
import { currencyFromSymbol } from './currency';
import { parseDateRange, parseDateTime, plausibleDate, type DateRange } from '../time/dates';
import { isRoundedId, normalizeId } from './ids';
import { msg, type Msg } from '../text/messages';
import { parseMoney, type Money } from './money';
import type { Problem } from './problem';
import type { ReadContext } from './readContext';
import { detectColumns, type ColumnIndexes } from './tabs';
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

/** The longest id or name read (AliExpress ids have 16 digits, SKU codes a few dozen characters). */
const MAX_NAME_CHARS = 200;

/** Columns holding a deadline, which may lie in the future (docs/rules.md §3 implausible dates). */
const DEADLINES: ReadonlySet<string> = new Set(['shipBy']);

/** Thrown by RowCells.reject and caught by readTabRows: it never leaves this module's loop. */
class RowRejected extends Error {}

export class RowCells<K extends string> {
  constructor(
    private readonly values: readonly unknown[],
    private readonly formats: readonly string[] | undefined,
    private readonly columns: ColumnIndexes<K>,
    private readonly headers: readonly string[],
    readonly sheetRow: number,
    private readonly ctx: ReadContext,
    private readonly problems: Problem[],
  ) {}

  /** Whether the tab has the column at all (an export may leave columns out). */
  has(key: K): boolean {
    return this.columns[key] !== undefined;
  }

  /** The raw cell; '' when the tab has no such column. */
  cell(key: K): unknown {
    const index = this.columns[key];
    return index === undefined ? '' : this.values[index];
  }

  isBlank(key: K): boolean {
    return isBlank(this.cell(key));
  }

  /** Trimmed text, or null when blank or absent. */
  text(key: K): string | null {
    return this.isBlank(key) ? null : String(this.cell(key)).trim();
  }

  /** Null when blank; an id a spreadsheet rounded (`3.07509E+15`) rejects the row (docs/rules.md §3). */
  id(key: K): string | null {
    const cell = this.cell(key);
    if (isRoundedId(cell)) return this.reject(key, msg('expected.wholeId'));
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
    return this.isBlank(key) ? null : this.requiredDate(key);
  }

  /**
   * A date of something that happened: from 2000 to a day after the run's clock (docs/rules.md §3); a
   * deadline (ship-by) may lie ahead.
   */
  requiredDate(key: K): Date {
    const parsed = parseDateTime(this.cell(key), this.ctx);
    if (!parsed.ok) return this.reject(key, parsed.expected);
    const now = DEADLINES.has(key) ? undefined : this.ctx.now;
    const implausible = plausibleDate(parsed.value, this.ctx.timeZone, now);
    return implausible === null ? parsed.value : this.reject(key, implausible);
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

  /** Null when blank; text that is not a whole number ≥ 0 rejects the row. */
  count(key: K): number | null {
    if (this.isBlank(key)) return null;
    const parsed = parseCount(this.cell(key));
    return parsed.ok ? parsed.value : this.reject(key, parsed.expected);
  }

  /** Null when blank; text that is not an amount rejects the row. */
  money(key: K): Money | null {
    return this.isBlank(key) ? null : this.requiredMoney(key);
  }

  requiredMoney(key: K): Money {
    const index = this.columns[key];
    const format = index === undefined ? undefined : this.formats?.[index];
    const parsed = parseMoney(this.cell(key), format);
    return parsed.ok ? parsed.value : this.reject(key, parsed.expected);
  }

  /** Like `requiredMoneyInBase`, but null when the cell is blank. */
  moneyInBase(key: K, date: Date | null, options: CurrencyOptions<K> = {}): BaseMoney | null {
    return this.isBlank(key) ? null : this.requiredMoneyInBase(key, date, options);
  }

  /**
   * A money cell and its value in the base currency at `date`'s rate. No rate for its currency
   * rejects the row.
   */
  requiredMoneyInBase(key: K, date: Date | null, options: CurrencyOptions<K> = {}): BaseMoney {
    const money = this.requiredMoney(key);
    const currency = this.currencyOf(money, options);
    const base = this.ctx.fx.convert(money.amount, currency, date);
    if (base === null) return this.reject(key, msg('expected.fxRateFor', { currency }));
    return { amount: money.amount, currency, base };
  }

  /**
   * The cell's currency, else the row's currency column, else the fallback, else the base.
   * A currency column naming no currency rejects the row rather than assuming the base.
   */
  currencyOf(money: Money, options: CurrencyOptions<K> = {}): string {
    if (money.currency !== null) return money.currency;
    const column = options.currencyKey === undefined ? null : this.text(options.currencyKey);
    if (column === null) return options.fallbackCurrency ?? this.ctx.baseCurrency;
    return (
      currencyFromSymbol(column) ??
      this.reject(options.currencyKey as K, msg('expected.currencyCode'))
    );
  }

  /**
   * Every cell of the row as one text, so that a row repeated exactly (a re-pasted export) can
   * be counted once.
   */
  signature(): string {
    return this.values.map(cellText).join('\u001f');
  }

  /** The header as the user wrote it (the key when the tab has no such column). */
  header(key: K): string {
    const index = this.columns[key];
    return index === undefined ? key : (this.headers[index] ?? key);
  }

  /** Records a Problem for the cell and leaves the row out. */
  reject(key: K, expected: Msg): never {
    this.problems.push({
      tab: this.ctx.tabName,
      row: this.sheetRow,
      column: this.header(key),
      value: this.isBlank(key) ? '' : String(this.cell(key)),
      expected,
    });
    throw new RowRejected();
  }
}

function cellText(cell: unknown): string {
  return cell instanceof Date ? `@${cell.getTime()}` : String(cell);
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
  for (let r = detected.headerRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.every(isBlank)) continue;
    const row = new RowCells(
      cells,
      numberFormats?.[r],
      detected.columns,
      detected.headers,
      r + 1,
      ctx,
      problems,
    );
    try {
      const record = readRow(row, detected.form);
      if (record !== null) records.push(record);
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
    }
  }
  return { records, problems };
}

/**
 * Remembers the rows read so far, so that a row repeating an earlier one cell for cell (the
 * same export pasted twice) is read once (docs/rules.md §3: Ads and Settlement).
 * @example const repeats = new RepeatedRows(); repeats.isRepeat(row) // false, then true for its copy
 */
export class RepeatedRows {
  private readonly seen = new Set<string>();
  count = 0;

  isRepeat(row: { signature(): string }): boolean {
    const signature = row.signature();
    if (!this.seen.has(signature)) {
      this.seen.add(signature);
      return false;
    }
    this.count++;
    return true;
  }
}
