/**
 * The demo workbook: 8 ISO weeks (2025-09-01 Mon .. 2025-10-26 Sun, Asia/Seoul) of a small Korean
 * shop on AliExpress selling K-beauty, stationery, accessories and home goods to buyers abroad.
 * Every later feature, fixture and the local preview use it. It is generated from a seeded PRNG
 * (rng.ts), so the same options always give a deep-equal workbook; nothing reads Math.random or
 * the clock. The export is taken at the last second of the period (as of 2025-10-26).
 *
 * The shop is drawn once, whole, and then read as of a time: `asOfWeek` gives the workbook at the
 * end of an earlier ISO week, where later events have not happened yet (an order paid that week
 * and cancelled the next is still to ship; a dispute's refund shows once it closes). The draws
 * never depend on the as-of time, so an order has the same id and amounts in every week.
 * `windows: 'download'` cuts the export tabs to what one download covers (exportWindows.ts), and
 * demoWeeklyPastes() gives those downloads week by week, as a seller pastes them each Monday.
 *
 * Tabs, named as a Korean seller would:
 * - 주문: the Chinese order export (2019 columns, the 2014 product-info header with its line
 *   break), ~1,500 orders at scale 1, growing ~60% over the period, busiest on weekends. Text
 *   cells as AliExpress writes them: ids of 15–16 digits (5% with a trailing space),
 *   `US $1,234.56`, `2025-09-03 14:22`, `Carrier:Number⏎`. Statuses follow each order's
 *   simulated life: 交易完成, 等待买家收货, 等待发货, 等待买家付款, 订单关闭 (unpaid, cancelled, or
 *   refunded after shipping).
 *   ~15% of orders come from returning buyers. As AliExpress does, 买家名称 is masked (M***a S***a)
 *   on closed orders and on completed ones placed before the last three weeks; orders still in
 *   progress and recent ones carry the buyer's full, invented name, distinct per buyer, so that
 *   the repurchase rate finds the returning buyers among them (~3% in the KPI window).
 * - 상품: 40 SKUs, cost in KRW (numbers), price in USD (numbers formatted $), stock, keyword, and
 *   an extra 상품 ID column linking them to 유입's 商品ID.
 * - 분쟁: ~2.5% of shipped orders plus most lost parcels; reasons in KO/ZH/EN; some still open;
 *   refunds as `US $12.30` text or as $-formatted numbers. A full refund closes the order.
 * - 유입: Business Advisor product analysis, one row per product and week, counts as `1,234`.
 * - 광고: daily rows for 6 keyword campaigns, KRW numbers.
 * - 리뷰: ~30% of completed orders, mostly 5 stars; 1–3-star texts repeat 배송 / 파손 / small.
 * - 메시지: ~0.2 per order, replies mostly 2–10 h, ~10% after more than a day, a few never.
 * - 정산: one-week fund flow (收支流水), long form, `-US $1.20` with the sign first.
 * - 원장: 18 manual rows (weekly packaging and postage, a coupon, other), empty Source Key.
 * - 설정: docs/rules.md §6 keys in Korean with defaults, then the FX table (USD, CNY; no EUR).
 *
 * Planted on purpose (DEMO_FACTS has the ids and values, for every seed and scale): 5 orders
 * re-pasted as identical duplicate rows; exactly one order in € (no EUR rate); one order whose
 * amount differs from product + shipping − discount (besides ~2% random ones); a bulk order of
 * US $1,047.00 (the only order amount with a thousands comma); an order awaiting payment;
 * 4 orders with times in the 2014 dotted and the 2024 month-first forms; 3 to-ship orders close
 * to their ship-by deadline and one past it; a late shipment with its penalty in 정산; a refund in
 * both 분쟁 and 정산 and one only in 정산; a SKU without cost, 3 low-stock SKUs, a SKU priced
 * below cost, titles that are short / repeat words / carry banned words; the funnel's weakest
 * step is the cart step (visitors → add-to-cart, ~4% against its 8% benchmark); a low-CTR
 * keyword, a winner and a high-CTR low-conversion keyword;
 * USD moves 1,330 → 1,395 KRW (+4.9%).
 */
import { adsSheet, drawAds, type DemoAdsDay } from './demoAds';
import { disputesSheet, simulateDisputes, type DemoDispute } from './demoDisputes';
import { exportWindow, isExportTab, type DemoWindows, type ExportTab } from './exportWindows';
import { DEMO_FACTS } from './facts';
import { ledgerSheet } from './demoLedger';
import { drawMessages, messagesSheet, type DemoMessage } from './demoMessages';
import { dailyOrderCounts, OrderFactory, type DemoOrder } from './demoOrders';
import { ordersSheet } from './ordersSheet';
import { DEMO_PERIOD, endOfWeek, PERIOD_WEEKS } from './demoPeriod';
import { plantedOrderIds, plantOrders, type PlantedOrders } from './plantedOrders';
import { drawReviews, reviewsSheet, type DemoReview } from './demoReviews';
import { createRng } from './rng';
import { settingsSheet } from './demoSettings';
import { drawSettlement, settlementSheet, type DemoSettled } from './demoSettlement';
import { skuSheet } from './skuSheet';
import { drawFunnelNoise, trafficSheet, type FunnelNoise } from './demoTraffic';
import type { CellValue, WorkbookData } from '../workbookData';

export { DEMO_FACTS } from './facts';
export { DEMO_PERIOD } from './demoPeriod';
export { EXPORT_TABS, type DemoWindows, type ExportTab } from './exportWindows';

export interface DemoOptions {
  seed?: number;
  /** 1 = ~1,500 orders; 10 = ~15,000 (for cost tests). Between 1 and 100. */
  scale?: number;
  /** The workbook at the end (Sunday 23:59:59) of this ISO week of the period: 1–8, default 8. */
  asOfWeek?: number;
  /** What the export tabs hold (exportWindows.ts); default 'period', the bundled demo. */
  windows?: DemoWindows;
}

/** One Monday's downloads: the export tabs as of the end of `week`, each cut to its window. */
export interface DemoWeeklyPaste {
  week: number;
  /** `week-3`: the folder `npm run demo -- --weekly` writes them to. */
  label: string;
  tabs: { name: ExportTab; values: CellValue[][] }[];
}

export const DEFAULT_DEMO_SEED = 20250901;
/** A weekly chain starts from the workbook as of this week; demoWeeklyPastes() gives the rest. */
export const DEMO_CHAIN_START_WEEK = 2;
const ORDERS_AT_SCALE_1 = 1500;
const MIN_SCALE = 1;
const MAX_SCALE = 100;

export function buildDemoWorkbook(options: DemoOptions = {}): WorkbookData {
  const asOfWeek = options.asOfWeek ?? PERIOD_WEEKS;
  if (!(Number.isInteger(asOfWeek) && asOfWeek >= 1 && asOfWeek <= PERIOD_WEEKS)) {
    throw new RangeError(`demo asOfWeek must be a week from 1 to ${PERIOD_WEEKS}, got ${asOfWeek}`);
  }
  return workbookAsOf(drawShop(options), asOfWeek, options.windows ?? 'period');
}

/** Weeks 3–8's downloads, to paste one after the other over the week-2 workbook's export tabs. */
export function demoWeeklyPastes(
  options: Pick<DemoOptions, 'seed' | 'scale'> = {},
): DemoWeeklyPaste[] {
  const shop = drawShop(options);
  const weeks = PERIOD_WEEKS - DEMO_CHAIN_START_WEEK;
  return Array.from({ length: weeks }, (_, index) => {
    const week = DEMO_CHAIN_START_WEEK + 1 + index;
    const tabs = workbookAsOf(shop, week, 'download').sheets.flatMap(({ name, values }) =>
      isExportTab(name) ? [{ name, values }] : [],
    );
    return { week, label: `week-${week}`, tabs };
  });
}

/** Everything the generator draws: the whole period's lives, before any as-of time is chosen. */
interface DemoShop {
  scale: number;
  orders: DemoOrder[];
  planted: PlantedOrders;
  disputes: DemoDispute[];
  funnelNoise: FunnelNoise[][];
  ads: DemoAdsDay[];
  reviews: DemoReview[];
  messages: DemoMessage[];
  settled: DemoSettled[];
}

function drawShop(options: Pick<DemoOptions, 'seed' | 'scale'>): DemoShop {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`demo seed must be an integer, got ${seed}`);
  if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
    throw new RangeError(`demo scale must be between ${MIN_SCALE} and ${MAX_SCALE}, got ${scale}`);
  }
  const rng = createRng(seed);
  const factory = new OrderFactory(rng.fork('orders'), plantedOrderIds());
  const plantedCount = plantedOrderIds().length;
  const randomOrders = dailyOrderCounts(
    rng.fork('order counts'),
    ORDERS_AT_SCALE_1 * scale - plantedCount,
  ).flatMap((count, day) => Array.from({ length: count }, () => factory.randomOrderOn(day)));
  // Planted after the random ones, so that no random order "returns" to a planted buyer.
  const planted = plantOrders(factory);
  const orders = [...randomOrders, ...planted.all].sort((a, b) => a.orderedAt - b.orderedAt);
  const disputes = simulateDisputes(rng.fork('disputes'), orders, planted.bothRefund);
  return {
    scale,
    orders,
    planted,
    disputes,
    funnelNoise: drawFunnelNoise(rng.fork('traffic'), orders, disputes),
    ads: drawAds(rng.fork('ads'), scale),
    reviews: drawReviews(rng.fork('reviews'), orders, disputes),
    messages: drawMessages(rng.fork('messages'), orders),
    settled: drawSettlement(rng.fork('settlement'), orders, disputes, planted),
  };
}

/** The workbook at the end of `week`: each export tab holds its window, the seller's tabs all. */
function workbookAsOf(shop: DemoShop, week: number, windows: DemoWindows): WorkbookData {
  const asOf = endOfWeek(week);
  const window = (tab: ExportTab) => exportWindow(tab, asOf, windows);
  return {
    name: DEMO_FACTS.workbookName,
    timeZone: DEMO_PERIOD.timeZone,
    locale: 'ko_KR',
    sheets: [
      ordersSheet(shop.orders, shop.planted.duplicated, window('주문')),
      skuSheet(shop.scale),
      disputesSheet(shop.disputes, window('분쟁')),
      trafficSheet(shop.funnelNoise, shop.orders, shop.disputes, window('유입')),
      adsSheet(shop.ads, window('광고')),
      reviewsSheet(shop.reviews, window('리뷰')),
      messagesSheet(shop.messages, window('메시지')),
      settlementSheet(shop.settled, window('정산')),
      ledgerSheet(shop.orders, asOf),
      settingsSheet(),
    ],
  };
}
