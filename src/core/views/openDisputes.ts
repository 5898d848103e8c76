/**
 * The disputes still open — each waits for the seller to answer — with the money at stake: the
 * refund the buyer asks for, else what the order brought in. Oldest first: the platform's
 * deadline runs from the day it was opened.
 */
import type { ReasonClass } from '../read/disputeReason';
import type { Dispute, Order } from '../read/records';

export interface OpenDispute {
  orderId: string;
  disputeId: string | null;
  opened: Date;
  reason: ReasonClass;
  /** Base currency: the refund asked for, else the order's sale; null when neither is known. */
  atStake: number | null;
}

export interface OpenDisputes {
  disputes: OpenDispute[];
  /** Σ atStake, base currency. */
  atStake: number;
}

/**
 * @example openDisputes([{ orderId: 'A', closed: false, refund: null, … }], [{ orderId: 'A', sale: 28000, … }])
 * // { disputes: [{ orderId: 'A', atStake: 28000, … }], atStake: 28000 }
 */
export function openDisputes(
  disputes: readonly Dispute[],
  orders: readonly Pick<Order, 'orderId' | 'sale'>[],
): OpenDisputes {
  const saleOf = new Map(orders.map((order) => [order.orderId, order.sale]));
  // A re-pasted row is one dispute: keyed by what identifies it, the last row wins.
  const byKey = new Map<string, Dispute>();
  for (const dispute of disputes) {
    const { disputeId, orderId, openedTime } = dispute;
    byKey.set(`${disputeId ?? ''}|${orderId}|${openedTime.getTime()}`, dispute);
  }
  const open = [...byKey.values()]
    .filter((dispute) => !dispute.closed)
    .map((dispute) => ({
      orderId: dispute.orderId,
      disputeId: dispute.disputeId,
      opened: dispute.openedTime,
      reason: dispute.reason,
      atStake: dispute.refund ?? saleOf.get(dispute.orderId) ?? null,
    }))
    .sort((a, b) => a.opened.getTime() - b.opened.getTime() || a.orderId.localeCompare(b.orderId));
  const atStake = open.reduce((sum, dispute) => sum + (dispute.atStake ?? 0), 0);
  return { disputes: open, atStake };
}
