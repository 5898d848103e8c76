import { describe, expect, it } from 'vitest';
import { readTraffic } from '../../src/core/read/readTraffic';
import { readContext, seoul } from './metricFixtures';
import { inEnglish } from '../support/problems';

const ctx = readContext('Traffic');

describe('readTraffic', () => {
  it('reads a Business Advisor product analysis below its title row', () => {
    const { records, problems } = readTraffic(
      [
        ['商品分析 2025-09-01 ~ 2025-09-14'],
        [
          '\uFEFF统计日期', // a CSV's first cell may start with a BOM
          '商品ID',
          '搜索曝光量',
          '商品页访客数',
          '加购物车人数',
          '下单买家数',
          '支付买家数',
          '支付金额',
        ],
        [
          '2025-09-01 ~ 2025-09-07',
          '1005006123456789',
          '12,345',
          '1,234',
          '56',
          '20',
          '15',
          'US $123.45',
        ],
        [seoul('2025-09-08'), '1005006123456789 ', 1000, 100, '', '', ''],
        ['', '', '', '', '', '', '', ''],
        ['2025-09-08', 'P2', 'abc', 100, 1, 1, 1, ''],
        ['2025/13/45', 'P3', 10, 1, 0, 0, 0, ''],
        ['2025-09-08', 'P4', '', '', 1, 1, 1, ''],
      ],
      ctx,
    );
    expect(records).toEqual([
      {
        row: 3,
        start: seoul('2025-09-01'),
        end: seoul('2025-09-07'),
        productId: '1005006123456789',
        impressions: 12_345,
        visitors: 1_234,
        cart: 56,
        ordering: 20,
        paying: 15,
      },
      {
        row: 4,
        start: seoul('2025-09-08'),
        end: seoul('2025-09-08'),
        productId: '1005006123456789',
        impressions: 1000,
        visitors: 100,
        cart: null,
        ordering: null,
        paying: null,
      },
    ]);
    expect(inEnglish(problems)).toEqual([
      {
        tab: 'Traffic',
        row: 6,
        column: '搜索曝光量',
        value: 'abc',
        expected: 'a whole number such as 1,234',
      },
      {
        tab: 'Traffic',
        row: 7,
        column: '统计日期', // BOM trimmed
        value: '2025/13/45',
        expected: 'a date, or a range such as 2025-09-01 ~ 2025-09-07',
      },
      {
        tab: 'Traffic',
        row: 8,
        column: '商品页访客数',
        value: '',
        expected: 'impressions or visitors, a whole number such as 1,234',
      },
    ]);
  });

  it('derives missing counts from the rates (Korean headers)', () => {
    const { records, problems } = readTraffic(
      [
        ['기간', '상품 ID', '노출수', '클릭률', '장바구니 전환율', '주문 전환율', '결제 전환율'],
        // visitors = 10,000 × 3.2% = 320; cart = 320 × 8% = 25.6 → 26; 4.4% → 14.08 → 14;
        // 2.4% → 7.68 → 8
        ['2025-09-01', 'P1', '10,000', '3.2%', '8%', '4.4%', '2.4%'],
        ['2025-09-02', 'P1', '1,000', '12.34%', '8%', 'high', '2%'],
      ],
      ctx,
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      impressions: 10_000,
      visitors: 320,
      cart: 26,
      ordering: 14,
      paying: 8,
    });
    expect(inEnglish(problems)).toEqual([
      {
        tab: 'Traffic',
        row: 3,
        column: '주문 전환율',
        value: 'high',
        expected: 'a percentage such as 8% or 0.08',
      },
    ]);
  });

  it('prefers a count to its rate, and never reads the rate then', () => {
    const { records, problems } = readTraffic(
      [
        ['Period', 'Visitors', 'Add-to-Cart Buyers', 'Add-to-Cart Rate'],
        ['2025-09-01', 200, 7, 'not a rate'],
      ],
      ctx,
    );
    expect(inEnglish(problems)).toEqual([]);
    expect(records[0]).toMatchObject({ impressions: null, visitors: 200, cart: 7 });
  });

  it('reports a tab without a period column once', () => {
    const { records, problems } = readTraffic(
      [
        ['상품 ID', '노출수'],
        ['P1', 10],
      ],
      ctx,
    );
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ tab: 'Traffic', row: null });
    expect(inEnglish(problems)[0]?.expected).toContain('Period');
  });
});
