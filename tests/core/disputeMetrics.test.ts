import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReasonClass } from '../../src/core/read/disputeReason';
import { disputeMetrics } from '../../src/core/metrics/disputeMetrics';
import { paidOrderCount, paidOrders } from '../../src/core/metrics/paidOrders';
import type { Period } from '../../src/core/time/period';
import type { Dispute, Order } from '../../src/core/read/records';
import { kst, toShipOrder } from '../support/orders';

const allOf = <T>(items: T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
const WEEK = { start: kst('2025-09-01T00:00:00'), end: kst('2025-09-08T00:00:00') };

const order = toShipOrder;
/** The Orders tab's paid orders of the period, as DISPUTE_RATE counts them. */
const metricsOf = (orders: readonly Order[], disputes: readonly Dispute[], period: Period) =>
  disputeMetrics(paidOrderCount(orders, period), disputes, period);

const dispute = (orderId: string, opened: string, reason: ReasonClass): Dispute => ({
  row: 2,
  disputeId: null,
  orderId,
  openedTime: kst(opened),
  reason,
  reasonText: reason,
  status: 'open',
  closed: false,
  refund: null,
  refundTime: kst(opened),
});

describe('paidOrders', () => {
  it('keeps orders that bring a sale, once per id, from the lowest row', () => {
    const orders = [
      order('1', '2025-09-02T10:00:00', { row: 7, sale: 700 }),
      order('1', '2025-09-02T10:00:00', { row: 3, sale: 300 }),
      order('2', null),
      order('3', '2025-09-02T10:00:00', { status: 'cancelled', bringsSale: false }),
    ];
    expect(paidOrders(orders).map((o) => [o.orderId, o.sale])).toEqual([['1', 300]]);
  });
});

describe('disputeMetrics', () => {
  // Ten paid orders in the week (p1 pasted twice), one paid the week before, one cancelled.
  const orders = [
    ...Array.from({ length: 10 }, (_, i) => order(`p${i + 1}`, '2025-09-03T12:00:00')),
    order('p1', '2025-09-03T12:00:00', { row: 40 }),
    order('p0', '2025-08-25T12:00:00'),
    order('c1', '2025-09-03T12:00:00', { status: 'cancelled', bringsSale: false }),
  ];
  const disputes = [
    dispute('p1', '2025-09-01T00:00:00', 'defective'), // the first instant of the week counts
    dispute('p1', '2025-09-02T00:00:00', 'defective'), // same order, same reason: once
    dispute('p2', '2025-09-02T00:00:00', 'wrong-item'),
    dispute('p3', '2025-09-02T00:00:00', 'change-of-mind'),
    dispute('p4', '2025-09-02T00:00:00', 'defective'),
    dispute('p5', '2025-09-07T23:59:59', 'change-of-mind'),
    dispute('p0', '2025-09-04T00:00:00', 'not-received'), // order paid last week, opened now
    dispute('p6', '2025-08-31T23:59:59', 'defective'), // opened the week before
    dispute('p7', '2025-09-08T00:00:00', 'defective'), // opened the week after
  ];

  it('counts distinct disputed orders over paid orders, and ranks the causes', () => {
    // Disputed orders: p1 p2 p3 p4 p5 p0 = 6 of 10 paid. Per reason: defective {p1, p4} = 2,
    // change-of-mind {p3, p5} = 2, wrong-item 1, not-received 1 = 6.
    expect(metricsOf(orders, disputes, WEEK)).toEqual({
      paidOrders: 10,
      disputedOrders: 6,
      disputeRate: 0.6,
      earlyDefectRate: 0.2,
      wrongShipmentRate: 0.1,
      causes: [
        { reason: 'defective', cause: 'internal', count: 2, share: 2 / 6 },
        { reason: 'change-of-mind', cause: 'expectation', count: 2, share: 2 / 6 },
        { reason: 'wrong-item', cause: 'internal', count: 1, share: 1 / 6 },
        { reason: 'not-received', cause: 'other', count: 1, share: 1 / 6 },
      ],
      top2: ['defective', 'change-of-mind'],
      internalShare: 0.5, // (2 + 1) / 6
      expectationShare: 2 / 6,
    });
  });

  it('counts an order with two reasons once as disputed and once per reason', () => {
    const result = metricsOf(
      [order('1', '2025-09-02T00:00:00'), order('2', '2025-09-02T00:00:00')],
      [
        dispute('1', '2025-09-03T00:00:00', 'wrong-item'),
        dispute('1', '2025-09-03T00:00:00', 'other'),
      ],
      WEEK,
    );
    expect(result.disputedOrders).toBe(1);
    expect(result.disputeRate).toBe(0.5);
    expect(result.causes.map((c) => [c.reason, c.count, c.share])).toEqual([
      ['wrong-item', 1, 0.5],
      ['other', 1, 0.5],
    ]);
    expect(result.expectationShare).toBe(0);
  });

  it('has no rates without paid orders, and no shares without disputes', () => {
    expect(metricsOf([], [], WEEK)).toEqual({
      paidOrders: 0,
      disputedOrders: 0,
      disputeRate: null,
      earlyDefectRate: null,
      wrongShipmentRate: null,
      causes: [],
      top2: [],
      internalShare: null,
      expectationShare: null,
    });
    const noPaid = metricsOf([], [dispute('9', '2025-09-02T00:00:00', 'defective')], WEEK);
    expect([noPaid.disputedOrders, noPaid.disputeRate, noPaid.internalShare]).toEqual([1, null, 1]);
  });

  it('does not depend on row order and never gives NaN', () => {
    const reasons: ReasonClass[] = [
      'not-as-described',
      'wrong-item',
      'defective',
      'not-received',
      'change-of-mind',
      'other',
    ];
    const at = (d: number): string => new Date(Date.UTC(2025, 7, d, 3)).toISOString().slice(0, 19);
    const anOrder = fc
      .record({
        id: fc.integer({ min: 1, max: 15 }),
        d: fc.integer({ min: 25, max: 40 }),
        paid: fc.boolean(),
      })
      .map(({ id, d, paid }) => order(String(id), paid ? at(d) : null));
    const aDispute = fc
      .record({
        id: fc.integer({ min: 1, max: 15 }),
        d: fc.integer({ min: 25, max: 40 }),
        reason: fc.constantFrom(...reasons),
      })
      .map(({ id, d, reason }) => dispute(String(id), at(d), reason));
    const input = fc
      .record({
        orders: fc.array(anOrder, { maxLength: 20 }),
        disputes: fc.array(aDispute, { maxLength: 15 }),
      })
      .map(({ orders, disputes }) => ({
        orders: orders.map((o, index) => ({ ...o, row: index + 2 })),
        disputes,
      }))
      .chain((data) =>
        fc
          .tuple(allOf(data.orders), allOf(data.disputes))
          .map(([orders, disputes]) => ({ ...data, shuffled: { orders, disputes } })),
      );
    fc.assert(
      fc.property(input, ({ orders, disputes, shuffled }) => {
        const result = metricsOf(orders, disputes, WEEK);
        expect(metricsOf(shuffled.orders, shuffled.disputes, WEEK)).toEqual(result);
        for (const value of [result.disputeRate, result.internalShare, result.expectationShare]) {
          expect(value === null || Number.isFinite(value)).toBe(true);
        }
        expect(result.causes.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(
          result.causes.length > 0 ? 1 : 0,
          12,
        );
      }),
    );
  });
});
