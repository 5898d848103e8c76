/**
 * The Orders tab (docs/rules.md §2–§4): AliExpress order exports of any year and language, or the
 * tab "Set up sheets" writes. Amounts are converted at the order's sale time (its order time
 * when unpaid); a re-pasted order id counts once.
 */
import { isBlank } from './cell';
import { roundCents } from './money';
import { parseProductCodes } from './ids';
import { msg } from '../text/messages';
import { bringsSale, classifyOrderStatus, type OrderStatus } from './orderStatus';
import type { ReadContext } from './readContext';
import type { Order, OrderLine } from './records';
import type { ColumnKey } from './tabSpecs';
import { productInfoLines } from './productInfo';
import { MAX_NAME_CHARS, readTabRows, type RowCells, type TabRead } from './tabRows';

type OrderRow = RowCells<ColumnKey<'orders'>>;

export interface OrdersRead extends TabRead<Order> {
  /** Rows that repeat an order id and order time: an older state of the same order. */
  duplicates: number;
  /**
   * Ids whose current state is unknown: their last row could not be read, or one id sits on
   * orders of different order times. They bring nothing now; what the Ledger has keeps.
   */
  heldOut: Set<string>;
  /**
   * The held-out ids that sit on orders of different order times (docs/rules.md §3): neither
   * order counts, so what the Ledger has of the id is reversed rather than kept.
   */
  damaged: Set<string>;
  /** The header of the column the order lines came from, as written (for Problems about them). */
  linesColumn: string | null;
}

/**
 * A row that carried an order id; `order` stays null when the rest of the row was rejected.
 * The rows of one id are a chain from the last back to the first: nearly every id has one row,
 * which then needs no list of its own.
 */
interface IdRow {
  sheetRow: number;
  minute: number | null;
  order: Order | null;
  earlier: IdRow | null;
}

/**
 * Duplicates as docs/rules.md §3 says: rows with the same id and order time are one order whose last row
 * is its current state (a newer export pasted below an older one); the same id with another
 * order time is a Problem, and neither row counts.
 * @example readOrders([['订单号', '订单状态', '付款时间', '订单金额'],
 *   ['3061 ', '交易完成', '2025-09-01 10:00', 'US $12.00']], ctx).records[0].sale // 12 × USD rate
 */
export function readOrders(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): OrdersRead {
  const byId = new Map<string, IdRow>();
  let idHeader = '';
  let linesColumn: string | null = null;
  const read = readTabRows(values, 'orders', ctx, numberFormats, (row) => {
    idHeader = row.header('orderId');
    linesColumn ??= linesHeader(row);
    const orderId = row.requiredId('orderId');
    const earlier = byId.get(orderId) ?? null;
    const idRow: IdRow = { sheetRow: row.sheetRow, minute: null, order: null, earlier };
    byId.set(orderId, idRow);
    const order = readOrder(row, orderId);
    // Without an order-time column the pay time tells two orders apart.
    const placed = order.orderTime ?? order.payTime;
    idRow.minute = placed === null ? null : minuteOf(placed);
    idRow.order = order;
    return null;
  });
  return { ...currentOrders(byId, read.problems, ctx.tabName, idHeader), linesColumn };
}

function linesHeader(row: OrderRow): string | null {
  if (row.has('productCode')) return row.header('productCode');
  return row.has('productInfo') ? row.header('productInfo') : null;
}

function currentOrders(
  byId: Map<string, IdRow>,
  problems: OrdersRead['problems'],
  tabName: string,
  idHeader: string,
): Omit<OrdersRead, 'linesColumn'> {
  const records: Order[] = [];
  const heldOut = new Set<string>();
  const damaged = new Set<string>();
  let duplicates = 0;
  // forEach rather than for…of: no [id, row] pair and no iterator result per order.
  byId.forEach((last, orderId) => {
    if (last.earlier === null) {
      if (last.order) records.push(last.order);
      else heldOut.add(orderId);
      return;
    }
    const rows = rowsOf(last);
    if (orderTimes(rows) > 1) {
      heldOut.add(orderId);
      damaged.add(orderId);
      problems.push({
        tab: tabName,
        row: last.sheetRow,
        column: idHeader,
        value: orderId,
        expected: msg('expected.sameOrderTime', {
          rows: rows.map((row) => row.sheetRow).join(', '),
        }),
      });
      return;
    }
    duplicates += rows.length - 1;
    if (last.order) records.push(last.order);
    else heldOut.add(orderId);
  });
  records.sort((a, b) => a.row - b.row);
  ONE_PER_ID.add(records);
  return { records, problems, duplicates, heldOut, damaged };
}

/** The lists readOrders gave: one order per id (a list is never changed once read). */
const ONE_PER_ID = new WeakSet<readonly Order[]>();

/**
 * Whether the list is one readOrders gave, so no two of its orders share an id: what counts each
 * order once can skip looking ids up.
 * @example holdsEachIdOnce(readOrders(values, ctx).records) // true
 */
export function holdsEachIdOnce(orders: readonly Order[]): boolean {
  return ONE_PER_ID.has(orders);
}

/** The rows of one id, first to last. */
function rowsOf(last: IdRow): IdRow[] {
  const rows: IdRow[] = [];
  for (let row: IdRow | null = last; row !== null; row = row.earlier) rows.push(row);
  return rows.reverse();
}

/** How many different order times (to the minute) the rows of one id give. */
function orderTimes(rows: readonly IdRow[]): number {
  return new Set(rows.map((row) => row.minute).filter((minute) => minute !== null)).size;
}

function minuteOf(date: Date): number {
  return Math.floor(date.getTime() / 60_000);
}

function readOrder(row: OrderRow, orderId: string): Order {
  const status = statusOf(row);
  const orderTime = row.date('orderTime');
  const payTime = row.date('payTime');
  const saleTime = row.has('payTime') ? payTime : orderTime;
  if (!row.has('payTime') && orderTime === null) row.reject('orderTime', msg('expected.orderDate'));
  const shippedMs = row.instant('shippedTime');
  const shipped = shippedMs !== null || !row.isBlank('trackingNo');
  const paid = saleTime !== null;
  const amountDate = saleTime ?? orderTime;
  const storeDiscount = Math.abs(row.amountInBase('storeDiscount', amountDate) ?? 0);
  return {
    row: row.sheetRow,
    orderId,
    status,
    buyer: row.has('buyer') ? (row.text('buyer') ?? '') : null,
    orderTime,
    payTime,
    saleTime,
    shipped,
    shippedMs,
    deliveredMs: row.instant('deliveredTime'),
    shipByMs: row.instant('shipBy'),
    country: row.text('country'),
    lines: orderLines(row),
    sale: saleOf(row, amountDate, storeDiscount),
    currency: saleCurrency(row),
    storeDiscount,
    bringsSale: status === null ? paid : bringsSale(status, { paid, shipped }),
  };
}

/** The currency of the cell the sale came from (read once more: saleOf has accepted it). */
function saleCurrency(row: OrderRow): string {
  const key = row.isBlank('orderAmount') ? 'productAmount' : 'orderAmount';
  return row.currencyOf(row.requiredMoney(key));
}

/** Null when the export has no status column; an unknown word leaves the row out. */
function statusOf(row: OrderRow): OrderStatus | null {
  if (!row.has('status')) return null;
  return (
    row.parsed('status', classifyOrderStatus) ?? row.reject('status', msg('expected.orderStatus'))
  );
}

/**
 * What the buyer paid: the order amount, else product amount + shipping − store discount
 * (the order amount may differ from that sum, so it wins whenever it is there).
 */
function saleOf(row: OrderRow, date: Date | null, storeDiscount: number): number {
  const orderAmount = notNegative(row, 'orderAmount', date);
  if (orderAmount !== null) return orderAmount;
  const product = notNegative(row, 'productAmount', date);
  if (product === null) {
    return row.reject(
      row.has('orderAmount') ? 'orderAmount' : 'productAmount',
      msg('expected.orderAmount'),
    );
  }
  const total = product + (notNegative(row, 'shippingFee', date) ?? 0) - storeDiscount;
  // Parts that add up below 0 (a discount above the price) are a typo too, not a negative sale;
  // to the cent, so that $0.70 + $0.10 − $0.80 is a sale of 0, not −1.1e-16.
  if (roundCents(total) >= 0) return Math.max(total, 0);
  const shown = total.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return row.reject('productAmount', msg('expected.nonNegativeTotal', { total: shown }));
}

/**
 * What the buyer paid is never below 0: `-10000` or `(1,234)` is a typo, not a sale (docs/rules.md
 * §3). The amount as written decides: at a tiny rate a negative one can round to −0.
 */
function notNegative(
  row: OrderRow,
  key: 'orderAmount' | 'productAmount' | 'shippingFee',
  date: Date | null,
) {
  const money = row.moneyInBase(key, date);
  if (money !== null && money.amount < 0) row.reject(key, msg('expected.notNegative'));
  return money === null ? null : money.base;
}

/**
 * The products and quantities: the product-code form `CODE * 2;CODE2 * 1` (or the codes in an
 * older export's product information), with the quantity column for a single product; a
 * product with neither counts 1 and has an unknown SKU ('').
 */
function orderLines(row: OrderRow): OrderLine[] {
  if (row.cell('productCode') instanceof Date) row.reject('productCode', msg('expected.idNotDate'));
  const codes = row.parsed('productCode', parseProductCodes);
  const products = codes.length > 0 ? codes : row.parsed('productInfo', infoLines);
  const linesKey = codes.length > 0 ? 'productCode' : 'productInfo';
  // A quantity of twenty digits is a typo; times a cost it would be no amount at all.
  if (products.some((line) => !Number.isSafeInteger(line.qty))) {
    row.reject(linesKey, msg('expected.count'));
  }
  // A SKU goes into Source Keys and sentences, like an id: thousands of characters are a paste
  // gone wrong, and would make them longer than a cell holds.
  if (products.some((line) => line.sku.length > MAX_NAME_CHARS)) {
    row.reject(linesKey, msg('expected.shortName', { max: MAX_NAME_CHARS }));
  }
  const quantity = row.count('quantity');
  if (quantity !== null && products.length <= 1) {
    return [{ sku: products[0]?.sku ?? '', qty: quantity }];
  }
  return products.length > 0 ? products : [{ sku: '', qty: 1 }];
}

function infoLines(cell: unknown): OrderLine[] {
  return isBlank(cell) ? [] : productInfoLines(String(cell).trim());
}
