import { isBlank } from '../read/cell';
import { currencyFromSymbol } from '../read/currency';
import { parseDateTime, plausibleDate, type DateContext } from '../time/dates';
import type { FxTable } from '../metrics/fx';
import { normalizeId } from '../read/ids';
import { parseLedgerType, type LedgerType } from './ledgerType';
import { parseMoney } from '../read/money';
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
    return { entries: [], problems: detected.problems, unreadableKeys: [] };
  }
  const { columns, headerRow } = detected;
  const column = (key: keyof typeof columns): number => columns[key] ?? -1;
  const at = { date: column('date'), type: column('type'), amount: column('amount') };
  const optional = {
    currency: column('currency'),
    sku: column('sku'),
    orderId: column('orderId'),
    memo: column('memo'),
    sourceKey: column('sourceKey'),
  };
  // A ledger holds a handful of distinct types and currencies over many rows.
  const typeOf = memoize(parseLedgerType);
  const currencyOf = memoize((cell: unknown) => currencyFromSymbol(String(cell)));
  const entries: LedgerEntry[] = [];
  const problems: Problem[] = detected.ambiguous.slice();
  const unreadableKeys: string[] = [];
  // Problems name the columns as the tab's header writes them.
  const header = (index: number): string => detected.headers[index] || '';
  const problem = (row: number, at: number, value: unknown, expected: Msg): void => {
    const column = header(at);
    problems.push({ tab: ctx.tabName, row, column, value: String(value), expected });
    const key = normalizeId(cellAt(values[row - 1] ?? [], optional.sourceKey));
    if (key !== null) unreadableKeys.push(key);
  };

  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const typeCell = row[at.type];
    if (isBlank(typeCell) && row.every(isBlank)) continue;
    const sheetRow = r + 1;
    const type = typeOf(typeCell);
    if (!type) {
      problem(sheetRow, at.type, typeCell, msg('expected.ledgerType'));
      continue;
    }
    const amountCell = row[at.amount];
    const money = parseMoney(amountCell, numberFormats?.[r]?.[at.amount]);
    if (!money.ok) {
      problem(sheetRow, at.amount, amountCell, money.expected);
      continue;
    }
    const dateCell = row[at.date];
    let date: Date | null = null;
    if (!isBlank(dateCell)) {
      const parsed = dateOf(dateCell, ctx);
      const wrong = parsed.ok
        ? plausibleDate(parsed.value, ctx.timeZone, ctx.now)
        : parsed.expected;
      if (wrong !== null || !parsed.ok) {
        problem(sheetRow, at.date, dateCell, wrong ?? msg('expected.date'));
        continue;
      }
      date = parsed.value;
    }
    const currency =
      money.value.currency ?? currencyOf(cellAt(row, optional.currency)) ?? ctx.baseCurrency;
    const baseAmount = ctx.fx.convert(money.value.amount, currency, date);
    if (baseAmount === null) {
      // The cell that named the currency: the amount's own symbol, else the Currency column.
      const where =
        money.value.currency === null && optional.currency >= 0 ? optional.currency : at.amount;
      problem(sheetRow, where, row[where], msg('expected.fxRateFor', { currency }));
      continue;
    }
    const memo = cellAt(row, optional.memo);
    entries.push({
      row: sheetRow,
      date,
      type,
      amount: money.value.amount,
      currency,
      baseAmount,
      sku: normalizeId(cellAt(row, optional.sku)),
      orderId: normalizeId(cellAt(row, optional.orderId)),
      memo: isBlank(memo) ? '' : String(memo).trim(),
      sourceKey: normalizeId(cellAt(row, optional.sourceKey)),
    });
  }
  return { entries, problems, unreadableKeys };
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
    if (cache.has(cell)) return cache.get(cell) as T;
    const value = parse(cell);
    if (typeof cell === 'string' || typeof cell === 'number') cache.set(cell, value);
    return value;
  };
}
