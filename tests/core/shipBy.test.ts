import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/read/settings';
import { shipBy } from '../../src/core/metrics/shipBy';
import { kst, toShipOrder } from '../support/orders';

const SEOUL = 'Asia/Seoul';
// processingDays 3, peak months 11, 12, 1, 2 with 2 extra days.
const SETTINGS = DEFAULT_SETTINGS;

const order = toShipOrder;

describe('shipBy', () => {
  const AS_OF = kst('2025-09-04T12:00:00');

  it('lists the orders to ship with their deadline, soonest first, alerting under 24 h', () => {
    const orders = [
      order('c', '2025-09-03T13:00:00'), // due 09-06 13:00: 49 h left
      order('a', '2025-09-01T10:00:00'), // due 09-04 10:00: 2 h overdue
      order('b', '2025-09-02T10:00:00'), // due 09-05 10:00: 22 h left
      order('d', '2025-09-01T10:00:00', { shipByMs: kst('2025-09-10T00:00:00').getTime() }), // export's own
      order('h', '2025-09-04T11:00:00', { status: null }), // no status known: still to ship
      order('e', '2025-09-01T10:00:00', { shipped: true }),
      order('f', '2025-09-01T10:00:00', { status: 'cancelled', bringsSale: false }),
      order('g', null, { status: 'awaiting-payment' }),
      order('i', '2025-09-01T10:00:00', { status: 'shipped' }),
    ];
    expect(shipBy(orders, SETTINGS, AS_OF, SEOUL)).toEqual([
      { orderId: 'a', deadline: kst('2025-09-04T10:00:00'), hoursLeft: -2, alert: true },
      { orderId: 'b', deadline: kst('2025-09-05T10:00:00'), hoursLeft: 22, alert: true },
      { orderId: 'c', deadline: kst('2025-09-06T13:00:00'), hoursLeft: 49, alert: false },
      { orderId: 'h', deadline: kst('2025-09-07T11:00:00'), hoursLeft: 71, alert: false },
      { orderId: 'd', deadline: kst('2025-09-10T00:00:00'), hoursLeft: 132, alert: false },
    ]);
  });

  it('adds the peak extra days by the pay month in the spreadsheet time zone', () => {
    const deadline = (paid: string): Date | undefined =>
      shipBy([order('x', paid)], SETTINGS, AS_OF, SEOUL)[0]?.deadline;
    // 31 Oct 23:30 in Seoul: October, 3 days.
    expect(deadline('2025-10-31T23:30:00')).toEqual(kst('2025-11-03T23:30:00'));
    // 1 Nov 00:30 in Seoul (still 31 Oct in UTC): November, 3 + 2 days.
    expect(deadline('2025-11-01T00:30:00')).toEqual(kst('2025-11-06T00:30:00'));
    expect(deadline('2026-02-28T10:00:00')).toEqual(kst('2026-03-05T10:00:00')); // February
    expect(deadline('2026-03-01T10:00:00')).toEqual(kst('2026-03-04T10:00:00')); // March
    expect(deadline('2025-12-31T10:00:00')).toEqual(kst('2026-01-05T10:00:00')); // over New Year
  });

  it('counts calendar days, keeping the clock time across a DST change', () => {
    const paid = new Date('2025-03-07T10:00:00-08:00'); // Friday, Pacific standard time
    const [row] = shipBy(
      [order('x', null, { saleTime: paid, bringsSale: true })],
      SETTINGS,
      paid,
      'America/Los_Angeles',
    );
    expect(row?.deadline).toEqual(new Date('2025-03-10T10:00:00-07:00')); // Monday, daylight time
    expect(row?.hoursLeft).toBe(71);
  });

  it('keeps an order listed twice once, with its earlier deadline, and follows the settings', () => {
    const orders = [order('x', '2025-09-03T10:00:00'), order('x', '2025-09-02T10:00:00')];
    const settings = { ...SETTINGS, processingDays: 1 };
    expect(shipBy(orders, settings, AS_OF, SEOUL)).toEqual([
      { orderId: 'x', deadline: kst('2025-09-03T10:00:00'), hoursLeft: -26, alert: true },
    ]);
    expect(shipBy([], SETTINGS, AS_OF, SEOUL)).toEqual([]);
  });

  it('does not depend on row order', () => {
    const anOrder = fc
      .record({ id: fc.integer({ min: 1, max: 8 }), hours: fc.integer({ min: 0, max: 500 }) })
      .map(({ id, hours }) => ({
        ...order(String(id), null, { bringsSale: true }),
        saleTime: new Date(kst('2025-08-25T00:00:00').getTime() + hours * 3_600_000),
      }));
    const input = fc
      .array(anOrder, { maxLength: 12 })
      .chain((list) =>
        fc
          .shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
          .map((shuffled) => ({ list, shuffled })),
      );
    fc.assert(
      fc.property(input, ({ list, shuffled }) => {
        const rows = shipBy(list, SETTINGS, AS_OF, SEOUL);
        expect(shipBy(shuffled, SETTINGS, AS_OF, SEOUL)).toEqual(rows);
        expect(rows.every((row) => Number.isFinite(row.hoursLeft))).toBe(true);
      }),
    );
  });
});
