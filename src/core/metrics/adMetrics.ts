/**
 * Ad performance per campaign/keyword and what to do with each (docs/rules.md §5; the guide's §2-10:
 * test the top keywords with a small budget for 3 days, stop the low-CTR ones, raise the
 * winners, fix the detail page of keywords that are clicked but do not sell).
 */
import { localDateKey } from '../time/dates';
import { inPeriod, type Period } from '../time/period';
import type { AdRow } from '../read/records';
import { median, pairedRatio, sum, sumOrNull } from './stats';

export type KeywordAction =
  'pause' | 'boost' | 'fix-detail-page' | 'below-break-even' | 'keep' | 'wait';

/** Sums are in the base currency; a count is null when no row has it. */
export interface AdFigures {
  spend: number;
  revenue: number | null;
  impressions: number | null;
  clicks: number | null;
  orders: number | null;
  /** Revenue ÷ spend. */
  roas: number | null;
  /** Clicks ÷ impressions. */
  ctr: number | null;
  /** Spend ÷ clicks. */
  cpc: number | null;
}

export interface KeywordMetrics extends AdFigures {
  campaign: string;
  /** The SKU most of the keyword's spend advertises; null when its rows name none. */
  sku: string | null;
  /**
   * The ROAS at which the keyword's ad spend eats the SKU's whole margin: 1 ÷ the SKU's margin
   * rate before ads. Null without a SKU, or when the SKU loses money before any ad (then no
   * ROAS breaks even: Infinity would not be a number to show).
   */
  breakEvenRoas: number | null;
  /** The SKU's margin rate before ads (null without a SKU or sales). */
  skuMarginBeforeAds: number | null;
  /** Orders ÷ clicks. */
  conversion: number | null;
  /** Calendar days with data in the period. */
  days: number;
  action: KeywordAction;
}

export interface AdMetrics {
  totals: AdFigures;
  /** Most spend first. */
  keywords: KeywordMetrics[];
}

/** The guide's test length: a keyword is judged after 3 days of data, 'wait' before. */
export const MIN_TEST_DAYS = 3;
/** Below 1% CTR, or below half the median CTR of the judged keywords, a keyword is paused. */
export const LOW_CTR = 0.01;
export const LOW_CTR_SHARE_OF_MEDIAN = 0.5;
/**
 * A winner earns at least 3 in revenue per 1 spent (enough to stay profitable after product
 * cost and fees at common margins) and at least the median ROAS: it is boosted.
 */
export const BOOST_MIN_ROAS = 3;
/** Clicked at least as well as the median keyword, yet under 1 order per 100 clicks. */
export const LOW_CONVERSION = 0.01;
/** Fewer clicks than this say nothing yet about conversion. */
export const MIN_CLICKS_TO_JUDGE_CONVERSION = 20;

/**
 * Ad rows dated in `period`, in total and per campaign. `timeZone` counts the days of data.
 * Actions, first match wins: wait (under 3 days), below-break-even (its ROAS does not pay for the
 * ads out of the SKU's margin: never boost or keep that), boost, pause, fix-detail-page, keep. A
 * winner is boosted even with a low CTR: it sells.
 * @param marginBeforeAds each SKU's margin rate before ads (its real margin + ad spend ÷ sales)
 */
export function adMetrics(
  ads: readonly AdRow[],
  period: Period,
  timeZone: string,
  marginBeforeAds: ReadonlyMap<string, number | null> = new Map(),
): AdMetrics {
  const counted = ads.filter((ad) => inPeriod(ad.date, period));
  const measured = [...byCampaign(counted)].map(([campaign, rows]) => {
    const sku = mainSku(rows);
    const skuMarginBeforeAds = sku === null ? null : (marginBeforeAds.get(sku) ?? null);
    return {
      campaign,
      sku,
      breakEvenRoas: breakEven(skuMarginBeforeAds),
      skuMarginBeforeAds,
      ...figuresOf(rows),
      conversion: pairedRatio(rows, 'orders', 'clicks'),
      days: new Set(rows.map((row) => localDateKey(row.date, timeZone))).size,
    };
  });
  const medians = mediansOf(measured.filter((keyword) => keyword.days >= MIN_TEST_DAYS));
  const keywords = measured
    .map((keyword) => ({ ...keyword, action: actionFor(keyword, medians) }))
    .sort((a, b) => b.spend - a.spend || (a.campaign < b.campaign ? -1 : 1));
  return { totals: figuresOf(counted), keywords };
}

/** The SKU that takes most of the rows' spend (a campaign usually advertises one product). */
function mainSku(rows: readonly AdRow[]): string | null {
  const spend = new Map<string, number>();
  for (const row of rows)
    if (row.sku !== null) spend.set(row.sku, (spend.get(row.sku) ?? 0) + row.spend);
  let best: [string, number] | null = null;
  for (const entry of spend) if (best === null || entry[1] > best[1]) best = entry;
  return best?.[0] ?? null;
}

function breakEven(marginRate: number | null): number | null {
  return marginRate === null || marginRate <= 0 ? null : 1 / marginRate;
}

function byCampaign(ads: readonly AdRow[]): Map<string, AdRow[]> {
  const campaigns = new Map<string, AdRow[]>();
  for (const ad of ads) {
    const rows = campaigns.get(ad.campaign);
    if (rows) rows.push(ad);
    else campaigns.set(ad.campaign, [ad]);
  }
  return campaigns;
}

function figuresOf(rows: readonly AdRow[]): AdFigures {
  return {
    spend: sum(rows.map((row) => row.spend)),
    revenue: sumOrNull(rows.map((row) => row.revenue)),
    impressions: sumOrNull(rows.map((row) => row.impressions)),
    clicks: sumOrNull(rows.map((row) => row.clicks)),
    orders: sumOrNull(rows.map((row) => row.orders)),
    roas: pairedRatio(rows, 'revenue', 'spend'),
    ctr: pairedRatio(rows, 'clicks', 'impressions'),
    cpc: pairedRatio(rows, 'spend', 'clicks'),
  };
}

interface Medians {
  roas: number | null;
  ctr: number | null;
}

function mediansOf(keywords: readonly AdFigures[]): Medians {
  const present = (values: (number | null)[]) => values.filter((value) => value !== null);
  return {
    roas: median(present(keywords.map((keyword) => keyword.roas))),
    ctr: median(present(keywords.map((keyword) => keyword.ctr))),
  };
}

function actionFor(keyword: Omit<KeywordMetrics, 'action'>, medians: Medians): KeywordAction {
  const { roas, ctr, clicks, conversion, breakEvenRoas, skuMarginBeforeAds } = keyword;
  if (keyword.days < MIN_TEST_DAYS) return 'wait';
  // A SKU that loses money before any ad loses more with every ad: no ROAS breaks even.
  if (skuMarginBeforeAds !== null && skuMarginBeforeAds <= 0) return 'below-break-even';
  if (roas !== null && breakEvenRoas !== null && roas < breakEvenRoas) return 'below-break-even';
  if (roas !== null && roas >= BOOST_MIN_ROAS && roas >= (medians.roas ?? roas)) return 'boost';
  if (ctr === null) return 'keep';
  const medianCtr = medians.ctr ?? ctr;
  if (ctr < LOW_CTR || ctr < medianCtr * LOW_CTR_SHARE_OF_MEDIAN) return 'pause';
  const clickedWell = ctr >= medianCtr && (clicks ?? 0) >= MIN_CLICKS_TO_JUDGE_CONVERSION;
  return clickedWell && conversion !== null && conversion < LOW_CONVERSION
    ? 'fix-detail-page'
    : 'keep';
}
