import { describe, expect, it } from 'vitest';
import { PARETO_CLASS } from '../../src/core/functions/paretoFunction';
import { en, importedSmall, ko, tableOf } from './workbooks';

const { tabs, update } = importedSmall();

describe('PARETO_CLASS', () => {
  it('ranks SKUs by real margin: A the top fifth, C the bottom fifth and every loss', () => {
    // 56,000 − 5,000 refund − 12,000 COGS − 5,600 fees − 1,500 packaging = 31,900.
    // B-2: 32,000 − 10,000 − 3,200 = 18,800. C-3: 14,000 − 14,000 − 1,400 = −1,400.
    // Three SKUs: one A, one C by rank, losses C. The shop-wide row (ads 21,000 + coupon 2,000
    // that name no SKU) comes last and is never ranked.
    expect(PARETO_CLASS.run([tabs.Ledger, tabs.SKU, tabs.Settings], en)).toEqual({
      ok: true,
      value: [
        ['SKU', 'Real margin', 'Class'],
        ['A-1', 31900, 'A'],
        ['B-2', 18800, 'B'],
        ['C-3', -1400, 'C'],
        ['(shop-wide)', -23000, ''],
      ],
    });
  });

  it('equals the weekly update’s SKU classes', () => {
    const answer = PARETO_CLASS.run([tabs.Ledger, tabs.SKU, tabs.Settings], ko);
    expect(tableOf(answer).slice(1)).toEqual(
      update.skus.map((row) => [
        row.sku === '(no SKU)' ? '(매장 공통)' : row.sku,
        row.realMargin,
        row.paretoClass ?? '',
      ]),
    );
  });

  it('counts a SKU of the SKU range without ledger rows as 0', () => {
    const skus = [['SKU'], ['D-4']];
    const answer = PARETO_CLASS.run([tabs.Ledger, skus, tabs.Settings], en);
    expect(tableOf(answer).find((row) => row[0] === 'D-4')).toEqual(['D-4', 0, 'B']);
  });
});
