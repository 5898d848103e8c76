import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import { paidOrders } from '../../src/core/metrics/paidOrders';
import { holdsEachIdOnce, readOrders } from '../../src/core/read/readOrders';
import type { ReadContext } from '../../src/core/read/readContext';
import type { Order } from '../../src/core/read/records';

const ctx: ReadContext = {
  tabName: 'Orders',
  timeZone: 'Asia/Seoul',
  baseCurrency: 'KRW',
  fx: new FxTable('KRW', [{ currency: 'USD', rate: 1400, from: null }]),
};
const header = ['Order ID', 'Status', 'Order Time', 'Pay Time', 'Order Amount'];

describe('paidOrders', () => {
  it('keeps one order per id from any list: the lowest sheet row, then the earliest sale', () => {
    const order = (row: number, orderId: string, saleTime: string | null): Order =>
      ({
        row,
        orderId,
        bringsSale: true,
        saleTime: saleTime === null ? null : new Date(saleTime),
      }) as Order;
    const list = [
      order(7, 'A', '2025-09-02T00:00:00Z'),
      order(3, 'A', '2025-09-03T00:00:00Z'),
      order(5, 'B', null),
      order(5, 'C', '2025-09-05T00:00:00Z'),
      order(5, 'C', '2025-09-04T00:00:00Z'),
    ];
    expect(holdsEachIdOnce(list)).toBe(false);
    expect(paidOrders(list).map(({ orderId, row }) => [orderId, row])).toEqual([
      ['A', 3],
      ['C', 5],
    ]);
    expect(paidOrders(list).find(({ orderId }) => orderId === 'C')?.saleTime).toEqual(
      new Date('2025-09-04T00:00:00Z'),
    );
  });

  it("gives a read's orders exactly as the same orders in a list of its own", () => {
    const aRow = fc.record({
      id: fc.integer({ min: 1, max: 20 }),
      status: fc.constantFrom('Completed', 'Cancelled', 'Awaiting shipment', 'Awaiting payment'),
      ordered: fc.constantFrom('2025-09-01 09:00', '2025-09-02 09:00'),
      paid: fc.constantFrom('2025-09-01 10:00', '2025-09-03 11:00', ''),
      amount: fc.constantFrom('US $1.50', 'US $20.00', '₩ 3,000'),
    });
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 30 }), (rows) => {
        const table = rows.map((row) => [
          String(row.id),
          row.status,
          row.ordered,
          row.paid,
          row.amount,
        ]);
        const { records } = readOrders([header, ...table], ctx);
        expect(holdsEachIdOnce(records)).toBe(true);
        expect(new Set(records.map(({ orderId }) => orderId)).size).toBe(records.length);
        const copy = [...records];
        expect(holdsEachIdOnce(copy)).toBe(false);
        expect(paidOrders(records)).toEqual(paidOrders(copy));
        expect(paidOrders(records).length).toBe(
          records.filter((order) => order.bringsSale && order.saleTime !== null).length,
        );
      }),
    );
  });
});
