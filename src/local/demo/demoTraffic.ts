import { CATALOG, type DemoSku } from './catalog';
import type { DemoDispute } from './demoDisputes';
import { DEMO_FACTS } from './facts';
import { countText, moneyText, percentText, type Cents } from './demoMoney';
import { timelineOf, type DemoOrder } from './demoOrders';
import {
  DAY,
  dayIndexOf,
  dayText,
  PERIOD_END,
  PERIOD_WEEKS,
  within,
  type DemoTime,
  type TimeWindow,
} from './demoPeriod';
import type { Rng } from './rng';
import { sheetOf } from './demoSheet';
import type { SheetData } from '../workbookData';

/** Business Advisor's product analysis (商品分析) export, one row per product and week. */
export const TRAFFIC_HEADER = [
  '统计日期',
  '商品ID',
  '商品名称',
  '搜索曝光量',
  '商品页访客数',
  '加购物车人数',
  '下单买家数',
  '支付买家数',
  '支付金额',
  '支付转化率',
  '退款金额',
];

interface WeekOfProduct {
  orderingBuyers: number;
  payingBuyers: number;
  paid: Cents;
  refunded: Cents;
}

/** The funnel rates of one product and week, drawn once with their noise. */
export interface FunnelNoise {
  /** Drawn when someone paid for the product that week (by the period's end); else null. */
  cartToPaying: number | null;
  /** A week nobody paid in still had a few carts (and so visitors); 0 when someone paid. */
  idleCarts: number;
  addToCart: number;
  click: number;
}

/**
 * Buyers who ordered and paid come from the simulated orders; the steps above them are worked
 * back with the DEMO_FACTS funnel rates, so the add-to-cart step is the weak one. The rates are
 * drawn from the counts at the period's end, `[week][index in CATALOG]`.
 */
export function drawFunnelNoise(
  rng: Rng,
  orders: readonly DemoOrder[],
  disputes: readonly DemoDispute[],
): FunnelNoise[][] {
  const weeks = productWeeks(orders, disputes, PERIOD_END);
  const rates = DEMO_FACTS.funnelRates;
  return Array.from({ length: PERIOD_WEEKS }, (_, week) =>
    CATALOG.map((sku) => {
      const paying = (weeks.get(key(sku, week)) ?? EMPTY_WEEK).payingBuyers > 0;
      return {
        cartToPaying: paying ? around(rng, rates.cartToPaying) : null,
        idleCarts: paying ? 0 : rng.int(1, 3),
        addToCart: around(rng, rates.addToCart),
        click: around(rng, rates.click),
      };
    }),
  );
}

/**
 * One row per product and week that starts in the window, counted as of its end: a payment
 * after it is not counted yet (then the ordering buyers' carts are all the carts there are).
 */
export function trafficSheet(
  noise: readonly FunnelNoise[][],
  orders: readonly DemoOrder[],
  disputes: readonly DemoDispute[],
  window: TimeWindow,
): SheetData {
  const weeks = productWeeks(orders, disputes, window.asOf);
  const rows = [];
  for (let week = 0; week < PERIOD_WEEKS; week++) {
    if (!within(window, week * 7 * DAY)) continue;
    for (const [index, sku] of CATALOG.entries()) {
      const { orderingBuyers, payingBuyers, paid, refunded } =
        weeks.get(key(sku, week)) ?? EMPTY_WEEK;
      const funnel = noise[week][index];
      const carts =
        payingBuyers > 0 && funnel.cartToPaying !== null
          ? Math.round(payingBuyers / funnel.cartToPaying)
          : funnel.idleCarts;
      // Every ordering buyer added to cart first.
      const addedToCart = Math.max(orderingBuyers, carts);
      const visitors = Math.round(addedToCart / funnel.addToCart);
      const impressions = Math.round(visitors / funnel.click);
      rows.push([
        `${dayText(week * 7)} ~ ${dayText(week * 7 + 6)}`,
        sku.productId,
        sku.title,
        countText(impressions),
        countText(visitors),
        countText(addedToCart),
        countText(orderingBuyers),
        countText(payingBuyers),
        moneyText(paid),
        percentText(payingBuyers / visitors),
        moneyText(refunded),
      ]);
    }
  }
  return sheetOf('유입', TRAFFIC_HEADER, rows);
}

const EMPTY_WEEK: WeekOfProduct = { orderingBuyers: 0, payingBuyers: 0, paid: 0, refunded: 0 };

/** A rate with ±10% noise, so weeks differ a little. */
function around(rng: Rng, rate: number): number {
  return rate * rng.normal(1, 0.1);
}

/** Each product's week as of `asOf`. */
function productWeeks(
  orders: readonly DemoOrder[],
  disputes: readonly DemoDispute[],
  asOf: DemoTime,
): Map<string, WeekOfProduct> {
  const weeks = new Map<string, WeekOfProduct>();
  const weekOf = (sku: DemoSku, time: DemoTime) => {
    const k = key(sku, Math.floor(dayIndexOf(time) / 7));
    let week = weeks.get(k);
    if (week === undefined) weeks.set(k, (week = { ...EMPTY_WEEK }));
    return week;
  };
  for (const order of orders) {
    if (order.orderedAt > asOf) continue;
    // Counted in the week of ordering, so that paying buyers never outnumber ordering ones.
    const paid = timelineOf(order, asOf).paid !== null;
    for (const line of order.lines) {
      const week = weekOf(line.sku, order.orderedAt);
      week.orderingBuyers += 1;
      if (!paid) continue;
      week.payingBuyers += 1;
      // Business Advisor reports in US $ only; the one EUR order is left out of the amounts.
      if (order.currency === 'USD') week.paid += line.sku.price * line.quantity;
    }
  }
  for (const dispute of disputes) {
    if (dispute.closedAt === null || dispute.closedAt > asOf || !dispute.refund) continue;
    weekOf(dispute.order.lines[0].sku, dispute.closedAt).refunded += dispute.refund;
  }
  return weeks;
}

function key(sku: DemoSku, week: number): string {
  return `${sku.code}|${week}`;
}
