import { describe, expect, it } from 'vitest';
import { WEEKLY_MARGIN } from '../../src/core/functions/weeklyMarginFunction';
import type { WeekRow } from '../../src/core/metrics/weeklyMargin';
import { en, importedSmall, ko, tableOf } from './workbooks';

const HEADER = [
  'Week starting',
  'Sales',
  'Refunds',
  'COGS',
  'Shipping',
  'Packaging',
  'Fees',
  'Affiliate',
  'Ads',
  'Coupons',
  'Penalties',
  'Other',
  'Real margin',
  'Margin rate',
  'Of which store discount',
  'Paid orders',
  'Disputes',
  'Dispute rate',
];

/** A WeekRow in the table's column order. */
const asRow = (week: WeekRow) => [
  week.weekStart,
  week.sales,
  week.refunds,
  week.cogs,
  week.shipping,
  week.packaging,
  week.fees,
  week.affiliate,
  week.ads,
  week.coupons,
  week.penalties,
  week.other,
  week.realMargin,
  week.marginRate,
  week.storeDiscounts,
  week.paidOrders,
  week.disputes,
  week.disputeRate,
];

describe('WEEKLY_MARGIN', () => {
  const { tabs, update } = importedSmall();

  it('spills a header and one row per week, worked out by hand', () => {
    const answer = WEEKLY_MARGIN.run([tabs.Ledger, tabs.Orders, tabs.Disputes, tabs.Settings], en);
    expect(answer).toEqual({
      ok: true,
      value: [
        HEADER,
        // 0999: sale 12,000, COGS 5,000, fee 10% 1,200; the pens ad 1,000; its dispute opened 09-09.
        ['2025-09-08', 12000, 0, 5000, 0, 0, 1200, 0, 1000, 0, 0, 0, 4800, 0.4, 0, 1, 1, 1],
        // Sales 11,000 (US $10 at 1,100) + 20,000 + 30,000 + 14,000 + 15,000; 1002 pasted twice
        // counts once; disputes on 1001 and 1003 (two reasons, one order) → 2 of 5 paid orders.
        [
          '2025-09-15',
          90000,
          5000,
          31000,
          0,
          1500,
          9000,
          0,
          20000,
          2000,
          0,
          0,
          21500,
          21500 / 90000,
          1000,
          5,
          2,
          0.4,
        ],
      ],
    });
  });

  it('equals the weekly update’s weeks, cell for cell', () => {
    const answer = WEEKLY_MARGIN.run([tabs.Ledger, tabs.Orders, tabs.Disputes, tabs.Settings], en);
    expect(answer).toEqual({ ok: true, value: [HEADER, ...update.weeks.map(asRow)] });
  });

  it('leaves the order and dispute figures blank (not 0) when their ranges are not given', () => {
    const answer = WEEKLY_MARGIN.run([tabs.Ledger, undefined, undefined, tabs.Settings], en);
    expect(tableOf(answer)[2]).toEqual([
      '2025-09-15',
      90000,
      5000,
      31000,
      0,
      1500,
      9000,
      0,
      20000,
      2000,
      0,
      0,
      21500,
      21500 / 90000,
      '',
      '',
      '',
      '',
    ]);
  });

  it('writes the header in Korean in a Korean spreadsheet', () => {
    const answer = WEEKLY_MARGIN.run([tabs.Ledger], ko);
    expect(tableOf(answer)[0]?.slice(0, 3)).toEqual(['주 시작일', '매출', '환불']);
  });
});
