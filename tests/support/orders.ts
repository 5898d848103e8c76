// One place that builds the normalized Order records metric tests feed to the core.
import type { Order } from '../../src/core/read/records';

/** A Seoul wall-clock time: '2025-09-01T10:00:00' → the instant. */
export const kst = (text: string): Date => new Date(`${text}+09:00`);

/** A completed order paid at `paid` (Seoul time) for ₩10,000; `extra` overrides any field. */
export function paidOrder(orderId: string, paid: string, extra: Partial<Order> = {}): Order {
  return {
    row: 2,
    orderId,
    status: 'completed',
    buyer: null,
    orderTime: kst(paid),
    payTime: kst(paid),
    saleTime: kst(paid),
    shipped: true,
    shippedMs: null,
    deliveredMs: null,
    shipByMs: null,
    country: null,
    lines: [],
    sale: 10_000,
    currency: 'KRW',
    storeDiscount: 0,
    bringsSale: true,
    ...extra,
  };
}

/** An order paid at `paid` (or unpaid for null) and not shipped yet. */
export function toShipOrder(
  orderId: string,
  paid: string | null,
  extra: Partial<Order> = {},
): Order {
  return paidOrder(orderId, paid ?? '2000-01-01T00:00:00', {
    status: 'to-ship',
    orderTime: null,
    payTime: paid === null ? null : kst(paid),
    saleTime: paid === null ? null : kst(paid),
    shipped: false,
    bringsSale: paid !== null,
    ...extra,
  });
}
