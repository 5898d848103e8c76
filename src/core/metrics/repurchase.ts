/** Repurchase rate (docs/rules.md §5): the share of paid orders that come from returning buyers. */
import { normalizeText } from '../read/cell';
import { oncePerList } from './oncePerList';
import { paidOrders, type PaidOrder } from './paidOrders';
import { inPeriod, type Period } from '../time/period';
import type { Order } from '../read/records';
import { ratio } from './stats';

export type Trend = 'up' | 'down' | 'flat';

export interface Repurchase {
  /** Null over zero paid orders. */
  rate: number | null;
  previousRate: number | null;
  /**
   * Null when either rate is, or without history before the previous period: a shop's first
   * weeks have no returning buyers to find, and a rise from them would be no news.
   */
  trend: Trend | null;
}

/** Rates within half a percentage point of each other are "flat": no trend from noise. */
export const TREND_TOLERANCE = 0.005;

/** 60/200 − 59/200 is 0.0050000000000000044 in floating point, and still within the tolerance. */
const ROUNDING_SLACK = 1e-12;

/**
 * A paid order is a repeat when the same buyer has a paid order with an earlier sale time (any
 * time, also before the period). Buyer names match ignoring case and spacing. A masked name
 * (`x**x`, containing `*`) or a missing one cannot be matched, so its orders count as new
 * buyers' orders: with heavily masked exports the rate is a lower bound.
 * @example repurchase(orders, thisWeek, lastWeek) // { rate: 0.25, previousRate: 0.2, trend: 'up' }
 */
export function repurchase(
  orders: readonly Order[],
  period: Period,
  previousPeriod: Period,
): Repurchase {
  const paid = paidOrders(orders);
  const firstPurchase = firstPurchaseTimes(paid);
  const isRepeat = (order: PaidOrder): boolean => {
    const first = firstPurchase.get(buyerKey(order.buyer) ?? '');
    return first !== undefined && first < order.saleTime.getTime();
  };
  const rateIn = (span: Period): number | null => {
    const inSpan = paid.filter((order) => inPeriod(order.saleTime, span));
    return ratio(inSpan.filter(isRepeat).length, inSpan.length);
  };
  const rate = rateIn(period);
  const previousRate = rateIn(previousPeriod);
  const history = paid.some((order) => order.saleTime < previousPeriod.start);
  return { rate, previousRate, trend: history ? trendOf(rate, previousRate) : null };
}

/** Each buyer's first sale time, once per paid-orders list: repurchase is asked for two spans. */
const firstPurchaseTimes = oncePerList((paid: readonly PaidOrder[]): Map<string, number> => {
  const first = new Map<string, number>();
  for (const order of paid) {
    const key = buyerKey(order.buyer);
    if (key === null) continue;
    first.set(key, Math.min(first.get(key) ?? Infinity, order.saleTime.getTime()));
  }
  return first;
});

function buyerKey(buyer: string | null): string | null {
  if (buyer === null) return null;
  const key = normalizeText(buyer).toLowerCase();
  return key === '' || key.includes('*') ? null : key;
}

function trendOf(rate: number | null, previousRate: number | null): Trend | null {
  if (rate === null || previousRate === null) return null;
  if (Math.abs(rate - previousRate) <= TREND_TOLERANCE + ROUNDING_SLACK) return 'flat';
  return rate > previousRate ? 'up' : 'down';
}
