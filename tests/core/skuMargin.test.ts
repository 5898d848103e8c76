import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/core/ledger/readLedger';
import { LEDGER_TYPES, type LedgerType } from '../../src/core/ledger/ledgerType';
import type { SkuInfo } from '../../src/core/read/records';
import { NO_SKU, distinctSkus, skuMargin } from '../../src/core/metrics/skuMargin';

const entry = (type: LedgerType, baseAmount: number, sku: string | null): LedgerEntry => ({
  row: 2,
  date: null,
  type,
  amount: baseAmount,
  currency: 'KRW',
  baseAmount,
  sku,
  orderId: null,
  memo: '',
  sourceKey: null,
});

const skuInfo = (sku: string, title: string, row: number): SkuInfo => ({
  row,
  sku,
  title,
  cost: { amount: 1_000, currency: 'KRW' },
  stock: 5,
  price: null,
  priceCurrency: null,
  primaryKeyword: null,
  productId: null,
});

const SKUS = [
  skuInfo('A', 'Alpha', 2),
  skuInfo('B', 'Beta', 3),
  skuInfo('C', 'Gamma', 4),
  skuInfo('A', 'Alpha (old row)', 9),
];

describe('skuMargin', () => {
  it('gives each SKU its real margin, best first, and the rows without SKU last', () => {
    const rows = skuMargin(
      [
        entry('sale', 100_000, 'A'),
        entry('cogs', 40_000, 'A'),
        entry('fee', 8_000, 'A'),
        entry('sale', 30_000, 'B'),
        entry('refund', 30_000, 'B'),
        entry('cogs', 10_000, 'B'),
        entry('sale', 5_000, 'Z'), // not on the SKU tab
        entry('ad', 7_000, null),
      ],
      SKUS,
    );
    expect(rows.map((r) => [r.sku, r.title, r.realMargin, r.marginRate])).toEqual([
      ['A', 'Alpha', 52_000, 0.52], // 100,000 − 40,000 − 8,000
      ['Z', '', 5_000, 1],
      ['C', 'Gamma', 0, null], // nothing in the ledger: no sales, no rate
      ['B', 'Beta', -10_000, -1 / 3], // 30,000 − 30,000 − 10,000
      [NO_SKU, '', -7_000, null],
    ]);
    expect(rows[0]).toMatchObject({ sales: 100_000, cogs: 40_000, fees: 8_000, refunds: 0 });
    expect(rows[4]).toMatchObject({ ads: 7_000, sales: 0 });
  });

  it('has no NO_SKU row when every entry names a SKU, and no rows for nothing', () => {
    expect(skuMargin([entry('sale', 1, 'A')], []).map((r) => r.sku)).toEqual(['A']);
    expect(skuMargin([], [])).toEqual([]);
  });

  it('reads a SKU listed twice from its first row', () => {
    expect(
      distinctSkus(SKUS)
        .map((s) => [s.sku, s.title])
        .sort(),
    ).toEqual([
      ['A', 'Alpha'],
      ['B', 'Beta'],
      ['C', 'Gamma'],
    ]);
  });

  it('does not depend on row order, and the SKU rows add up to the whole ledger', () => {
    const anEntry = fc
      .record({
        type: fc.constantFrom(...LEDGER_TYPES),
        amount: fc.integer({ min: -100_000, max: 100_000 }),
        sku: fc.constantFrom('A', 'B', 'Z', null),
      })
      .map(({ type, amount, sku }) => entry(type, amount, sku));
    const input = fc
      .array(anEntry, { maxLength: 30 })
      .chain((entries) =>
        fc
          .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
          .map((shuffled) => ({ entries, shuffled })),
      );
    fc.assert(
      fc.property(input, ({ entries, shuffled }) => {
        const rows = skuMargin(entries, SKUS);
        expect(skuMargin(shuffled, SKUS)).toEqual(rows);
        const whole = skuMargin(
          entries.map((e) => ({ ...e, sku: null })),
          [],
        );
        expect(rows.reduce((sum, r) => sum + r.realMargin, 0)).toBe(whole[0]?.realMargin ?? 0);
        for (const row of rows) {
          expect(row.marginRate === null || Number.isFinite(row.marginRate)).toBe(true);
        }
      }),
    );
  });
});
