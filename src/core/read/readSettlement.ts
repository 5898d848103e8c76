/**
 * The Settlement tab (docs/rules.md §2, §4), in either form: the wide one "Set up sheets" writes (one
 * row per order and date, a column per kind of money) or AliExpress's long exports, the fund
 * flow 收支流水 and the managed-store detail 托管收支明细 (one money movement a row).
 */
import { localDateKey } from '../time/dates';
import { msg } from '../text/messages';
import type { ReadContext } from './readContext';
import type { ColumnKey } from './tabSpecs';
import { SettlementItemTypes, type SettlementType } from './settlementItem';
import { RepeatedRows } from './repeatedRows';
import { readTabRows, type RowCells, type TabRead } from './tabRows';

type SettlementRow = RowCells<ColumnKey<'settlement'>>;

export interface SettlementMovement {
  row: number;
  orderId: string | null;
  /** Settlement time. */
  time: Date;
  type: SettlementType;
  /** Base currency at the settlement time's rate; positive = a cost, negative = a credit. */
  amount: number;
  /**
   * The amount as the export wrote it, in `currency`, signed like `amount`: a commission dated
   * with its order's sale is converted again at the sale's rate (docs/rules.md §4, Dating).
   */
  written: number;
  /** The currency the export wrote the amount in. */
  currency: string;
  /**
   * The export's form. In the long one (a fund flow) every row moves money: a payout row is the
   * order's gross amount and its commission, affiliate fee and refunds are rows of their own; the
   * wide form's payout is already net of its other columns.
   */
  form: 'long' | 'wide';
  /**
   * What identifies the movement across exports: `settle:<platform flow no.>`; in the wide form
   * `settle:<order>:<column>` (its amount may change); else
   * `settle:<date>:<order>:<item>:<amount as written>`.
   */
  key: string;
  /** The wide form's key before it left the amount out, so that an older Ledger is recognised. */
  formerKey?: string;
  /** The fee item (费用项) or, in the wide form, the column's header. */
  item: string;
}

/** The wide form's money columns; their amounts are entered positive as costs. */
const WIDE_COLUMNS = [
  ['commission', 'fee'],
  ['affiliateFee', 'affiliate'],
  ['refund', 'refund'],
  ['payout', 'payout'],
] as const satisfies readonly (readonly [ColumnKey<'settlement'>, SettlementType])[];

/**
 * @example readSettlement([['结算时间', '费用项', '变动金额', '平台流水单号'],
 *   ['2025-09-27 06:07:16', '海外发货处罚', '-CN￥ 7.00', '3070569473267903']], ctx).records[0]
 * // { type: 'penalty', amount: 7 × CNY rate, key: 'settle:3070569473267903', … }
 */
export function readSettlement(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): SettlementRead {
  const repeated = new RepeatedRows();
  const itemTypes = new SettlementItemTypes();
  const read = readTabRows(values, 'settlement', ctx, numberFormats, (row, form) => {
    if (repeated.isRepeat(row)) return null;
    return form === 'wide' ? wideMovements(row, ctx) : [longMovement(row, ctx, itemTypes)];
  });
  return { records: read.records.flat(), problems: read.problems, repeats: repeated.count };
}

export interface SettlementRead extends TabRead<SettlementMovement> {
  /** Rows that repeat an earlier row cell for cell: a re-paste, read once. */
  repeats: number;
}

function wideMovements(row: SettlementRow, ctx: ReadContext): SettlementMovement[] {
  const time = row.requiredDate('date');
  const orderId = row.id('orderId');
  return WIDE_COLUMNS.flatMap(([column, type]) => {
    const money = row.moneyInBase(column, time, { currencyKey: 'currency' });
    if (money === null) return [];
    const formerKey = fallbackKey(time, orderId, column, money.amount, ctx);
    const key = orderId === null ? formerKey : `settle:${orderId}:${column}`;
    const item = row.header(column);
    const { currency } = money;
    // Costs are positive; the payout is money in, a credit, as in the long form.
    const sign = type === 'payout' ? -1 : 1;
    return [
      {
        row: row.sheetRow,
        orderId,
        time,
        type,
        amount: sign * money.base,
        written: sign * money.amount,
        currency,
        form: 'wide',
        key,
        formerKey,
        item,
      },
    ];
  });
}

/**
 * The long form's amount is signed from the seller's side (`-CN￥ 7.00` is money out); the
 * movement keeps costs positive, so the sign flips. The managed detail's amount header names
 * its currency (金额(CNY)).
 */
function longMovement(
  row: SettlementRow,
  ctx: ReadContext,
  itemTypes: SettlementItemTypes,
): SettlementMovement {
  const time = row.requiredDate('settledTime');
  const item = row.name('feeItem') ?? row.reject('feeItem', msg('expected.settlementItem'));
  const type =
    itemTypes.typeOf(row.text('flowType') ?? '', item) ??
    row.reject('feeItem', msg('expected.settlementItem'));
  const inCny = row.isBlank('amount') && row.has('amountCny');
  const money = row.requiredMoneyInBase(inCny ? 'amountCny' : 'amount', time, {
    currencyKey: 'currency',
    fallbackCurrency: inCny ? 'CNY' : undefined,
  });
  const orderId = row.id('orderId');
  const flowNo = row.id('flowNo');
  return {
    row: row.sheetRow,
    orderId,
    time,
    type,
    amount: -money.base,
    written: -money.amount,
    currency: money.currency,
    form: 'long',
    key: flowNo === null ? fallbackKey(time, orderId, item, money.amount, ctx) : `settle:${flowNo}`,
    item,
  };
}

/** For rows without a platform flow number: what identifies the movement in the export. */
function fallbackKey(
  time: Date,
  orderId: string | null,
  item: string,
  amount: number,
  ctx: ReadContext,
): string {
  return `settle:${localDateKey(time, ctx.timeZone)}:${orderId ?? ''}:${item}:${amount}`;
}
