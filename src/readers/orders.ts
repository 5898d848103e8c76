/**
 * The Orders tab (SPEC §2–§4): AliExpress order exports of any year and language, or the
 * tab "Set up sheets" writes. Amounts are converted at the order's sale time (its order time
 * when unpaid); a re-pasted order id counts once.
 */
import { parseProductCodes } from '../ids';
import { t } from '../messages';
import { bringsSale, classifyOrderStatus, type OrderStatus } from '../orderStatus';
import type { ReadContext } from '../readContext';
import type { Order, OrderLine } from '../records';
import type { ColumnKey } from '../tabSpecs';
import { productInfoLines } from './productInfo';
import { readTabRows, type RowCells, type TabRead } from './tabRows';

type OrderRow = RowCells<ColumnKey<'orders'>>;

export interface OrdersRead extends TabRead<Order> {
  /** Rows left out because their order id appeared on an earlier row (a re-pasted export). */
  duplicates: number;
}

/**
 * @example readOrders([['订单号', '订单状态', '付款时间', '订单金额'],
 *   ['3061 ', '交易完成', '2025-09-01 10:00', 'US $12.00']], ctx).records[0].sale // 12 × USD rate
 */
export function readOrders(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): OrdersRead {
  const seen = new Set<string>();
  let duplicates = 0;
  const read = readTabRows(values, 'orders', ctx, numberFormats, (row) => {
    const orderId = row.requiredId('orderId');
    if (seen.has(orderId)) {
      duplicates++;
      return null;
    }
    seen.add(orderId);
    return readOrder(row, orderId);
  });
  return { ...read, duplicates };
}

function readOrder(row: OrderRow, orderId: string): Order {
  const status = statusOf(row);
  const orderTime = row.date('orderTime');
  const payTime = row.date('payTime');
  const saleTime = row.has('payTime') ? payTime : orderTime;
  if (!row.has('payTime') && orderTime === null) row.reject('orderTime', t('orderDate', 'en'));
  const shippedTime = row.date('shippedTime');
  const shipped = shippedTime !== null || !row.isBlank('trackingNo');
  const paid = saleTime !== null;
  const amountDate = saleTime ?? orderTime;
  const storeDiscount = Math.abs(row.moneyInBase('storeDiscount', amountDate)?.base ?? 0);
  return {
    row: row.sheetRow,
    orderId,
    status,
    buyer: row.has('buyer') ? (row.text('buyer') ?? '') : null,
    orderTime,
    payTime,
    saleTime,
    shipped,
    shippedTime,
    deliveredTime: row.date('deliveredTime'),
    shipBy: row.date('shipBy'),
    country: row.text('country'),
    lines: orderLines(row),
    sale: saleOf(row, amountDate, storeDiscount),
    storeDiscount,
    bringsSale: status === null ? paid : bringsSale(status, { paid, shipped }),
  };
}

/** Null when the export has no status column; an unknown word leaves the row out. */
function statusOf(row: OrderRow): OrderStatus | null {
  if (!row.has('status')) return null;
  return classifyOrderStatus(row.cell('status')) ?? row.reject('status', t('orderStatus', 'en'));
}

/**
 * What the buyer paid: the order amount, else product amount + shipping − store discount
 * (the order amount may differ from that sum, so it wins whenever it is there).
 */
function saleOf(row: OrderRow, date: Date | null, storeDiscount: number): number {
  const orderAmount = row.moneyInBase('orderAmount', date);
  if (orderAmount !== null) return orderAmount.base;
  const product = row.moneyInBase('productAmount', date);
  if (product === null) {
    return row.reject(
      row.has('orderAmount') ? 'orderAmount' : 'productAmount',
      t('orderAmount', 'en'),
    );
  }
  return product.base + (row.moneyInBase('shippingFee', date)?.base ?? 0) - storeDiscount;
}

/**
 * The products and quantities: the product-code form `CODE * 2;CODE2 * 1` (or the codes in an
 * older export's product information), with the quantity column for a single product; a
 * product with neither counts 1 and has an unknown SKU ('').
 */
function orderLines(row: OrderRow): OrderLine[] {
  const codes = parseProductCodes(row.cell('productCode'));
  const products = codes.length > 0 ? codes : productInfoLines(row.text('productInfo') ?? '');
  const quantity = row.count('quantity');
  if (quantity !== null && products.length <= 1) {
    return [{ sku: products[0]?.sku ?? '', qty: quantity }];
  }
  return products.length > 0 ? products : [{ sku: '', qty: 1 }];
}
