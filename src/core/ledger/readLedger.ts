import { isBlank } from '../read/cell';
import { currencyFromSymbol } from '../read/currency';
import { cellText, parseDateTime, plausibleDate, type DateContext } from '../time/dates';
import type { FxTable } from '../metrics/fx';
import { normalizeId } from '../read/ids';
import { parseLedgerType, type LedgerType } from './ledgerType';
import { EXPECTED_PLAUSIBLE_AMOUNT, isPlausibleAmount, parseMoney } from '../read/money';
import { ok, type Parsed, type Problem } from '../read/problem';
import { detectColumns } from '../read/tabs';
import { msg, type Msg } from '../text/messages';

/** One money movement of the Ledger tab, converted to the base currency. */
export interface LedgerEntry {
  /** 1-based sheet row. */
  row: number;
  date: Date | null;
  type: LedgerType;
  /** As entered (positive = the usual direction for its type; negative = a reversal). */
  amount: number;
  currency: string;
  /** `amount` in the base currency, at the rate of `date`. */
  baseAmount: number;
  sku: string | null;
  orderId: string | null;
  memo: string;
  sourceKey: string | null;
}

export interface LedgerContext extends DateContext {
  tabName: string;
  baseCurrency: string;
  fx: FxTable;
}

export interface LedgerRead {
  entries: LedgerEntry[];
  problems: Problem[];
  /**
   * Source Keys of rows that could not be read: the import leaves their items alone, since
   * what the Ledger holds for them is unknown (the Problem says which row to fix).
   */
  unreadableKeys: string[];
  /**
   * Whether the import may append to the tab: it is blank, or its header names each column
   * once. Otherwise the import could not tell which rows it already wrote (a Source Key column
   * named twice is read as none) nor where to write new ones.
   */
  appendable: boolean;
}

/** Where each field sits in the tab's rows; −1 for an optional column the tab does not have. */
interface LedgerColumns {
  date: number;
  type: number;
  amount: number;
  currency: number;
  sku: number;
  orderId: number;
  memo: number;
  sourceKey: number;
}

/** A row that could not be read: the cell to fix and what it should hold. */
interface RowProblem {
  at: number;
  value: unknown;
  expected: Msg;
}

/**
 * Reads the Ledger tab's values (header row included, as `getValues()` gives them). Blank rows
 * are skipped; every other row either becomes an entry or a Problem, never a silent 0.
 * @example readLedger([['Date','Type','Amount'],[new Date(),'Sale','$10']], ctx).entries[0].amount // 10
 */
export function readLedger(
  values: unknown[][],
  ctx: LedgerContext,
  numberFormats?: string[][],
): LedgerRead {
  const detected = detectColumns(values, 'ledger', ctx.tabName);
  if (detected.problems.length > 0) {
    const blank = values.every((row) => row.every(isBlank));
    return { entries: [], problems: detected.problems, unreadableKeys: [], appendable: blank };
  }
  const { columns, headerRow } = detected;
  const column = (key: keyof typeof columns): number => columns[key] ?? -1;
  const reader = new LedgerRowReader(ctx, {
    date: column('date'),
    type: column('type'),
    amount: column('amount'),
    currency: column('currency'),
    sku: column('sku'),
    orderId: column('orderId'),
    memo: column('memo'),
    sourceKey: column('sourceKey'),
  });
  const read: LedgerRead = {
    entries: [],
    problems: detected.ambiguous.slice(),
    unreadableKeys: [],
    appendable: detected.ambiguous.length === 0,
  };
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const entry = reader.entryOf(row, r + 1, numberFormats?.[r]);
    if (entry === null) continue;
    if ('expected' in entry) {
      // Problems name the columns as the tab's header writes them.
      const { at, value, expected } = entry;
      const where = { tab: ctx.tabName, row: r + 1, column: detected.headers[at] || '' };
      read.problems.push({ ...where, value: cellText(value, ctx.timeZone), expected });
      const key = normalizeId(cellAt(row, reader.columns.sourceKey));
      if (key !== null) read.unreadableKeys.push(key);
    } else {
      read.entries.push(entry);
    }
  }
  return read;
}

/** Turns one Ledger row into an entry, or says which cell keeps it from being one. */
class LedgerRowReader {
  // A ledger holds a handful of distinct types and currencies over many rows.
  private readonly typeOf = memoize(parseLedgerType);
  private readonly currencyOf = memoize((cell: unknown) => currencyFromSymbol(String(cell)));

  constructor(
    private readonly ctx: LedgerContext,
    readonly columns: LedgerColumns,
  ) {}

  /** null for a blank row. */
  entryOf(row: unknown[], sheetRow: number, formats?: string[]): LedgerEntry | RowProblem | null {
    const { columns: at, ctx } = this;
    const typeCell = row[at.type];
    if (isBlank(typeCell) && row.every(isBlank)) return null;
    const type = this.typeOf(typeCell);
    if (!type) return { at: at.type, value: typeCell, expected: msg('expected.ledgerType') };
    const amountCell = row[at.amount];
    const money = parseMoney(amountCell, formats?.[at.amount]);
    if (!money.ok) return { at: at.amount, value: amountCell, expected: money.expected };
    const date = this.dateIn(row);
    if (date !== null && 'expected' in date) return date;
    const currencyCell = cellAt(row, at.currency);
    const named = money.value.currency ?? this.currencyOf(currencyCell);
    // A currency cell that names none (US, TRUE) is not the base currency by default.
    if (named === null && !isBlank(currencyCell)) {
      return { at: at.currency, value: currencyCell, expected: msg('expected.currencyCode') };
    }
    const currency = named ?? ctx.baseCurrency;
    const baseAmount = ctx.fx.convert(money.value.amount, currency, date);
    if (baseAmount === null) {
      // The cell that named the currency: the amount's own symbol, else the Currency column.
      const where = money.value.currency === null && at.currency >= 0 ? at.currency : at.amount;
      return { at: where, value: row[where], expected: msg('expected.fxRateFor', { currency }) };
    }
    if (!isPlausibleAmount(baseAmount)) {
      return { at: at.amount, value: amountCell, expected: EXPECTED_PLAUSIBLE_AMOUNT };
    }
    const memo = cellAt(row, at.memo);
    return {
      row: sheetRow,
      date,
      type,
      amount: money.value.amount,
      currency,
      baseAmount,
      sku: normalizeId(cellAt(row, at.sku)),
      orderId: normalizeId(cellAt(row, at.orderId)),
      memo: isBlank(memo) ? '' : String(memo).trim(),
      sourceKey: normalizeId(cellAt(row, at.sourceKey)),
    };
  }

  /** The row's date (null when blank), or the problem with it: unreadable or implausible. */
  private dateIn(row: unknown[]): Date | RowProblem | null {
    const { columns: at, ctx } = this;
    const dateCell = row[at.date];
    if (isBlank(dateCell)) return null;
    // The Ledger's own dates are Date cells; a plausible one is the entry's date as it is.
    if (dateCell instanceof Date && plausibleDate(dateCell, ctx.timeZone, ctx.now) === null) {
      return dateCell;
    }
    const parsed = dateOf(dateCell, ctx);
    const wrong = parsed.ok ? plausibleDate(parsed.value, ctx.timeZone, ctx.now) : parsed.expected;
    if (wrong !== null || !parsed.ok) {
      return { at: at.date, value: dateCell, expected: wrong ?? msg('expected.date') };
    }
    return parsed.value;
  }
}

/**
 * A Date cell as it is, not copied: getValues gives every call its own Dates and nothing
 * changes them, and a copy of each date of a big Ledger is a million more objects to collect.
 */
function dateOf(cell: unknown, ctx: DateContext): Parsed<Date> {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return ok(cell);
  return parseDateTime(cell, ctx);
}

/** '' for a column the tab does not have (index −1). */
function cellAt(row: readonly unknown[], index: number): unknown {
  return index < 0 ? '' : row[index];
}

/** Caches a parser of few distinct cell values (types, currency codes) by the raw cell. */
function memoize<T>(parse: (cell: unknown) => T): (cell: unknown) => T {
  const cache = new Map<unknown, T>();
  return (cell) => {
    // A reading is never undefined (a type, a currency or null): one lookup tells.
    const known = cache.get(cell);
    if (known !== undefined) return known;
    const value = parse(cell);
    if (typeof cell === 'string' || typeof cell === 'number') cache.set(cell, value);
    return value;
  };
}
