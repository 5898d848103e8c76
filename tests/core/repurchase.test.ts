import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/core/read/records';
import { repurchase } from '../../src/core/metrics/repurchase';
import { kst, paidOrder } from '../support/orders';

const THIS_WEEK = { start: kst('2025-09-01T00:00:00'), end: kst('2025-09-08T00:00:00') };
const LAST_WEEK = { start: kst('2025-08-25T00:00:00'), end: kst('2025-09-01T00:00:00') };

let nextId = 1;
const order = (buyer: string | null, paid: string, extra: Partial<Order> = {}): Order =>
  paidOrder(String(nextId++), paid, { buyer, ...extra });

/** `count` orders in the week of `start`, the first `repeats` of them from returning buyers. */
function weekOfOrders(start: string, count: number, repeats: number, tag: string): Order[] {
  return Array.from({ length: count }, (_, i) => {
    const buyer = `${tag}${i}`;
    return i < repeats
      ? [order(buyer, '2025-01-01T00:00:00'), order(buyer, start)]
      : [order(buyer, start)];
  }).flat();
}

describe('repurchase', () => {
  const orders = [
    order('Kim Minji', '2025-08-20T10:00:00'),
    order(' kim  minji ', '2025-09-02T10:00:00'), // repeat: same name, other spacing and case
    order('Lee', '2025-09-02T10:00:00'),
    order('Lee', '2025-09-04T10:00:00'), // repeat within the week
    order('x**x', '2025-08-20T10:00:00'),
    order('x**x', '2025-09-03T10:00:00'), // masked: cannot be matched, a new buyer
    order(null, '2025-09-03T10:00:00'),
    order('Park', '2025-08-30T10:00:00', { status: 'cancelled', bringsSale: false }),
    order('Park', '2025-09-05T10:00:00'), // the earlier order brought no sale
    order('Choi', '2025-09-06T10:00:00'),
    order('Choi', '2025-09-06T10:00:00'), // same instant: neither is earlier
    order('Jung', '2025-08-26T10:00:00'),
    order('Jung', '2025-08-27T10:00:00'),
  ];

  it('counts paid orders from buyers with an earlier paid order', () => {
    // This week: 8 paid orders (Kim, Lee ×2, x**x, null, Park, Choi ×2), repeats: Kim, Lee = 2.
    // Last week: Jung twice, the second a repeat = 1 of 2 (the 08-20 orders are before it).
    expect(repurchase(orders, THIS_WEEK, LAST_WEEK)).toEqual({
      rate: 0.25,
      previousRate: 0.5,
      trend: 'down',
    });
  });

  it('calls a move of half a percentage point or less flat', () => {
    const previous = weekOfOrders('2025-08-26T10:00:00', 200, 1, 'p'); // 0.5%
    const upward = weekOfOrders('2025-09-02T10:00:00', 200, 3, 'u'); // 1.5%
    expect(repurchase([...previous, ...upward], THIS_WEEK, LAST_WEEK).trend).toBe('up');
    const flat = weekOfOrders('2025-09-02T10:00:00', 200, 2, 'f'); // 1.0%: +0.5 points
    expect(repurchase([...previous, ...flat], THIS_WEEK, LAST_WEEK)).toEqual({
      rate: 0.01,
      previousRate: 0.005,
      trend: 'flat',
    });
    const higher = weekOfOrders('2025-08-26T10:00:00', 200, 59, 'r'); // 29.5%
    const highest = weekOfOrders('2025-09-02T10:00:00', 200, 60, 's'); // 30%
    expect(repurchase([...higher, ...highest], THIS_WEEK, LAST_WEEK).trend).toBe('flat');
    const none = weekOfOrders('2025-09-02T10:00:00', 1, 0, 'n'); // 0%: −0.5 points
    expect(repurchase([...previous, ...none], THIS_WEEK, LAST_WEEK).trend).toBe('flat');
    const downward = weekOfOrders('2025-08-26T10:00:00', 100, 1, 'd'); // 1% → 0%
    expect(repurchase([...downward, ...none], THIS_WEEK, LAST_WEEK).trend).toBe('down');
  });

  it('has no rate and no trend without paid orders', () => {
    expect(repurchase([], THIS_WEEK, LAST_WEEK)).toEqual({
      rate: null,
      previousRate: null,
      trend: null,
    });
    expect(repurchase([order('Lee', '2025-09-02T10:00:00')], THIS_WEEK, LAST_WEEK)).toEqual({
      rate: 0,
      previousRate: null,
      trend: null,
    });
  });

  it('does not depend on row order', () => {
    const anOrder = fc
      .record({
        buyer: fc.constantFrom('Kim', 'kim', 'Lee', 'x**x', null),
        day: fc.integer({ min: 15, max: 40 }),
        bringsSale: fc.boolean(),
      })
      .map(({ buyer, day, bringsSale }) => ({
        ...order(buyer, new Date(Date.UTC(2025, 7, day)).toISOString().slice(0, 19)),
        bringsSale,
      }));
    const input = fc
      .array(anOrder, { maxLength: 25 })
      .chain((orders) =>
        fc
          .shuffledSubarray(orders, { minLength: orders.length, maxLength: orders.length })
          .map((shuffled) => ({ orders, shuffled })),
      );
    fc.assert(
      fc.property(input, ({ orders, shuffled }) => {
        const result = repurchase(orders, THIS_WEEK, LAST_WEEK);
        expect(repurchase(shuffled, THIS_WEEK, LAST_WEEK)).toEqual(result);
        for (const rate of [result.rate, result.previousRate]) {
          expect(rate === null || (rate >= 0 && rate <= 1)).toBe(true);
        }
      }),
    );
  });
});
