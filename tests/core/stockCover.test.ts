import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order, OrderLine, SkuInfo } from '../../src/core/read/records';
import { stockCover } from '../../src/core/metrics/stockCover';
import { kst, paidOrder } from '../support/orders';

const SEOUL = 'Asia/Seoul';
const AS_OF = kst('2025-09-15T09:00:00');

const skuInfo = (sku: string, stock: number | null, row = 2): SkuInfo => ({
  row,
  sku,
  title: sku,
  cost: { amount: 1_000, currency: 'KRW' },
  stock,
  price: null,
  priceCurrency: null,
  primaryKeyword: null,
  productId: null,
});

let nextId = 1;
const order = (paid: string, lines: OrderLine[], bringsSale = true): Order =>
  paidOrder(String(nextId), paid, {
    row: nextId++,
    status: bringsSale ? 'completed' : 'cancelled',
    lines,
    bringsSale,
  });

describe('stockCover', () => {
  // The pace window is 1 Sep 00:00 – 15 Sep 00:00 in Seoul: the 14 whole days before as-of's day.
  const orders = [
    order('2025-09-01T00:00:00', [{ sku: 'A', qty: 2 }]), // first instant: in
    order('2025-09-14T23:59:00', [
      { sku: 'A', qty: 5 },
      { sku: 'B', qty: 1 },
    ]),
    order('2025-09-10T12:00:00', [
      { sku: 'B', qty: 6 },
      { sku: 'D', qty: 14 },
      { sku: 'E', qty: 1 },
    ]),
    order('2025-09-15T08:00:00', [{ sku: 'A', qty: 100 }]), // today: out
    order('2025-08-31T23:59:00', [{ sku: 'A', qty: 100 }]), // before the window: out
    order('2025-09-05T12:00:00', [{ sku: 'A', qty: 100 }], false), // cancelled: out
  ];
  const skus = [
    skuInfo('A', 28),
    skuInfo('B', 3),
    skuInfo('C', 50),
    skuInfo('D', null),
    skuInfo('E', 0),
    skuInfo('A', 999, 9), // listed again lower down: the first row counts
  ];

  it('divides stock by the mean daily units of the last 14 whole days', () => {
    expect(stockCover(skus, orders, AS_OF, SEOUL, 10)).toEqual([
      { sku: 'E', stock: 0, dailyUnits: 1 / 14, coverDays: 0, alert: true },
      { sku: 'B', stock: 3, dailyUnits: 0.5, coverDays: 6, alert: true }, // 7 units / 14 days
      { sku: 'A', stock: 28, dailyUnits: 0.5, coverDays: 56, alert: false },
      { sku: 'C', stock: 50, dailyUnits: 0, coverDays: null, alert: false }, // nothing sold
      { sku: 'D', stock: null, dailyUnits: 1, coverDays: null, alert: false }, // no stock figure
    ]);
  });

  it('alerts strictly below the lead time', () => {
    const [b] = stockCover([skuInfo('B', 3)], orders, AS_OF, SEOUL, 6);
    expect(b).toMatchObject({ coverDays: 6, alert: false });
  });

  it('gives nothing for no SKUs, and no cover for SKUs without sales', () => {
    expect(stockCover([], orders, AS_OF, SEOUL, 10)).toEqual([]);
    expect(stockCover([skuInfo('A', 5)], [], AS_OF, SEOUL, 10)).toEqual([
      { sku: 'A', stock: 5, dailyUnits: 0, coverDays: null, alert: false },
    ]);
  });

  it('does not depend on row order and never gives NaN', () => {
    const anOrder = fc
      .record({
        day: fc.integer({ min: 0, max: 20 }),
        sku: fc.constantFrom('A', 'B', 'C'),
        qty: fc.integer({ min: 1, max: 9 }),
      })
      .map(({ day, sku, qty }) =>
        order(new Date(Date.UTC(2025, 7, 28 + day)).toISOString().slice(0, 19), [{ sku, qty }]),
      );
    const input = fc
      .array(anOrder, { maxLength: 20 })
      .chain((list) =>
        fc
          .shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
          .map((shuffled) => ({ list, shuffled })),
      );
    const allSkus = [skuInfo('A', 10), skuInfo('B', 0), skuInfo('C', null)];
    fc.assert(
      fc.property(input, ({ list, shuffled }) => {
        const rows = stockCover(allSkus, list, AS_OF, SEOUL, 10);
        expect(stockCover([...allSkus].reverse(), shuffled, AS_OF, SEOUL, 10)).toEqual(rows);
        for (const row of rows) {
          expect(Number.isFinite(row.dailyUnits)).toBe(true);
          expect(row.coverDays === null || Number.isFinite(row.coverDays)).toBe(true);
        }
      }),
    );
  });
});
