import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adMetrics } from '../../src/core/metrics/adMetrics';
import type { AdRow } from '../../src/core/read/records';
import {
  expectAllFinite,
  listAndShuffled,
  seoul,
  septemberInstant,
  TIME_ZONE,
} from './metricFixtures';

const week = { start: seoul('2025-09-01'), end: seoul('2025-09-08') };

interface Day {
  impressions: number | null;
  clicks: number | null;
  spend: number;
  orders: number | null;
  revenue: number | null;
}

function adRow(campaign: string, date: Date, day: Day): AdRow {
  return { row: 2, date, campaign, sku: null, ...day };
}

/** The same figures on each of the given September days. */
function days(campaign: string, dayNumbers: number[], day: Day): AdRow[] {
  return dayNumbers.map((n) => adRow(campaign, seoul(`2025-09-0${n}`), day));
}

const ADS = [
  ...days('phone case', [1, 2, 3], {
    impressions: 1000,
    clicks: 30,
    spend: 10_000,
    orders: 2,
    revenue: 50_000,
  }),
  ...days('cable', [1, 2, 3], {
    impressions: 2000,
    clicks: 10,
    spend: 5_000,
    orders: 0,
    revenue: 0,
  }),
  ...days('charger', [1, 2, 3], {
    impressions: 1000,
    clicks: 40,
    spend: 8_000,
    orders: 0,
    revenue: 0,
  }),
  ...days('stand', [1, 2, 3, 4], {
    impressions: 1000,
    clicks: 25,
    spend: 5_000,
    orders: 1,
    revenue: 10_000,
  }),
  ...days('new', [6, 7], {
    impressions: 100,
    clicks: 0,
    spend: 1_000,
    orders: null,
    revenue: null,
  }),
  adRow('old', seoul('2025-08-31'), { impressions: 9, clicks: 9, spend: 9, orders: 9, revenue: 9 }),
];

describe('adMetrics', () => {
  const result = adMetrics(ADS, week, TIME_ZONE);

  it('gives each keyword its figures and action', () => {
    // Judged keywords' medians: ROAS of [5, 0, 0, 2] = 1; CTR of [3%, 0.5%, 4%, 2.5%] = 2.75%.
    expect(result.keywords.map(({ campaign, action }) => [campaign, action])).toEqual([
      ['phone case', 'boost'], // ROAS 150,000 / 30,000 = 5 ≥ 3 and ≥ the median
      ['charger', 'fix-detail-page'], // CTR 4% ≥ median, 120 clicks, 0 orders
      ['stand', 'keep'], // ROAS 2, CTR 2.5%: neither winner nor loser
      ['cable', 'pause'], // CTR 30 / 6,000 = 0.5% < 1%
      ['new', 'wait'], // 2 days of data
    ]);
    expect(result.keywords[0]).toMatchObject({
      spend: 30_000,
      revenue: 150_000,
      impressions: 3_000,
      clicks: 90,
      orders: 6,
      roas: 5,
      ctr: 0.03,
      days: 3,
    });
    expect(result.keywords[0].cpc).toBeCloseTo(30_000 / 90, 9);
    expect(result.keywords[0].conversion).toBeCloseTo(6 / 90, 12);
    expect(result.keywords[4]).toMatchObject({
      revenue: null,
      orders: null,
      roas: null,
      cpc: null,
    });
  });

  it('totals the period, ROAS over the rows that have a revenue', () => {
    expect(result.totals).toMatchObject({
      spend: 91_000, // 30,000 + 15,000 + 24,000 + 20,000 + 2,000
      revenue: 190_000,
      impressions: 16_200,
      clicks: 340,
      orders: 10,
    });
    // 190,000 ÷ (91,000 − the 2,000 spent on rows without revenue)
    expect(result.totals.roas).toBeCloseTo(190_000 / 89_000, 12);
    expect(result.totals.ctr).toBeCloseTo(340 / 16_200, 12);
    expect(result.totals.cpc).toBeCloseTo(91_000 / 340, 9);
  });

  it('pauses a CTR below half the median and counts days in the spreadsheet zone', () => {
    const day = (impressions: number, clicks: number): Day => ({
      impressions,
      clicks,
      spend: 1_000,
      orders: null,
      revenue: null,
    });
    const ads = [
      ...days('a', [1, 2, 3], day(1000, 50)),
      ...days('b', [1, 2, 3], day(1000, 50)),
      ...days('c', [1, 2, 3], day(1000, 20)), // 2% ≥ 1%, but < half of the 5% median
      // 2025-09-02 15:30 UTC is 09-03 00:30 in Seoul: two Seoul days, not three
      adRow('d', new Date('2025-09-02T15:30:00Z'), day(1000, 50)),
      ...days('d', [3, 4], day(1000, 50)),
    ];
    const keywords = adMetrics(ads, week, TIME_ZONE).keywords;
    // equal spend (3,000 each): alphabetical
    expect(keywords.map(({ campaign, action }) => [campaign, action])).toEqual([
      ['a', 'keep'],
      ['b', 'keep'],
      ['c', 'pause'],
      ['d', 'wait'],
    ]);
    expect(keywords[3].days).toBe(2);
  });

  it('says NO DATA without ads', () => {
    expect(adMetrics([], week, TIME_ZONE)).toEqual({
      totals: {
        spend: 0,
        revenue: null,
        impressions: null,
        clicks: null,
        orders: null,
        roas: null,
        ctr: null,
        cpc: null,
      },
      keywords: [],
    });
  });

  it('does not depend on row order and never gives NaN or Infinity', () => {
    const count = fc.option(fc.nat(2_000), { nil: null });
    const anAd = fc
      .tuple(
        fc.constantFrom('a', 'b', 'c'),
        septemberInstant,
        count,
        count,
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        count,
        fc.option(fc.double({ min: 0, max: 500_000, noNaN: true }), { nil: null }),
      )
      .map(([campaign, date, impressions, clicks, spend, orders, revenue]) =>
        adRow(campaign, date, { impressions, clicks, spend, orders, revenue }),
      );
    fc.assert(
      fc.property(listAndShuffled(anAd), ([ads, shuffled]) => {
        const metrics = adMetrics(ads, week, TIME_ZONE);
        expect(adMetrics(shuffled, week, TIME_ZONE)).toEqual(metrics);
        expectAllFinite(metrics);
      }),
    );
  });
});

describe('adMetrics: the break-even ROAS of the SKU a keyword advertises', () => {
  // 3 days of 1,000 impressions, 30 clicks and ₩10,000 spend bringing ₩20,700 (ROAS 2.07).
  const keyword = (campaign: string, sku: string) =>
    days(campaign, [1, 2, 3], {
      impressions: 1000,
      clicks: 30,
      spend: 10_000,
      orders: 2,
      revenue: 20_700,
    }).map((row) => ({ ...row, sku }));
  const margins = new Map<string, number | null>([
    ['THIN', 0.2], // break-even ROAS 5
    ['FAT', 0.5], // break-even ROAS 2
    ['LOSS', -0.1], // loses money before any ad
  ]);
  const result = adMetrics(
    [...keyword('thin', 'THIN'), ...keyword('fat', 'FAT'), ...keyword('loss', 'LOSS')],
    week,
    TIME_ZONE,
    margins,
  );
  const byName = new Map(result.keywords.map((k) => [k.campaign, k]));

  it('is 1 ÷ the margin rate before ads, and a keyword below it is never kept', () => {
    expect(byName.get('thin')).toMatchObject({ sku: 'THIN', action: 'below-break-even' });
    expect(byName.get('thin')?.breakEvenRoas).toBeCloseTo(5, 12);
    expect(byName.get('thin')?.roas).toBeCloseTo(2.07, 12);
    expect(byName.get('fat')).toMatchObject({ sku: 'FAT', breakEvenRoas: 2, action: 'keep' });
  });

  it('has no break-even for a SKU that loses money before ads: every ad deepens the loss', () => {
    expect(byName.get('loss')).toMatchObject({ breakEvenRoas: null, action: 'below-break-even' });
  });
});
