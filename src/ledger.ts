import { isBlank } from './cell';
import { currencyFromSymbol } from './currency';
import { parseDateTime, type DateContext } from './dates';
import type { FxTable } from './fx';
import { normalizeId } from './ids';
import { parseLedgerType, type LedgerType } from './ledgerType';
import { parseMoney } from './money';
import type { Problem } from './problem';
import { detectColumns } from './tabs';

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
  if (detected.problems.length > 0) return { entries: [], problems: detected.problems };
  const { columns, headerRow } = detected;
  const entries: LedgerEntry[] = [];
  const problems: Problem[] = [];
  const cellOf = (row: unknown[], key: keyof typeof columns): unknown =>
    columns[key] === undefined ? '' : row[columns[key] as number];

  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every(isBlank)) continue;
    const sheetRow = r + 1;
    const problem = (column: string, value: unknown, expected: string): void => {
      problems.push({ tab: ctx.tabName, row: sheetRow, column, value: String(value), expected });
    };

    const typeCell = cellOf(row, 'type');
    const type = parseLedgerType(typeCell);
    if (!type) {
      problem('Type', typeCell, 'a type such as Sale / 매출, Fee / 수수료, Ad / 광고비');
      continue;
    }
    const amountCell = cellOf(row, 'amount');
    const money = parseMoney(amountCell, numberFormats?.[r]?.[columns.amount as number]);
    if (!money.ok) {
      problem('Amount', amountCell, money.expected);
      continue;
    }
    const dateCell = cellOf(row, 'date');
    let date: Date | null = null;
    if (!isBlank(dateCell)) {
      const parsed = parseDateTime(dateCell, ctx);
      if (!parsed.ok) {
        problem('Date', dateCell, parsed.expected);
        continue;
      }
      date = parsed.value;
    }
    const currency =
      money.value.currency ??
      currencyFromSymbol(String(cellOf(row, 'currency'))) ??
      ctx.baseCurrency;
    const baseAmount = ctx.fx.convert(money.value.amount, currency, date);
    if (baseAmount === null) {
      problem('Currency', currency, `an FX rate for ${currency} in Settings`);
      continue;
    }
    entries.push({
      row: sheetRow,
      date,
      type,
      amount: money.value.amount,
      currency,
      baseAmount,
      sku: normalizeId(cellOf(row, 'sku')),
      orderId: normalizeId(cellOf(row, 'orderId')),
      memo: isBlank(cellOf(row, 'memo')) ? '' : String(cellOf(row, 'memo')).trim(),
      sourceKey: normalizeId(cellOf(row, 'sourceKey')),
    });
  }
  return { entries, problems };
}

/**
 * Every Source Key already in the Ledger, including rows that could not be read: a row with a
 * Problem must still never be imported a second time.
 */
export function ledgerSourceKeys(values: unknown[][], tabName: string): Set<string> {
  const { columns, headerRow } = detectColumns(values, 'ledger', tabName);
  const keys = new Set<string>();
  if (columns.sourceKey === undefined) return keys;
  for (let r = headerRow + 1; r < values.length; r++) {
    const key = normalizeId(values[r]?.[columns.sourceKey]);
    if (key !== null) keys.add(key);
  }
  return keys;
}
