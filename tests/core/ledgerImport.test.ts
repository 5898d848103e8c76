import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/fx';
import {
  existingSourceKeys,
  planLedgerImport,
  type LedgerImportInput,
} from '../../src/ledgerImport';
import { readDisputes } from '../../src/readers/disputes';
import { readOrders } from '../../src/readers/orders';
import { readSettlement, type SettlementMovement } from '../../src/readers/settlement';
import { readSkus } from '../../src/readers/sku';
import { ledgerTotals, realMargin } from '../../src/realMargin';
import type { AdRow, Dispute, Order, SkuInfo } from '../../src/records';
import { DEFAULT_SETTINGS } from '../../src/settings';

const TZ = 'Asia/Seoul';
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
const seoul = (text: string): Date => new Date(`${text}+09:00`);
// 1 USD = 1,400 KRW; there is no EUR rate.
const fx = new FxTable('KRW', [{ currency: 'USD', rate: 1400, from: null }]);
const ctx = (tabName: string) => ({ tabName, timeZone: TZ, baseCurrency: 'KRW', fx });

const ORDERS = [
  ['Order ID', 'Status', 'Order Time', 'Pay Time', 'Order Amount', 'Product Code', 'Tracking No.'],
  ['A', 'Completed', '2025-09-01 09:55', '2025-09-01 10:00', '₩10,000', 'KB-TINT * 2', 'TRK-A'],
  [
    'B',
    'Shipped',
    '2025-09-02 10:50',
    '2025-09-02 11:00',
    'US $20.00',
    'KB-TINT * 1;ST-STICKER * 3',
    'TRK-B',
  ],
  ['C', 'Completed', '2025-09-03 11:00', '2025-09-03 12:00', '₩15,000', 'KB-PAD * 1', 'TRK-C'],
  ['D', 'Closed', '2025-09-03 13:00', '2025-09-03 13:05', '₩9,000', 'KB-PAD * 1', ''], // never shipped
  ['E', 'Closed', '2025-09-04 08:00', '2025-09-04 08:10', '₩8,000', 'XX-9 * 1', 'TRK-E'], // shipped
  ['F', 'Closed', '2025-09-04 09:00', '', '₩5,000', 'KB-PAD * 1', ''], // unpaid
  ['A', 'Completed', '2025-09-01 09:55', '2025-09-01 10:00', '₩99,999', 'KB-TINT * 2', 'TRK-A'], // re-pasted
  ['G', 'Completed', '2025-09-05 09:00', '2025-09-05 10:00', '€ 23.10', 'KB-PAD * 1', 'TRK-G'], // no EUR rate
];
const DISPUTES = [
  ['Dispute ID', 'Order ID', 'Opened Time', 'Reason', 'Status', 'Refund Amount', 'Closed Time'],
  ['D1', 'B', '2025-09-04 10:00', '상품 파손', '종료', 'US $5.00', '2025-09-05 10:00'],
  ['D2', 'C', '2025-09-06 10:00', '단순 변심', '진행 중', '', ''],
  ['D3', 'D', '2025-09-03 14:00', '미수령', '종료', '₩9,000', '2025-09-03 15:00'],
];
const SETTLEMENT = [
  ['结算时间', '收支类型', '费用项', '变动金额', '币种', '订单号', '平台流水单号'],
  ['2025-09-06 10:00:00', '支出>佣金', '交易佣金', '-US $0.50', 'USD', 'A', 'F1'],
  ['2025-09-06 10:00:01', '收入>放款', '交易放款', 'US $6.64', 'USD', 'A', 'F2'],
  ['2025-09-07 09:00:00', '支出>平台处罚', '海外发货处罚', '-US $1.20', 'USD', 'C', 'F3'],
  ['2025-09-08 10:00:00', '支出>放款后退款', '放款后退款', '-US $3.00', 'USD', 'C', 'F4'],
  ['2025-09-08 11:00:00', '支出>放款后退款', '放款后退款', '-US $4.00', 'USD', 'B', 'F5'],
  [
    '2025-09-09 12:00:00',
    '收入>平台赔付',
    '极速退_非商家责平台赔付商家',
    'US $2.00',
    'USD',
    'E',
    'F6',
  ],
  ['2025-09-09 13:00:00', '支出>物流费用', '退货运费', '-US $5.00', 'USD', 'B', 'F7'],
  ['2025-09-09 14:00:00', '支出>联盟营销', '联盟营销费', '-US $0.25', 'USD', 'B', 'F8'],
];
const SKUS = [
  ['SKU', 'Title', 'Unit Cost'],
  ['KB-TINT', 'Lip tint', '₩3,000'],
  ['KB-PAD', 'Toner pad', '₩4,000'],
  ['ST-STICKER', 'Sticker pack', ''],
];
const adRow = (row: number, date: string, campaign: string, spend: number): AdRow => ({
  row,
  date: seoul(date),
  campaign,
  sku: null,
  impressions: null,
  clicks: null,
  spend,
  orders: null,
  revenue: null,
});
const ADS = [
  adRow(2, '2025-09-02T08:00:00', 'socks', 1_000),
  adRow(3, '2025-09-02T20:00:00', ' socks', 500),
  adRow(4, '2025-09-03T09:00:00', 'socks', 700),
];

function scenario(overrides: Partial<LedgerImportInput> = {}): LedgerImportInput {
  return {
    orders: readOrders(ORDERS, ctx('Orders')).records,
    disputes: readDisputes(DISPUTES, ctx('Disputes')).records,
    settlement: readSettlement(SETTLEMENT, ctx('Settlement')).records,
    skus: readSkus(SKUS, ctx('SKU')).records,
    ads: ADS,
    existingKeys: new Set(),
    settings: DEFAULT_SETTINGS, // commission rate 8%
    baseCurrency: 'KRW',
    timeZone: TZ,
    lang: 'en',
    ...overrides,
  };
}

const rounded = (rows: unknown[][]) =>
  rows.map(([date, ...rest]) => [(date as Date).toISOString(), ...rest]);

describe('planLedgerImport: a small shop, every rule of SPEC §4', () => {
  it('reads the scenario with the expected reader Problems and duplicates', () => {
    const orders = readOrders(ORDERS, ctx('Orders'));
    expect(orders.duplicates).toBe(1);
    expect(orders.problems).toEqual([
      {
        tab: 'Orders',
        row: 9,
        column: 'Order Amount',
        value: '€ 23.10',
        expected: 'an FX rate for EUR in Settings',
      },
    ]);
    expect(readSettlement(SETTLEMENT, ctx('Settlement')).problems).toEqual([]);
  });

  it('plans these rows, by date then key', () => {
    const plan = planLedgerImport(scenario());
    const at = (text: string) => seoul(text).toISOString();
    expect(rounded(plan.rows)).toEqual([
      // A: commission from Settlement (−$0.50 → 700) replaces 8%, dated with the sale; COGS 2 × 3,000.
      [
        at('2025-09-01T10:00:00'),
        'COGS',
        6_000,
        'KRW',
        'KB-TINT',
        'A',
        'KB-TINT × 2',
        'order:A:cogs',
      ],
      [
        at('2025-09-01T10:00:00'),
        'Sale',
        10_000,
        'KRW',
        'KB-TINT',
        'A',
        'KB-TINT × 2',
        'order:A:sale',
      ],
      [at('2025-09-01T10:00:00'), 'Fee', 700, 'KRW', 'KB-TINT', 'A', '交易佣金', 'settle:F1'],
      // Ads: 1,000 + 500 the same Seoul day and campaign.
      [at('2025-09-02T00:00:00'), 'Ad', 1_500, 'KRW', '', '', 'socks', 'ad:2025-09-02:socks'],
      // B: $20 × 1,400 = 28,000; fee 8% = 2,240; COGS only KB-TINT (ST-STICKER has no cost);
      // affiliate −$0.25 → 350, dated with the sale. Two SKUs: the SKU column stays empty.
      [at('2025-09-02T11:00:00'), 'COGS', 3_000, 'KRW', '', 'B', 'KB-TINT × 1', 'order:B:cogs'],
      [
        at('2025-09-02T11:00:00'),
        'Fee',
        2_240,
        'KRW',
        '',
        'B',
        'estimated: 8% of the sale',
        'order:B:fee',
      ],
      [
        at('2025-09-02T11:00:00'),
        'Sale',
        28_000,
        'KRW',
        '',
        'B',
        'KB-TINT × 1; ST-STICKER × 3',
        'order:B:sale',
      ],
      [at('2025-09-02T11:00:00'), 'Affiliate', 350, 'KRW', '', 'B', '联盟营销费', 'settle:F8'],
      [at('2025-09-03T00:00:00'), 'Ad', 700, 'KRW', '', '', 'socks', 'ad:2025-09-03:socks'],
      // C: fee 8% of 15,000 = 1,200; COGS 4,000.
      [
        at('2025-09-03T12:00:00'),
        'COGS',
        4_000,
        'KRW',
        'KB-PAD',
        'C',
        'KB-PAD × 1',
        'order:C:cogs',
      ],
      [
        at('2025-09-03T12:00:00'),
        'Fee',
        1_200,
        'KRW',
        'KB-PAD',
        'C',
        'estimated: 8% of the sale',
        'order:C:fee',
      ],
      [
        at('2025-09-03T12:00:00'),
        'Sale',
        15_000,
        'KRW',
        'KB-PAD',
        'C',
        'KB-PAD × 1',
        'order:C:sale',
      ],
      // E: closed after shipping is a sale; its SKU is unknown, so no COGS.
      [
        at('2025-09-04T08:10:00'),
        'Fee',
        640,
        'KRW',
        'XX-9',
        'E',
        'estimated: 8% of the sale',
        'order:E:fee',
      ],
      [at('2025-09-04T08:10:00'), 'Sale', 8_000, 'KRW', 'XX-9', 'E', 'XX-9 × 1', 'order:E:sale'],
      // B's refund from Disputes ($5 → 7,000) at its closed time; Settlement's F5 is left out.
      [at('2025-09-05T10:00:00'), 'Refund', 7_000, 'KRW', '', 'B', '상품 파손', 'refund:B:D1'],
      [
        at('2025-09-07T09:00:00'),
        'Penalty',
        1_680,
        'KRW',
        'KB-PAD',
        'C',
        '海外发货处罚',
        'settle:F3',
      ],
      // C has no dispute refund: its refund comes from Settlement ($3 → 4,200).
      [at('2025-09-08T10:00:00'), 'Refund', 4_200, 'KRW', 'KB-PAD', 'C', '放款后退款', 'settle:F4'],
      // Compensation received: a credit of Other.
      [
        at('2025-09-09T12:00:00'),
        'Other',
        -2_800,
        'KRW',
        'XX-9',
        'E',
        '极速退_非商家责平台赔付商家',
        'settle:F6',
      ],
      [at('2025-09-09T13:00:00'), 'Shipping', 7_000, 'KRW', '', 'B', '退货运费', 'settle:F7'],
    ]);
    expect(plan.skippedExisting).toBe(0);
    // Sales 61,000 − (COGS 13,000 + fees 4,780 + affiliate 350 + ads 2,200 + refunds 11,200
    // + penalty 1,680 − other 2,800 + shipping 7,000 = 37,410) = 23,590.
    expect(realMargin(ledgerTotals(plan.entries))).toBe(23_590);
    expect(plan.entries[1]).toEqual({
      date: seoul('2025-09-01T10:00:00'),
      type: 'sale',
      amount: 10_000,
      currency: 'KRW',
      baseAmount: 10_000,
      sku: 'KB-TINT',
      orderId: 'A',
      memo: 'KB-TINT × 2',
      sourceKey: 'order:A:sale',
    });
  });

  it('reports the missing cost and the unknown SKU, naming SKU and order', () => {
    expect(planLedgerImport(scenario()).problems).toEqual([
      {
        tab: 'Orders',
        row: 6,
        column: 'Product Code',
        value: 'XX-9',
        expected: 'a SKU listed in the SKU tab (order E)',
      },
      {
        tab: 'SKU',
        row: 4,
        column: 'Unit Cost',
        value: '',
        expected: 'a unit cost for SKU ST-STICKER: its COGS is left out of 1 order(s), e.g. B',
      },
    ]);
  });

  it('adds nothing when run again, and only the new order after a re-pasted export', () => {
    const first = planLedgerImport(scenario());
    const again = planLedgerImport(scenario({ existingKeys: existingSourceKeys(first.entries) }));
    expect(again.rows).toEqual([]);
    expect(again.skippedExisting).toBe(19);
    // The data has not changed, so neither have the Problems: a run twice reports the same.
    expect(again.problems).toEqual(first.problems);

    const repasted = [
      ...ORDERS,
      ['H', 'Completed', '2025-09-10 09:00', '2025-09-10 09:30', '₩2,000', 'KB-PAD * 1', 'TRK-H'],
    ];
    const next = planLedgerImport(
      scenario({
        orders: readOrders(repasted, ctx('Orders')).records,
        existingKeys: existingSourceKeys(first.entries),
      }),
    );
    expect(next.rows.map((row) => [row[1], row[2], row[7]])).toEqual([
      ['COGS', 4_000, 'order:H:cogs'],
      ['Fee', 160, 'order:H:fee'], // 8% of 2,000
      ['Sale', 2_000, 'order:H:sale'],
    ]);
  });

  it('keeps an estimated fee already imported instead of adding the settled commission too', () => {
    const before = planLedgerImport(scenario({ settlement: [] }));
    expect(before.rows.find((row) => row[7] === 'order:A:fee')?.[2]).toBe(800); // 8% of 10,000
    const after = planLedgerImport(scenario({ existingKeys: existingSourceKeys(before.entries) }));
    expect(after.rows.map((row) => row[7])).toEqual([
      'settle:F8',
      'settle:F3',
      'settle:F4',
      'settle:F6',
      'settle:F7',
    ]);
  });

  it('never takes a dispute refund after the Settlement refund of that order was imported', () => {
    const first = planLedgerImport(scenario());
    const lateDispute = [
      ...DISPUTES,
      ['D4', 'C', '2025-09-07 10:00', '불량', '종료', '₩4,200', '2025-09-08 09:00'],
    ];
    const plan = planLedgerImport(
      scenario({
        disputes: readDisputes(lateDispute, ctx('Disputes')).records,
        existingKeys: existingSourceKeys(first.entries),
      }),
    );
    expect(plan.rows).toEqual([]);
  });

  it('writes no fee row for a commission rate of 0, and Korean type names', () => {
    const plan = planLedgerImport(
      scenario({ settings: { ...DEFAULT_SETTINGS, commissionRate: 0 }, lang: 'ko' }),
    );
    expect(plan.rows.filter((row) => String(row[7]).endsWith(':fee'))).toEqual([]);
    expect(plan.rows.slice(0, 3).map((row) => row[1])).toEqual(['원가', '매출', '수수료']);
  });
});

describe('planLedgerImport: invariants', () => {
  const SKU_IDS = ['S1', 'S2', 'S3', ''];
  const day = fc
    .integer({ min: 0, max: 20 })
    .map((n) => new Date(Date.UTC(2025, 8, 1) + n * 3_600_000 * 7));
  const money = fc.integer({ min: -500, max: 50_000 });

  const anOrder = fc.record({
    bringsSale: fc.boolean(),
    saleTime: fc.option(day, { nil: null }),
    sale: money,
    lines: fc.array(
      fc.record({ sku: fc.constantFrom(...SKU_IDS), qty: fc.integer({ min: 0, max: 5 }) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  });
  const aDispute = fc.record({
    order: fc.integer({ min: 0, max: 7 }),
    refund: fc.option(money, { nil: null }),
    time: day,
  });
  const aMovement = fc.record({
    order: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
    type: fc.constantFrom(
      'payout',
      'refund',
      'fee',
      'affiliate',
      'penalty',
      'shipping',
      'other' as const,
    ),
    amount: money,
    time: day,
  });
  const anAd = fc.record({ time: day, campaign: fc.constantFrom('a', 'b', ' a'), spend: money });

  const inputOf = (
    orders: ValueOf<typeof anOrder>[],
    disputes: ValueOf<typeof aDispute>[],
    movements: ValueOf<typeof aMovement>[],
    ads: ValueOf<typeof anAd>[],
    costs: (number | null)[],
  ): LedgerImportInput =>
    scenario({
      orders: orders.map((order, i) => ({ ...(fakeOrder(i) as Order), ...order })),
      disputes: disputes.map((d, i) => ({
        ...(fakeDispute() as Dispute),
        disputeId: `D${i}`,
        orderId: `O${d.order}`,
        refund: d.refund,
        refundTime: d.time,
        openedTime: d.time,
      })),
      settlement: movements.map((m, i): SettlementMovement => ({
        row: i + 2,
        orderId: m.order === null ? null : `O${m.order}`,
        time: m.time,
        type: m.type,
        amount: m.amount,
        key: `settle:${i}`,
        item: m.type,
      })),
      ads: ads.map((ad, i) =>
        adRow(i + 2, ad.time.toISOString().slice(0, 19), ad.campaign, ad.spend),
      ),
      skus: costs.map((unitCost, i): SkuInfo => ({
        row: i + 2,
        sku: SKU_IDS[i],
        title: '',
        unitCost,
        stock: null,
        price: null,
        priceCurrency: null,
        primaryKeyword: null,
      })),
    });

  const arbitraryInput = fc
    .tuple(
      fc.array(anOrder, { maxLength: 8 }),
      fc.array(aDispute, { maxLength: 5 }),
      fc.array(aMovement, { maxLength: 8 }),
      fc.array(anAd, { maxLength: 5 }),
      fc.array(fc.option(fc.integer({ min: 0, max: 9_000 }), { nil: null }), {
        minLength: 3,
        maxLength: 3,
      }),
    )
    .map((parts) => inputOf(...parts));

  it('is idempotent: planning again with the planned keys adds nothing', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const first = planLedgerImport(input);
        const again = planLedgerImport({
          ...input,
          existingKeys: existingSourceKeys(first.entries),
        });
        expect(again.rows).toEqual([]);
        expect(again.skippedExisting).toBeGreaterThanOrEqual(first.rows.length);
      }),
    );
  });

  it('plans the same rows whatever the order of the input rows, and never NaN', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const plan = planLedgerImport(input);
        const reversed = planLedgerImport({
          ...input,
          orders: [...input.orders].reverse(),
          disputes: [...input.disputes].reverse(),
          settlement: [...input.settlement].reverse(),
          ads: [...input.ads].reverse(),
        });
        expect(reversed.rows).toEqual(plan.rows); // sorted by date then key: the same list
        for (const entry of plan.entries) expect(Number.isFinite(entry.amount)).toBe(true);
      }),
    );
  });
});

function fakeOrder(i: number): Partial<Order> {
  return {
    row: i + 2,
    orderId: `O${i}`,
    status: 'completed',
    buyer: null,
    orderTime: null,
    payTime: null,
    shipped: true,
    shippedTime: null,
    deliveredTime: null,
    shipBy: null,
    country: null,
    storeDiscount: 0,
  };
}

function fakeDispute(): Partial<Dispute> {
  return { row: 2, reason: 'other', reasonText: '', status: '' };
}
