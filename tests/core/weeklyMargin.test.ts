import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/core/ledger/readLedger';
import { LEDGER_TYPES, type LedgerType } from '../../src/core/ledger/ledgerType';
import { ledgerTotals, realMargin } from '../../src/core/metrics/realMargin';
import type { Dispute } from '../../src/core/read/records';
import { weeklyMargin, type WeekRow } from '../../src/core/metrics/weeklyMargin';
import { kst, paidOrder } from '../support/orders';

const SEOUL = 'Asia/Seoul';
const MONDAY = { weekStartsOn: 1 } as const;

const entry = (
  type: LedgerType,
  baseAmount: number,
  date: Date | null,
  orderId: string | null = null,
): LedgerEntry => ({
  row: 2,
  date,
  type,
  amount: baseAmount,
  currency: 'KRW',
  baseAmount,
  sku: null,
  orderId,
  memo: '',
  sourceKey: null,
});

const dispute = (orderId: string, opened: string): Dispute => ({
  row: 2,
  disputeId: null,
  orderId,
  openedTime: kst(opened),
  reason: 'defective',
  reasonText: 'broken',
  status: 'open',
  closed: false,
  refund: null,
  refundTime: kst(opened),
});

const zeroCosts = {
  refunds: 0,
  cogs: 0,
  shipping: 0,
  packaging: 0,
  fees: 0,
  affiliate: 0,
  ads: 0,
  coupons: 0,
  penalties: 0,
  other: 0,
};

describe('weeklyMargin', () => {
  const entries = [
    entry('sale', 60_000, kst('2025-09-01T10:00:00'), '1001'),
    entry('sale', 40_000, kst('2025-09-01T11:00:00'), '1002'),
    // 1003 was imported, then cancelled: its Sale and the reversal net to zero.
    entry('sale', 9_000, kst('2025-09-02T10:00:00'), '1003'),
    entry('sale', -9_000, kst('2025-09-02T10:00:00'), '1003'),
    entry('fee', 8_000, kst('2025-09-01T10:00:00')),
    // Sunday 23:30 in Seoul is still the week of Mon 1 Sep (it is 14:30 UTC).
    entry('cogs', 30_000, kst('2025-09-07T23:30:00')),
    // Monday 00:10 in Seoul is already the next week, though it is still Sunday in UTC.
    entry('ad', 5_000, kst('2025-09-08T00:10:00')),
    entry('refund', 20_000, kst('2025-09-16T12:00:00')),
    entry('sale', 999, null),
  ];
  const orders = [
    paidOrder('1001', '2025-09-02T09:00:00', { storeDiscount: 3_000 }),
    paidOrder('1001', '2025-09-02T09:00:00', { row: 9, storeDiscount: 3_000 }), // re-pasted
    paidOrder('1002', '2025-09-03T09:00:00'),
    paidOrder('1003', '2025-09-03T09:00:00', {
      status: 'cancelled',
      bringsSale: false,
      storeDiscount: 500,
    }),
    paidOrder('1004', '2025-09-03T09:00:00', { payTime: null, saleTime: null }),
  ];
  const disputes = [
    dispute('1001', '2025-09-05T10:00:00'),
    dispute('1001', '2025-09-06T10:00:00'), // second dispute of the same order, same week
    dispute('1002', '2025-09-16T10:00:00'),
  ];

  it('sums each week in the spreadsheet time zone and counts its orders and disputes', () => {
    const { rows, undated } = weeklyMargin(entries, orders, disputes, MONDAY, SEOUL);
    expect(undated).toBe(1);
    expect(rows).toEqual<WeekRow[]>([
      {
        weekStart: '2025-09-01',
        sales: 100_000,
        ...zeroCosts,
        fees: 8_000,
        cogs: 30_000,
        realMargin: 62_000, // 100,000 − 8,000 − 30,000
        marginRate: 0.62,
        storeDiscounts: 3_000, // 1001 once; the cancelled 1003 brings no sale
        paidOrders: 2, // 1001, 1002 from the Ledger; 1003 nets to zero
        disputes: 1, // 1001, twice
        disputeRate: 0.5,
      },
      {
        weekStart: '2025-09-08',
        sales: 0,
        ...zeroCosts,
        ads: 5_000,
        realMargin: -5_000,
        marginRate: null,
        storeDiscounts: 0,
        paidOrders: 0,
        disputes: 0,
        disputeRate: null,
      },
      {
        weekStart: '2025-09-15',
        sales: 0,
        ...zeroCosts,
        refunds: 20_000,
        realMargin: -20_000,
        marginRate: null,
        storeDiscounts: 0,
        paidOrders: 0,
        disputes: 1, // opened this week, about an order paid two weeks earlier
        disputeRate: null,
      },
    ]);
  });

  it('lists empty weeks between the first and the last with zeros and no rates', () => {
    const { rows } = weeklyMargin(
      [
        entry('sale', 100, kst('2025-09-02T00:00:00')),
        entry('sale', 50, kst('2025-09-24T00:00:00')),
      ],
      [],
      [],
      MONDAY,
      SEOUL,
    );
    expect(rows.map((row) => [row.weekStart, row.sales, row.marginRate])).toEqual([
      ['2025-09-01', 100, 1],
      ['2025-09-08', 0, null],
      ['2025-09-15', 0, null],
      ['2025-09-22', 50, 1],
    ]);
  });

  it('starts weeks on Sunday when Settings say so', () => {
    const sunday = [entry('sale', 100, kst('2025-09-07T10:00:00'))];
    expect(weeklyMargin(sunday, [], [], { weekStartsOn: 0 }, SEOUL).rows[0]?.weekStart).toBe(
      '2025-09-07',
    );
    expect(weeklyMargin(sunday, [], [], MONDAY, SEOUL).rows[0]?.weekStart).toBe('2025-09-01');
  });

  it('crosses a year end week by week', () => {
    const { rows } = weeklyMargin(
      [entry('sale', 1, kst('2025-12-24T00:00:00')), entry('sale', 1, kst('2026-01-07T00:00:00'))],
      [],
      [],
      MONDAY,
      SEOUL,
    );
    expect(rows.map((row) => row.weekStart)).toEqual(['2025-12-22', '2025-12-29', '2026-01-05']);
  });

  it('has no rows for no data, and counts paid orders from the Ledger, not the Orders tab', () => {
    expect(weeklyMargin([], [], [], MONDAY, SEOUL)).toEqual({ rows: [], undated: 0 });
    expect(weeklyMargin([entry('sale', 5, null)], [], [], MONDAY, SEOUL)).toEqual({
      rows: [],
      undated: 1,
    });
    // An order the Ledger has no Sale for is no paid order (not imported yet, or held out) ...
    const [row] = weeklyMargin([], [paidOrder('1', '2025-09-03T09:00:00')], [], MONDAY, SEOUL).rows;
    expect(row).toMatchObject({ weekStart: '2025-09-01', paidOrders: 0, realMargin: 0 });
    expect(row?.disputeRate).toBeNull();
    // ... and one that has left the Orders tab still is one.
    const sale = entry('sale', 5_000, kst('2025-09-03T09:00:00'), '7');
    const [kept] = weeklyMargin([sale], [], [], MONDAY, SEOUL).rows;
    expect(kept).toMatchObject({ weekStart: '2025-09-01', paidOrders: 1, sales: 5_000 });
  });

  const START = Date.UTC(2025, 0, 1);
  const YEAR_MS = 365 * 86_400_000;
  const anEntry = fc
    .record({
      type: fc.constantFrom(...LEDGER_TYPES),
      amount: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      offset: fc.option(fc.integer({ min: 0, max: YEAR_MS }), { nil: null }),
    })
    .map(({ type, amount, offset }) =>
      entry(type, amount, offset === null ? null : new Date(START + offset)),
    );
  const anOrder = fc
    .record({
      id: fc.integer({ min: 1, max: 30 }),
      offset: fc.integer({ min: 0, max: YEAR_MS }),
      storeDiscount: fc.integer({ min: 0, max: 5_000 }),
      bringsSale: fc.boolean(),
    })
    .map(({ id, offset, storeDiscount, bringsSale }) => ({
      ...paidOrder(String(id), '2025-01-01T00:00:00', { storeDiscount, bringsSale }),
      saleTime: new Date(START + offset),
    }));
  const aDispute = fc
    .record({ id: fc.integer({ min: 1, max: 30 }), offset: fc.integer({ min: 0, max: YEAR_MS }) })
    .map(({ id, offset }) => ({
      ...dispute(String(id), '2025-01-01T00:00:00'),
      openedTime: new Date(START + offset),
    }));
  const input = fc.record({
    entries: fc.array(anEntry, { maxLength: 40 }),
    // Re-pasted ids included; every record has its own sheet row.
    orders: fc
      .array(anOrder, { maxLength: 20 })
      .map((orders) => orders.map((order, index) => ({ ...order, row: index + 2 }))),
    disputes: fc.array(aDispute, { maxLength: 10 }),
    weekStartsOn: fc.constantFrom(0 as const, 1 as const),
  });

  const allOf = <T>(items: T[]): fc.Arbitrary<T[]> =>
    fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
  const inputAndShuffled = input.chain((data) =>
    fc
      .record({
        entries: allOf(data.entries),
        orders: allOf(data.orders),
        disputes: allOf(data.disputes),
      })
      .map((shuffled) => ({ data, shuffled })),
  );

  it('does not depend on row order, and its weeks add up to the whole dated ledger', () => {
    fc.assert(
      fc.property(inputAndShuffled, ({ data, shuffled }) => {
        const settings = { weekStartsOn: data.weekStartsOn };
        const result = weeklyMargin(data.entries, data.orders, data.disputes, settings, SEOUL);
        expect(
          weeklyMargin(shuffled.entries, shuffled.orders, shuffled.disputes, settings, SEOUL),
        ).toEqual(result);

        const dated = data.entries.filter((e) => e.date !== null);
        const weeksTotal = result.rows.reduce((sum, row) => sum + row.realMargin, 0);
        expect(weeksTotal).toBe(realMargin(ledgerTotals(dated)));
        expect(result.undated).toBe(data.entries.length - dated.length);
        for (const row of result.rows) {
          for (const value of Object.values(row)) {
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          }
        }
      }),
    );
  });
});
