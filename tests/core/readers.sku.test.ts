import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import type { ReadContext } from '../../src/core/read/readContext';
import { readSkus } from '../../src/core/read/readSkus';
import { render } from '../../src/core/text/messages';

// A cost is what the SKU costs now: the newest USD rate (1,450) applies, not the older 1,300.
const ctx: ReadContext = {
  tabName: '상품',
  timeZone: 'Asia/Seoul',
  baseCurrency: 'KRW',
  fx: new FxTable('KRW', [
    { currency: 'USD', rate: 1300, from: null },
    { currency: 'USD', rate: 1450, from: new Date('2025-09-01T00:00:00+09:00') },
    { currency: 'CNY', rate: 200, from: null },
  ]),
};

describe('readSkus', () => {
  const header = ['SKU', '상품명', '원가', '통화', '재고', '판매가', '대표 키워드'];

  it('reads each cost in its currency, by the cell symbol or the currency column', () => {
    const values = [
      header,
      ['KB-TINT-RD', 'Lip tint red', '₩3,200', '', '120', 'US $9.90', 'lip tint'],
      ['cm-210', 'Camera', '12.5', 'CNY', 4, '39', ''],
      ['ST-STICKER-40', 'Sticker pack', '', 'USD', '', '', ''],
      [' PH-AIRPOD ', '', '$2.00', '', '', '', ''],
      // No EUR rate: the SKU stays (stock, title, price); only its COGS waits for the rate.
      ['FA-SCARF', 'Scarf', '€3.00', '', 7, '', ''],
    ];
    const { records, problems } = readSkus(values, ctx);
    expect(problems).toEqual([]);
    expect(
      records.map(({ sku, cost, stock, price, priceCurrency }) => [
        sku,
        cost,
        stock,
        price,
        priceCurrency,
      ]),
    ).toEqual([
      ['KB-TINT-RD', { amount: 3_200, currency: 'KRW' }, 120, 9.9, 'USD'],
      ['cm-210', { amount: 12.5, currency: 'CNY' }, 4, 39, 'CNY'], // the price keeps its own currency
      ['ST-STICKER-40', null, null, null, null], // blank cost: null, no Problem here
      ['PH-AIRPOD', { amount: 2, currency: 'USD' }, null, null, null],
      ['FA-SCARF', { amount: 3, currency: 'EUR' }, 7, null, null],
    ]);
    expect(records[0]).toMatchObject({ row: 2, title: 'Lip tint red', primaryKeyword: 'lip tint' });
    expect(records[3]?.title).toBe('');
  });

  it('reports a cost it cannot read and leaves the row out; a stock it cannot read is unknown', () => {
    const values = [
      header,
      ['A', '', 'cheap', '', '', '', ''],
      ['B', '', '1', 'XYZ', '', '', ''],
      ['C', '', '1', '', '-3', '', ''],
      // The SKU 3-4, typed into a cell Sheets made a date: not JavaScript's date text as a SKU.
      [new Date('2025-03-04T00:00:00+09:00'), 'Tint', '1', '', '', '', ''],
    ];
    const { records, problems } = readSkus(values, ctx);
    expect(records.map(({ sku, cost, stock }) => [sku, cost, stock])).toEqual([
      ['C', { amount: 1, currency: 'KRW' }, null],
    ]);
    expect(problems.map(({ row, column, value }) => [row, column, value])).toEqual([
      [2, '원가', 'cheap'],
      [3, '통화', 'XYZ'], // an unknown currency is not taken for the base one
      [4, '재고', '-3'],
      [5, 'SKU', '2025-03-04 00:00'],
    ]);
    // A row another cell drops says only that: its stock is not flagged too.
    const dropped = readSkus(
      [
        [...header, '상품 ID'],
        ['A-1', 'Tint', 3000, 'KRW', '-3', 30000, '', '3.07509E+15'],
      ],
      ctx,
    );
    expect(dropped.records).toEqual([]);
    expect(dropped.problems.map(({ column }) => column)).toEqual(['상품 ID']);
    expect(render(problems[3]!.expected, 'ko')).toBe(
      '날짜로 바뀌지 않게 서식을 일반 텍스트로 바꾼 칸에 다시 적은 SKU나 ID가',
    );
  });
});
