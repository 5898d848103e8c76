// A unit cost in a currency without a rate leaves only that SKU's COGS out, with one Problem:
// the SKU still counts for stock cover and the title check, and is not called unlisted.
import { describe, expect, it } from 'vitest';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import { inEnglish } from '../support/problems';

describe('a unit cost whose currency has no rate', () => {
  it('is one Problem on its cell; the SKU stays in every list', () => {
    const update = computeWeeklyUpdate({
      tabs: [
        {
          name: 'Orders',
          values: [
            ['Order ID', 'Order Status', 'Payment Time', 'Order Amount', 'Product Code'],
            ['1001', 'Completed', '2025-10-20 10:00', 30_000, 'A * 1'],
            ['1002', 'Completed', '2025-10-21 10:00', 20_000, 'B * 1'],
          ],
        },
        {
          name: 'SKU',
          values: [
            ['SKU', 'Title', 'Unit Cost', 'Currency', 'Stock'],
            ['A', 'Socks', 5_000, 'KRW', 100],
            ['B', 'Scarf', 3, 'EUR', 100],
          ],
        },
      ],
      timeZone: 'Asia/Seoul',
      locale: 'en_US',
      now: new Date('2025-10-27T00:00:00+09:00'),
    });
    expect(
      inEnglish(update.problems).map((p) => [p.tab, p.row, p.column, p.value, p.expected]),
    ).toEqual([['SKU', 3, 'Unit Cost', 'EUR', 'an FX rate for EUR in Settings']]);
    expect(update.stockCover.map((row) => row.sku).sort()).toEqual(['A', 'B']);
    expect(update.titles.map((title) => title.sku).sort()).toEqual(['A', 'B']);
    const cogs = update.import.entries.filter((entry) => entry.type === 'cogs');
    expect(cogs.map((entry) => [entry.orderId, entry.amount])).toEqual([['1001', 5_000]]);
  });
});
