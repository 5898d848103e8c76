// docs/rules.md §5 "Honest KPIs": the margin is never green on missing costs, and repurchase says NO DATA
// until there are two weeks to compare.
import { describe, expect, it } from 'vitest';
import { costCoverage } from '../../src/core/metrics/costCoverage';
import { render } from '../../src/core/text/messages';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';

const NOW = new Date('2025-10-27T09:00:00+09:00');
const ORDERS = [
  ['Order ID', 'Status', 'Pay Time', 'Order Amount', 'Product Code', 'Buyer', 'Tracking No.'],
  ['1', 'Completed', '2025-10-20 10:00', 100_000, 'A-1 * 1', 'Kim', 'T'],
  ['2', 'Completed', '2025-10-21 10:00', 100_000, 'A-1 * 1', 'Lee', 'T'],
  ['3', 'Completed', '2025-10-22 10:00', 100_000, 'B-2 * 1', 'Park', 'T'],
];
const SKU = (bCost: unknown) => [
  ['SKU', 'Unit Cost'],
  ['A-1', 20_000],
  ['B-2', bCost],
];

function marginKpi(tabs: Array<{ name: string; values: unknown[][] }>) {
  const update = computeWeeklyUpdate({ tabs, timeZone: 'Asia/Seoul', locale: 'ko_KR', now: NOW });
  const kpi = update.kpis.find((candidate) => candidate.id === 'marginRate');
  return { ...kpi, note: kpi?.note ? render(kpi.note, 'ko') : null };
}

describe('the margin KPI', () => {
  it('is NO DATA without a SKU tab: no cost is known, whatever the sales say', () => {
    expect(marginKpi([{ name: 'Orders', values: ORDERS }])).toMatchObject({
      value: null,
      status: 'NO DATA',
      note: '기간 중 원가가 있는 주문이 없어 마진을 알 수 없습니다. 상품 탭에 원가를 적어 주세요.',
    });
  });

  it('is at best WARN, with the number of orders, when some lines lack a cost', () => {
    const kpi = marginKpi([
      { name: 'Orders', values: ORDERS },
      { name: 'SKU', values: SKU('') },
    ]);
    // 300,000 − 40,000 COGS − 24,000 fees (8%) = 236,000 ÷ 300,000, far above the 15% target.
    expect(kpi.value).toBeCloseTo(236_000 / 300_000, 12);
    expect(kpi.status).toBe('WARN');
    expect(kpi.note).toBe('원가가 없는 주문이 1건 있어 마진이 실제보다 좋게 보입니다.');
  });

  it('is OK when every line has its cost', () => {
    const kpi = marginKpi([
      { name: 'Orders', values: ORDERS },
      { name: 'SKU', values: SKU(30_000) },
    ]);
    expect([kpi.value, kpi.status, kpi.note]).toEqual([206_000 / 300_000, 'OK', null]);
  });

  it('counts a unit cost of 0 (a gift) as a cost: OK, with no note', () => {
    const kpi = marginKpi([
      { name: 'Orders', values: ORDERS },
      { name: 'SKU', values: SKU(0) },
    ]);
    // 300,000 − 40,000 COGS (B-2 costs nothing) − 24,000 fees = 236,000.
    expect([kpi.value, kpi.status, kpi.note]).toEqual([236_000 / 300_000, 'OK', null]);
  });
});

describe('costCoverage', () => {
  it('counts sale lines with a net sale, and the orders among them without COGS', () => {
    const entry = (
      type: 'sale' | 'cogs',
      orderId: string | null,
      sku: string,
      baseAmount: number,
    ) => ({
      type,
      orderId,
      sku,
      baseAmount,
    });
    expect(
      costCoverage([
        entry('sale', '1', 'A', 10),
        entry('cogs', '1', 'A', 3),
        entry('sale', '1', 'B', 10), // line B of order 1 has no cost
        entry('sale', '2', 'A', 10),
        entry('sale', '2', 'A', -10), // cancelled: no sale line
        entry('sale', null, 'A', 99), // typed by hand: not judged
        entry('sale', '3', 'C', 5),
      ]),
    ).toEqual({ saleLines: 3, uncostedLines: 2, uncostedOrders: 2 });
  });
});

describe('the repurchase KPI', () => {
  const order = (id: string, buyer: string, paid: string) => [
    id,
    'Completed',
    paid,
    1_000,
    '',
    buyer,
    'T',
  ];
  const kpiOf = (orders: unknown[][]) =>
    computeWeeklyUpdate({
      tabs: [{ name: 'Orders', values: [ORDERS[0] as unknown[], ...orders] }],
      timeZone: 'Asia/Seoul',
      locale: 'en_US',
      now: NOW,
    }).kpis.find((kpi) => kpi.id === 'repurchaseRate');

  it('is NO DATA without history before the week it compares with', () => {
    const young = [order('1', 'Kim', '2025-10-15 10:00'), order('2', 'Kim', '2025-10-22 10:00')];
    const kpi = kpiOf(young);
    expect(kpi?.value).toBe(0.5); // over the KPI window
    expect(kpi?.status).toBe('NO DATA');
    expect(kpi?.note && render(kpi.note, 'en')).toBe(
      'Not enough history yet to compare this week with the week before.',
    );
  });

  it('compares the as-of week with the week before once there is history', () => {
    const older = [
      order('1', 'Kim', '2025-10-01 10:00'),
      order('2', 'Lee', '2025-10-14 10:00'), // the week before: no repeat
      order('3', 'Kim', '2025-10-22 10:00'), // this week: a repeat
    ];
    expect(kpiOf(older)).toMatchObject({ status: 'OK', note: null });
  });
});
