import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import type { ReadContext } from '../../src/core/read/readContext';
import { readDisputes } from '../../src/core/read/readDisputes';
import { inEnglish } from '../support/problems';

// 1 USD = 1,400 KRW until 2025-09-10 (Seoul), 1,500 KRW from then on.
const ctx: ReadContext = {
  tabName: 'Disputes',
  timeZone: 'Asia/Seoul',
  baseCurrency: 'KRW',
  fx: new FxTable('KRW', [
    { currency: 'USD', rate: 1400, from: null },
    { currency: 'USD', rate: 1500, from: new Date('2025-09-10T00:00:00+09:00') },
  ]),
};
const seoul = (text: string): Date => new Date(`${text}+09:00`);

describe('readDisputes', () => {
  const header = [
    '분쟁 ID',
    '주문 ID',
    '분쟁 시작 시간',
    '분쟁 사유',
    '분쟁 상태',
    '환불 금액',
    '종료 시간',
  ];

  it('dates and converts a refund at the closed time, else the opened time', () => {
    const values = [
      header,
      [
        '503661209441820',
        '8206104472039968',
        '2025-09-05 10:00',
        '상품 파손',
        '종료',
        'US $8.00',
        '2025-09-12 09:00',
      ],
      [
        '503661209441821',
        '8206104472039969',
        '2025-09-06 11:00',
        'Changed my mind',
        '진행 중',
        '-US $2.00',
        '',
      ],
      ['', '8206104472039970', '09/07/2025', '기타', '진행 중', '', ''],
    ];
    const { records, problems } = readDisputes(values, ctx);
    expect(problems).toEqual([]);
    expect(
      records.map(({ disputeId, reason, refund, refundTime }) => [
        disputeId,
        reason,
        refund,
        refundTime,
      ]),
    ).toEqual([
      ['503661209441820', 'defective', 12_000, seoul('2025-09-12T09:00:00')], // $8 × 1,500 (closed 09-12)
      ['503661209441821', 'change-of-mind', 2_800, seoul('2025-09-06T11:00:00')], // |−$2| × 1,400
      [null, 'other', null, seoul('2025-09-07T00:00:00')], // a blank refund is none, not 0
    ]);
    expect(records[0]).toMatchObject({
      row: 2,
      orderId: '8206104472039968',
      reasonText: '상품 파손',
      status: '종료',
    });
  });

  it('leaves out a row without an order id or opened time, or with a bad amount', () => {
    const values = [
      header,
      ['1', '', '2025-09-05', '', '', '', ''],
      ['2', '8206', 'whenever', '', '', '', ''],
      ['3', '8207', '2025-09-05', '', '', 'plenty', ''],
      ['4', '8208', '2025-09-05', '', '', '€ 3', ''],
    ];
    const { records, problems } = readDisputes(values, ctx);
    expect(records).toEqual([]);
    expect(problems.map(({ row, column, value }) => [row, column, value])).toEqual([
      [2, '주문 ID', ''],
      [3, '분쟁 시작 시간', 'whenever'],
      [4, '환불 금액', 'plenty'],
      [5, '환불 금액', '€ 3'],
    ]);
    expect(inEnglish(problems)[3]?.expected).toBe('an FX rate for EUR in Settings');
  });
});
