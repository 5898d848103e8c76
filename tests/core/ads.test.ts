import { describe, expect, it } from 'vitest';
import { readAds } from '../../src/core/read/readAds';
import { readContext, seoul } from './metricFixtures';
import { inEnglish } from '../support/problems';

const ctx = readContext('광고');

describe('readAds', () => {
  it('converts spend and revenue at the rate of the row date', () => {
    const { records, problems } = readAds(
      [
        ['날짜', '캠페인', 'SKU', '노출수', '클릭수', '광고비', '주문수', '광고 매출'],
        // USD is 1,380 until 09-14 and 1,400 from 09-15
        ['2025-09-14', '폰케이스', 'CM-210', '1,200', 30, 'US $2.50', 1, '$20.00'],
        ['2025-09-15', '폰케이스', 'CM-210', 1000, 25, '$2.50', '', ''],
        ['2025-09-15', '', 'CM-211', 10, 0, 2.5, 0, 0], // a number shown as $2.50
      ],
      ctx,
      [[], [], [], ['', '', '', '', '', '$#,##0.00', '', '']],
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        row: 2,
        date: seoul('2025-09-14'),
        campaign: '폰케이스',
        sku: 'CM-210',
        impressions: 1200,
        clicks: 30,
        spend: 3450, // 2.50 × 1,380
        orders: 1,
        revenue: 27_600, // 20 × 1,380
      },
      {
        row: 3,
        date: seoul('2025-09-15'),
        campaign: '폰케이스',
        sku: 'CM-210',
        impressions: 1000,
        clicks: 25,
        spend: 3500, // 2.50 × 1,400
        orders: null,
        revenue: null,
      },
      {
        row: 4,
        date: seoul('2025-09-15'),
        campaign: 'CM-211', // no campaign: named by its SKU
        sku: 'CM-211',
        impressions: 10,
        clicks: 0,
        spend: 3500, // the number format names USD: 2.5 × 1,400
        orders: 0,
        revenue: 0,
      },
    ]);
  });

  it('never reads bad or blank spend, or a currency without a rate, as 0', () => {
    const { records, problems } = readAds(
      [
        ['Date', 'Campaign', 'Spend', 'Clicks'],
        ['2025-09-01', 'a', '', 3],
        ['2025-09-01', 'b', 'CN￥ 7.00', 3],
        ['2025-09-01', 'c', '1,000', '3.5'],
        ['2025-09-01', 'd', 'lots', 3],
      ],
      ctx,
    );
    expect(records).toEqual([]);
    expect(
      inEnglish(problems).map(({ row, column, value, expected }) => [row, column, value, expected]),
    ).toEqual([
      [2, 'Spend', '', 'an amount such as 12,345원 or US $12.34'],
      [3, 'Spend', 'CN￥ 7.00', 'an FX rate for CNY in Settings'],
      [4, 'Clicks', '3.5', 'a whole number such as 1,234'],
      [5, 'Spend', 'lots', 'an amount such as 12,345원 or US $12.34'],
    ]);
  });
});
