/**
 * Dispute rate, early-defect rate, wrong-shipment rate and the causes behind disputes
 * (docs/rules.md §5), for one period.
 */
import {
  REASON_WORDS,
  reasonCause,
  type ReasonCause,
  type ReasonClass,
} from '../read/disputeReason';
import { inPeriod, type Period } from '../time/period';
import type { Dispute } from '../read/records';
import { ratio } from './stats';

/** Every reason class, in the order of docs/rules.md §3 (which also breaks ties between equal counts). */
const REASON_CLASSES: readonly ReasonClass[] = [...REASON_WORDS.map(([reason]) => reason), 'other'];

export interface DisputeCause {
  reason: ReasonClass;
  cause: ReasonCause;
  /** Distinct orders with a dispute of this reason opened in the period. */
  count: number;
  /** Of all (order, reason) counts in the period; the shares add up to 1. */
  share: number;
}

export interface DisputeMetrics {
  paidOrders: number;
  disputedOrders: number;
  /** Rates are null over zero paid orders ("NO DATA"), never NaN. */
  disputeRate: number | null;
  earlyDefectRate: number | null;
  wrongShipmentRate: number | null;
  /** Only reasons that occurred, most frequent first. */
  causes: DisputeCause[];
  top2: ReasonClass[];
  internalShare: number | null;
  expectationShare: number | null;
}

/**
 * A dispute counts in the period in which it was opened; `paid` is the period's paid orders
 * (from the Ledger in the weekly update, docs/rules.md §4; from the Orders tab in DISPUTE_RATE). Every
 * count is of distinct orders, so a dispute pasted twice (or an order with two disputes of one
 * reason) counts once; an order with disputes of two reasons counts once per reason in `causes`
 * but once in `disputedOrders`.
 * @example disputeMetrics(50, disputes, { start, end }).disputeRate // 0.02 with one disputed order
 */
export function disputeMetrics(
  paid: number,
  disputes: readonly Dispute[],
  period: Period,
): DisputeMetrics {
  const opened = disputes.filter((dispute) => inPeriod(dispute.openedTime, period));
  const ordersByReason = distinctOrdersByReason(opened);
  const countOf = (reason: ReasonClass): number => ordersByReason.get(reason)?.size ?? 0;

  const total = REASON_CLASSES.reduce((sum, reason) => sum + countOf(reason), 0);
  const causes = REASON_CLASSES.filter((reason) => countOf(reason) > 0)
    .map((reason) => ({
      reason,
      cause: reasonCause(reason),
      count: countOf(reason),
      share: countOf(reason) / total,
    }))
    .sort((a, b) => b.count - a.count);
  const shareOf = (cause: ReasonCause): number | null =>
    ratio(
      causes.filter((c) => c.cause === cause).reduce((sum, c) => sum + c.count, 0),
      total,
    );
  const disputedOrders = new Set(opened.map((dispute) => dispute.orderId)).size;

  return {
    paidOrders: paid,
    disputedOrders,
    disputeRate: ratio(disputedOrders, paid),
    earlyDefectRate: ratio(countOf('defective'), paid),
    wrongShipmentRate: ratio(countOf('wrong-item'), paid),
    causes,
    top2: causes.slice(0, 2).map((c) => c.reason),
    internalShare: shareOf('internal'),
    expectationShare: shareOf('expectation'),
  };
}

function distinctOrdersByReason(disputes: readonly Dispute[]): Map<ReasonClass, Set<string>> {
  const byReason = new Map<ReasonClass, Set<string>>();
  for (const { reason, orderId } of disputes) {
    const orderIds = byReason.get(reason) ?? new Set<string>();
    orderIds.add(orderId);
    byReason.set(reason, orderIds);
  }
  return byReason;
}
