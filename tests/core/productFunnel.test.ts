// The funnel per product, and the afternoon items that name the product to work on (issue: the
// routine names the product): the thumbnail drawing the fewest clicks among products seen
// enough, and the most-viewed product whose title breaks the rules.
import { describe, expect, it } from 'vitest';
import {
  MIN_IMPRESSIONS_TO_JUDGE,
  productFunnels,
  weakestThumbnail,
} from '../../src/core/metrics/productFunnel';
import { FxTable } from '../../src/core/metrics/fx';
import { readSkus } from '../../src/core/read/readSkus';
import { readTraffic } from '../../src/core/read/readTraffic';
import { buildSidebarModel } from '../../src/core/views/sidebarModel';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import type { TabValues } from '../../src/core/read/workbookTabs';

const seoul = (time: string): Date => new Date(`${time}+09:00`);
const HEADER = ['기간', '상품 ID', '노출수', '방문자수', '장바구니 구매자수', '결제 구매자수'];

const traffic: TabValues = {
  name: '유입',
  values: [
    HEADER,
    // P1: two weeks, 4,000 impressions → 160 visitors (4%), 4 paying (2.5%).
    ['2025-10-06 ~ 2025-10-12', 'P1', 2000, 90, 8, 2],
    ['2025-10-13 ~ 2025-10-19', 'P1', 2000, 70, 6, 2],
    // P2: 3,000 → 75 visitors (2.5%, below the 3% benchmark): the weakest thumbnail.
    ['2025-10-13 ~ 2025-10-19', 'P2', 3000, 75, 5, 1],
    // P3: 500 impressions at 1%: too few to judge.
    ['2025-10-13 ~ 2025-10-19', 'P3', 500, 5, 0, 0],
    // P4: a week only half inside the 28-day window (ending 10-26): counted half.
    ['2025-09-25 ~ 2025-10-01', 'P4', 4000, 400, 40, 8],
  ],
};
const skus: TabValues = {
  name: '상품',
  values: [
    ['SKU', '상품명', '대표 키워드', '상품 ID'],
    ['A-1', 'Short', 'short', 'P1'], // fails: under 80 characters
    ['B-2', 'Also short', 'also', 'P2'], // fails too, but fewer visitors than A-1
    ['C-3', 'x'.repeat(90), 'x', 'P3'],
  ],
};
const orders: TabValues = {
  name: '주문',
  values: [
    ['주문 ID', '주문 상태', '결제 시간', '주문 금액', '제품 코드', '수량'],
    // B-2 sells more: the old rule (best-selling) would pick it; the most-viewed rule picks A-1.
    ['1001', '交易完成', '2025-10-26 10:00', 90000, 'B-2', 1],
    ['1002', '交易完成', '2025-10-26 11:00', 10000, 'A-1', 1],
  ],
};

const now = seoul('2025-10-27 09:00');

function update(tabs: TabValues[]) {
  return computeWeeklyUpdate({ tabs, timeZone: 'Asia/Seoul', locale: 'ko_KR', now });
}

describe('productFunnels', () => {
  const window = { start: seoul('2025-09-29 00:00'), end: seoul('2025-10-27 00:00') };
  const read = update([orders, traffic, skus]);

  it('sums each product over the window, pro rata where a row is cut, most impressions first', () => {
    const fx = new FxTable('KRW', []);
    const ctx = { tabName: '', timeZone: 'Asia/Seoul', baseCurrency: 'KRW', fx };
    const rows = readTraffic(traffic.values, ctx).records;
    expect(productFunnels(rows, window, readSkus(skus.values, ctx).records)).toEqual(
      read.productFunnels,
    );
    expect(
      read.productFunnels.map(
        ({ productId, sku, impressions, visitors, clickRate, conversion }) => [
          productId,
          sku,
          impressions,
          visitors,
          clickRate,
          conversion,
        ],
      ),
    ).toEqual([
      ['P1', 'A-1', 4000, 160, 0.04, 4 / 160],
      ['P2', 'B-2', 3000, 75, 0.025, 1 / 75],
      // 09-25 … 10-01 is 7 days; the window starts 09-29: 3 of them, 3/7 of the counts.
      ['P4', null, (4000 * 3) / 7, (400 * 3) / 7, (400 * 3) / 7 / ((4000 * 3) / 7), 0.02],
      ['P3', 'C-3', 500, 5, 0.01, 0],
    ]);
  });

  it('names the weakest thumbnail among products with enough impressions', () => {
    expect(MIN_IMPRESSIONS_TO_JUDGE).toBe(1000);
    expect(weakestThumbnail(read.productFunnels)?.productId).toBe('P2');
    expect(weakestThumbnail(read.productFunnels.filter((p) => p.productId === 'P3'))).toBeNull();
  });
});

describe('the afternoon items name the product', () => {
  function item(tabs: TabValues[], id: string) {
    const model = buildSidebarModel({
      update: update(tabs),
      now,
      ticks: [],
      lastUpdate: null,
      journal: null,
    });
    return model.checklists.flatMap((list) => list.items).find((entry) => entry.id === id);
  }

  it('one thumbnail to improve: the product with the lowest impressions → visitors rate', () => {
    expect(item([orders, traffic, skus], 'afternoon.thumbnail')).toMatchObject({
      lines: [
        '클릭이 가장 적은 상품: B-2. 노출 대비 방문 2.5% (기준 3%)',
        expect.stringContaining('썸네일 원칙'),
      ],
      autoDone: false,
    });
    const onlyFew = { ...traffic, values: [HEADER, traffic.values[4]!] };
    expect(item([orders, onlyFew, skus], 'afternoon.thumbnail')?.lines[0]).toBe(
      '최근 28일 노출이 1,000회를 넘은 상품이 없어 아직 비교할 수 없습니다.',
    );
  });

  it('lists the funnel per product for the sidebar, a weak click rate marked', () => {
    const model = buildSidebarModel({
      update: update([orders, traffic, skus]),
      now,
      ticks: [],
      lastUpdate: null,
      journal: null,
    });
    expect(model.productFunnel.more).toBe(0);
    expect(model.productFunnel.rows.slice(0, 3)).toEqual([
      { product: 'A-1', text: '노출 4,000 · 클릭 4% · 구매 2.5%', weakClick: false },
      { product: 'B-2', text: '노출 3,000 · 클릭 2.5% · 구매 1.33%', weakClick: true },
      { product: '상품 ID P4', text: '노출 1,714 · 클릭 10% · 구매 2%', weakClick: false },
    ]);
  });

  it('one title to improve: the most-viewed product failing the title check, with what to fix', () => {
    const title = item([orders, traffic, skus], 'afternoon.title');
    expect(title?.lines.slice(0, 3)).toEqual([
      '방문이 가장 많은 상품부터: A-1 (방문 160명)',
      'A-1: 80자 미만',
      'Short',
    ]);
    // Without traffic, the best-selling failing title, as before.
    expect(item([orders, skus], 'afternoon.title')?.lines[0]).toMatch(/^B-2: /);
  });
});
