import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_COUNTRY, deliveryByCountry } from '../../src/core/metrics/delivery';
import type { Order } from '../../src/core/read/records';

const SEOUL = 'Asia/Seoul';
const DAY_MS = 86_400_000;
const kst = (text: string): Date => new Date(`${text}+09:00`);
const AS_OF = kst('2025-10-01T00:00:00');

let nextId = 1;
const shippedOrder = (
  country: string | null,
  shipped: string,
  days: number | null,
  extra: Partial<Order> = {},
): Order => ({
  row: nextId,
  orderId: `o${nextId++}`,
  status: days === null ? 'shipped' : 'completed',
  buyer: null,
  orderTime: kst('2025-08-01T00:00:00'),
  payTime: kst('2025-08-01T00:00:00'),
  saleTime: kst('2025-08-01T00:00:00'),
  shipped: true,
  shippedMs: kst(shipped).getTime(),
  deliveredMs: days === null ? null : kst(shipped).getTime() + days * DAY_MS,
  shipByMs: null,
  country,
  lines: [],
  sale: 10_000,
  currency: 'KRW',
  storeDiscount: 0,
  bringsSale: true,
  ...extra,
});

describe('deliveryByCountry', () => {
  const delivered = [
    shippedOrder('US', '2025-09-01T10:00:00', 5),
    shippedOrder('US', '2025-09-03T10:00:00', 9),
    shippedOrder('US', '2025-09-07T23:00:00', 7), // Sunday night: still the week of 1 Sep
    shippedOrder('US', '2025-09-08T10:00:00', 12),
    shippedOrder('US', '2025-09-09T10:00:00', 10),
    shippedOrder('KR', '2025-09-02T10:00:00', 2),
    shippedOrder('KR', '2025-09-02T10:00:00', 4),
    shippedOrder('KR', '2025-09-09T10:00:00', 30),
    shippedOrder(null, '2025-09-02T10:00:00', 1),
    shippedOrder('US', '2025-09-02T10:00:00', -1), // delivered before it shipped: left out
  ];
  const inTransit = [
    shippedOrder('US', '2025-09-18T00:00:00', null), // 13 days > US p90 12: stalled
    shippedOrder('US', '2025-09-20T00:00:00', null), // 11 days: not
    shippedOrder('KR', '2025-09-01T00:00:00', null), // 30 days, not more than 30: not
    shippedOrder('KR', '2025-08-31T00:00:00', null), // 31 days > overall p90 30: stalled
    shippedOrder('US', '2025-08-01T00:00:00', null, { status: 'completed' }), // settled
    shippedOrder('US', '2025-08-01T00:00:00', null, { shippedMs: null }), // no ship time
    shippedOrder('US', '2025-08-01T00:00:00', null, { bringsSale: false, status: 'cancelled' }),
  ];

  it('gives weekly medians per country, the 90th percentiles and the stalled parcels', () => {
    const result = deliveryByCountry([...delivered, ...inTransit], SEOUL, 1, AS_OF);
    expect(result.table).toEqual([
      { country: UNKNOWN_COUNTRY, weekStart: '2025-09-01', medianDays: 1, count: 1 },
      { country: 'KR', weekStart: '2025-09-01', medianDays: 3, count: 2 }, // (2 + 4) / 2
      { country: 'KR', weekStart: '2025-09-08', medianDays: 30, count: 1 },
      { country: 'US', weekStart: '2025-09-01', medianDays: 7, count: 3 }, // 5, 7, 9
      { country: 'US', weekStart: '2025-09-08', medianDays: 11, count: 2 }, // (10 + 12) / 2
    ]);
    // US: 5, 7, 9, 10, 12 → the ⌈4.5⌉ = 5th is 12. KR has 3 deliveries: too few for its own.
    expect(result.p90ByCountry).toEqual({ US: 12 });
    // All 9: 1, 2, 4, 5, 7, 9, 10, 12, 30 → the ⌈8.1⌉ = 9th is 30.
    expect(result.overallP90).toBe(30);
    expect(result.stalled).toEqual([
      { orderId: inTransit[3]?.orderId, country: 'KR', daysInTransit: 31 },
      { orderId: inTransit[0]?.orderId, country: 'US', daysInTransit: 13 },
    ]);
  });

  it('judges a country named like an object property by the overall percentile', () => {
    const orders = [
      shippedOrder('constructor', '2025-09-01T10:00:00', 3),
      shippedOrder('constructor', '2025-09-20T00:00:00', null), // 11 days > overall p90 3
    ];
    const result = deliveryByCountry(orders, SEOUL, 1, AS_OF);
    expect(result.stalled.map((order) => order.daysInTransit)).toEqual([11]);
    expect(Object.keys(result.p90ByCountry)).toEqual([]);
  });

  it('lists cells whose countries compare equal in the order they were first met', () => {
    // The same name composed (NFC) and decomposed (NFD): different texts, equal to localeCompare.
    const [composed, decomposed] = ['Côte d’Ivoire', 'Côte d’Ivoire'.normalize('NFD')];
    const orders = [
      shippedOrder(composed, '2025-09-09T10:00:00', 3), // week of 8 Sep
      shippedOrder(decomposed, '2025-09-02T10:00:00', 4), // week of 1 Sep
      shippedOrder(composed, '2025-09-02T10:00:00', 5),
    ];
    const { table } = deliveryByCountry(orders, SEOUL, 1, AS_OF);
    expect(table.map((cell) => [cell.country === composed, cell.weekStart])).toEqual([
      [false, '2025-09-01'],
      [true, '2025-09-01'],
      [true, '2025-09-08'],
    ]);
  });

  it('groups by Sunday weeks when asked', () => {
    const sunday = [shippedOrder('US', '2025-09-07T23:00:00', 7)];
    expect(deliveryByCountry(sunday, SEOUL, 0, AS_OF).table[0]?.weekStart).toBe('2025-09-07');
  });

  it('gives nothing for no orders, and flags nothing without any delivery to compare', () => {
    expect(deliveryByCountry([], SEOUL, 1, AS_OF)).toEqual({
      table: [],
      p90ByCountry: {},
      overallP90: null,
      stalled: [],
    });
    expect(deliveryByCountry(inTransit, SEOUL, 1, AS_OF).stalled).toEqual([]);
  });

  it('does not depend on row order and never gives NaN', () => {
    const anOrder = fc
      .record({
        country: fc.constantFrom('US', 'KR', null),
        day: fc.integer({ min: 1, max: 28 }),
        days: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      })
      .map(({ country, day, days }) =>
        shippedOrder(country, `2025-09-${String(day).padStart(2, '0')}T10:00:00`, days),
      );
    const input = fc
      .array(anOrder, { maxLength: 25 })
      .chain((list) =>
        fc
          .shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
          .map((shuffled) => ({ list, shuffled })),
      );
    fc.assert(
      fc.property(input, ({ list, shuffled }) => {
        const result = deliveryByCountry(list, SEOUL, 1, AS_OF);
        expect(deliveryByCountry(shuffled, SEOUL, 1, AS_OF)).toEqual(result);
        const numbers = [
          ...result.table.map((cell) => cell.medianDays),
          ...Object.values(result.p90ByCountry),
          ...result.stalled.map((order) => order.daysInTransit),
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
    );
  });
});
