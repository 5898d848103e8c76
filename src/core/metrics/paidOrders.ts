import type { LedgerEntry } from '../ledger/readLedger';
import { inPeriod, type Period } from '../time/period';
import { holdsEachIdOnce } from '../read/readOrders';
import type { Order } from '../read/records';
import { oncePerList } from './oncePerList';

export type PaidOrder = Order & { saleTime: Date };

/**
 * The orders that bring a sale (docs/rules.md §3), one per order id: a re-pasted row counts once, the
 * copy from the lowest sheet row (then the earliest sale time) standing for the order. Worked
 * out once per orders list: weeks, repurchase, delivery and stock cover all ask.
 */
export const paidOrders: (orders: readonly Order[]) => readonly PaidOrder[] =
  oncePerList(paidOrdersOf);

function paidOrdersOf(orders: readonly Order[]): PaidOrder[] {
  if (holdsEachIdOnce(orders)) return orders.filter(isPaid);
  const byId = new Map<string, PaidOrder>();
  for (const order of orders) {
    if (!isPaid(order)) continue;
    const kept = byId.get(order.orderId);
    if (kept === undefined || comesFirst(order, kept)) byId.set(order.orderId, order);
  }
  return [...byId.values()];
}

function isPaid(order: Order): order is PaidOrder {
  return order.bringsSale && order.saleTime !== null;
}

function comesFirst(a: PaidOrder, b: PaidOrder): boolean {
  return a.row !== b.row ? a.row < b.row : a.saleTime < b.saleTime;
}

/** Paid orders whose sale time falls in the period, from the Orders tab. */
export function paidOrderCount(orders: readonly Order[], period: Period): number {
  return paidOrders(orders).filter((order) => inPeriod(order.saleTime, period)).length;
}

/**
 * Paid orders of a period from the Ledger (docs/rules.md §4): distinct order ids whose Sale rows dated in
 * it net above zero, so they always agree with the period's sales, even for orders that have
 * left the export.
 * @example ledgerPaidOrderCount(entries, { start, end }) // 217
 */
export function ledgerPaidOrderCount(
  entries: readonly Pick<LedgerEntry, 'type' | 'date' | 'orderId' | 'baseAmount'>[],
  period: Period,
): number {
  const sales = new SaleNets();
  // An index, not for…of: no iterator result per entry before the loop is optimised.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.date !== null && inPeriod(entry.date, period)) sales.add(entry);
  }
  return sales.paidOrders();
}

/** Sale rows netted per order id: what a period's paid orders are counted from. */
export class SaleNets {
  private readonly byOrder = new Map<string, number>();

  add(entry: Pick<LedgerEntry, 'type' | 'orderId' | 'baseAmount'>): void {
    if (entry.type !== 'sale' || entry.orderId === null) return;
    this.byOrder.set(entry.orderId, (this.byOrder.get(entry.orderId) ?? 0) + entry.baseAmount);
  }

  /** Orders whose Sale rows net above zero (to the cent). */
  paidOrders(): number {
    let count = 0;
    for (const net of this.byOrder.values()) if (Math.round(net * 100) > 0) count++;
    return count;
  }
}
