import type { Order } from './records';

export type PaidOrder = Order & { saleTime: Date };

/**
 * The orders that bring a sale (SPEC §3), one per order id: a re-pasted row counts once, the
 * copy from the lowest sheet row (then the earliest sale time) standing for the order.
 */
export function paidOrders(orders: readonly Order[]): PaidOrder[] {
  const byId = new Map<string, PaidOrder>();
  for (const order of orders) {
    if (!order.bringsSale || order.saleTime === null) continue;
    const paid = order as PaidOrder;
    const kept = byId.get(order.orderId);
    if (kept === undefined || comesFirst(paid, kept)) byId.set(order.orderId, paid);
  }
  return [...byId.values()];
}

function comesFirst(a: PaidOrder, b: PaidOrder): boolean {
  return a.row !== b.row ? a.row < b.row : a.saleTime < b.saleTime;
}
