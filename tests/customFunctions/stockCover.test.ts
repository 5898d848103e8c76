import { describe, expect, it } from 'vitest';
import { STOCK_COVER_DAYS } from '../../src/core/functions/stockCoverFunction';
import { en, importedSmall, tableOf } from './workbooks';

const { tabs, update } = importedSmall();

describe('STOCK_COVER_DAYS', () => {
  it('spills every SKU, shortest cover first', () => {
    // Pace: paid units in the 14 whole days before 09-21 (1004's 3 × A-1 on 09-21 not yet):
    // C-3 14 → 1 a day, 5 in stock → 5 days < 10-day lead time; A-1 3 → 30 ÷ (3/14) = 140;
    // B-2 has no stock figure.
    expect(STOCK_COVER_DAYS.run([tabs.SKU, tabs.Orders, '', undefined, tabs.Settings], en)).toEqual(
      {
        ok: true,
        value: [
          ['SKU', 'Stock', 'Units a day', 'Stock cover (days)', 'Alert'],
          ['C-3', 5, 1, 5, 'Reorder'],
          ['A-1', 30, 3 / 14, 140, ''],
          ['B-2', '', 2 / 14, '', ''],
        ],
      },
    );
  });

  it('equals the weekly update’s stock cover', () => {
    const answer = STOCK_COVER_DAYS.run([tabs.SKU, tabs.Orders, '', undefined, tabs.Settings], en);
    expect(
      tableOf(answer)
        .slice(1)
        .map((row) => row.slice(0, 4)),
    ).toEqual(
      update.stockCover.map((row) => [
        row.sku,
        row.stock ?? '',
        row.dailyUnits,
        row.coverDays ?? '',
      ]),
    );
  });

  it('answers one SKU’s days, NO DATA without a cover, and names a SKU it does not list', () => {
    const oneSku = (sku: string) =>
      STOCK_COVER_DAYS.run([tabs.SKU, tabs.Orders, sku, undefined, tabs.Settings], en);
    expect(oneSku('A-1')).toEqual({ ok: true, value: 140 });
    expect(oneSku('B-2')).toEqual({
      ok: false,
      message:
        'NO DATA: SKU B-2 has no stock figure or sold nothing in the 14 days before 2025-09-21.',
    });
    expect(oneSku('Z-9')).toEqual({
      ok: false,
      message: 'SKU: "Z-9" — expected a SKU listed in the SKU range.',
    });
  });
});
