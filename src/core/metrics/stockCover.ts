/** Stock cover (docs/rules.md §5): how many days the stock lasts at the recent selling pace. */
import { addDaysToKey, dayKeyToDate, localDateKey } from '../time/dates';
import { paidOrders } from './paidOrders';
import { inPeriod, type Period } from '../time/period';
import type { Order, SkuInfo } from '../read/records';
import { distinctSkus } from './skuMargin';

/** The selling pace is the mean over this many whole days. */
export const PACE_DAYS = 14;

export interface StockCoverRow {
  sku: string;
  /** Null when the SKU tab leaves it blank. */
  stock: number | null;
  /** Mean units a day over the last PACE_DAYS whole days. */
  dailyUnits: number;
  /** Null when nothing sold (or no stock figure): no pace, no cover. */
  coverDays: number | null;
  /** Cover shorter than the reorder lead time. */
  alert: boolean;
}

/**
 * The pace counts the units of paid orders whose sale time falls in the PACE_DAYS whole days
 * before `asOf`'s day (in `timeZone`), so a morning check does not see a half-empty today. A SKU
 * listed twice counts once (its first row's stock). Sorted by cover, shortest first; SKUs without
 * a cover last, then by SKU.
 * @example stockCover([{ sku: 'A', stock: 28, ... }], orders, asOf, 'Asia/Seoul', 10)[0].coverDays // 14
 */
export function stockCover(
  skus: readonly SkuInfo[],
  orders: readonly Order[],
  asOf: Date,
  timeZone: string,
  leadTimeDays: number,
): StockCoverRow[] {
  const units = unitsSold(orders, paceWindow(asOf, timeZone));
  return distinctSkus(skus)
    .map(({ sku, stock }) => {
      const dailyUnits = (units.get(sku) ?? 0) / PACE_DAYS;
      const coverDays = stock === null || dailyUnits === 0 ? null : stock / dailyUnits;
      return {
        sku,
        stock,
        dailyUnits,
        coverDays,
        alert: coverDays !== null && coverDays < leadTimeDays,
      };
    })
    .sort(
      (a, b) => (a.coverDays ?? Infinity) - (b.coverDays ?? Infinity) || a.sku.localeCompare(b.sku),
    );
}

function paceWindow(asOf: Date, timeZone: string): Period {
  const today = localDateKey(asOf, timeZone);
  return {
    start: dayKeyToDate(addDaysToKey(today, -PACE_DAYS), timeZone),
    end: dayKeyToDate(today, timeZone),
  };
}

function unitsSold(orders: readonly Order[], window: Period): Map<string, number> {
  const units = new Map<string, number>();
  for (const order of paidOrders(orders)) {
    if (!inPeriod(order.saleTime, window)) continue;
    for (const { sku, qty } of order.lines) units.set(sku, (units.get(sku) ?? 0) + qty);
  }
  return units;
}
