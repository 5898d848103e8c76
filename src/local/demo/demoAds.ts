import { DEMO_FACTS } from './facts';
import { DAY, dayText, PERIOD_DAYS, weekdayOf, within, type TimeWindow } from './demoPeriod';
import type { Rng } from './rng';
import { sheetOf } from './demoSheet';
import type { CellValue, SheetData } from '../workbookData';

export const ADS_HEADER = [
  '날짜',
  '캠페인',
  'SKU',
  '노출수',
  '클릭수',
  '광고비',
  '주문수',
  '광고 매출',
];

interface Campaign {
  keyword: string;
  sku: string;
  dailyImpressions: number;
  clickRate: number;
  costPerClickKrw: number;
  conversion: number;
  orderValueKrw: number;
  startDay: number;
}

const campaign = (
  keyword: string,
  sku: string,
  dailyImpressions: number,
  clickRate: number,
  costPerClickKrw: number,
  conversion: number,
  orderValueKrw: number,
  startDay = 0,
): Campaign => ({
  keyword,
  sku,
  dailyImpressions,
  clickRate,
  costPerClickKrw,
  conversion,
  orderValueKrw,
  startDay,
});

/** One keyword campaign per row; the first three are the DEMO_FACTS keyword cases. */
const CAMPAIGNS: readonly Campaign[] = [
  campaign(DEMO_FACTS.campaigns.winner, 'KB-SNAIL-100', 5200, 0.022, 190, 0.045, 27_000),
  campaign(DEMO_FACTS.campaigns.lowCtr, 'FA-SOCKS-5', 6800, 0.0025, 140, 0.02, 14_500),
  campaign(DEMO_FACTS.campaigns.highCtrLowConversion, 'FA-CLAW-L', 4100, 0.045, 110, 0.003, 10_500),
  campaign('sheet mask set', 'KB-MASK-10', 3900, 0.012, 170, 0.028, 19_000),
  campaign('gel pen set', 'ST-GELPEN-12', 3000, 0.01, 120, 0.022, 13_000, 7),
  campaign('phone strap', 'PH-STRAP', 2600, 0.009, 100, 0.02, 9_000, 14),
];
const GROWTH_OVER_PERIOD = 0.6;
const WEEKEND_FACTOR = 1.1;

/** A day's row of one campaign. */
export interface DemoAdsDay {
  day: number;
  row: CellValue[];
}

/** Daily rows per campaign, spend and revenue in KRW as the Korean ads dashboard exports them. */
export function drawAds(rng: Rng, scale: number): DemoAdsDay[] {
  const days: DemoAdsDay[] = [];
  for (let day = 0; day < PERIOD_DAYS; day++) {
    const trafficFactor =
      (1 + (GROWTH_OVER_PERIOD * day) / (PERIOD_DAYS - 1)) *
      (weekdayOf(day) >= 5 ? WEEKEND_FACTOR : 1);
    for (const c of CAMPAIGNS) {
      if (day < c.startDay) continue;
      const impressions = Math.round(
        c.dailyImpressions * scale * trafficFactor * rng.normal(1, 0.12),
      );
      const clicks = Math.max(0, Math.round(impressions * c.clickRate * rng.normal(1, 0.15)));
      const orders = poissonLike(rng, clicks * c.conversion);
      const row = [
        dayText(day),
        c.keyword,
        c.sku,
        impressions,
        clicks,
        Math.round(clicks * c.costPerClickKrw * rng.normal(1, 0.1)),
        orders,
        roundTo10(orders * c.orderValueKrw * rng.normal(1, 0.1)),
      ];
      days.push({ day, row });
    }
  }
  return days;
}

/** The days in the window (copied rows: views of one shop must not share arrays). */
export function adsSheet(days: readonly DemoAdsDay[], window: TimeWindow): SheetData {
  const rows = days.filter(({ day }) => within(window, day * DAY)).map(({ row }) => [...row]);
  return sheetOf('광고', ADS_HEADER, rows, {
    3: '#,##0',
    4: '#,##0',
    5: '#,##0',
    6: '#,##0',
    7: '#,##0',
  });
}

/** A count with the given mean and a Poisson-like spread. */
function poissonLike(rng: Rng, mean: number): number {
  return Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
}

function roundTo10(won: number): number {
  return Math.round(won / 10) * 10;
}
