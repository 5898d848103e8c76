// PAYOUT_GAP: the Payout check tab as a formula. On the demo it spills the same rows as the
// 정산 확인 tab (its two planted short payouts, then the line on what 정산 covers); bad input gives
// a sentence, never an engine's error.
import { describe, expect, it } from 'vitest';
import { PAYOUT_GAP } from '../../src/core/functions/payoutGapFunction';
import { DEMO_FACTS } from '../../src/local/demo/demoWorkbook';
import { payoutRows } from '../../src/core/views/outputTabs';
import { en, importedDemo, ko } from './workbooks';

const { tabs, update } = importedDemo();

describe('PAYOUT_GAP', () => {
  it('spills the Payout check tab: the planted short payouts, then what 정산 covers', () => {
    const answer = PAYOUT_GAP.run([tabs['주문'], tabs['정산'], tabs['설정']], ko);
    if (!answer.ok || !Array.isArray(answer.value)) throw new Error(JSON.stringify(answer));
    const [header, ...rows] = answer.value;
    expect(header).toEqual([
      '주문 ID',
      '구분',
      '통화',
      '예상 정산액',
      '실제 정산액',
      '부족액',
      '부족액(기준 통화)',
    ]);
    const tab = payoutRows(update).map((row) => row.map((cell) => cell.value ?? ''));
    expect(rows.map((row) => row.slice(0, row.length))).toEqual(
      tab.map((row) => [...row, ...Array(7 - row.length).fill('')]),
    );
    expect(rows.slice(0, 2).map((row) => [row[0], row[5]])).toEqual(
      DEMO_FACTS.shortPayouts.map(({ orderId, short }) => [orderId, Number(short.slice(4))]),
    );
    expect(rows[2]?.[0]).toBe(
      '정산 탭 기간: 2025-10-20 ~ 2025-10-26. 이 기간 안에 배송되고 15일이 지난 주문만 미정산으로 봅니다.',
    );
  });

  it('says in a sentence what a settlement range without its columns lacks', () => {
    const junk = [
      ['Nothing', 'here'],
      ['1', '2'],
    ];
    expect(PAYOUT_GAP.run([tabs['주문'], junk, tabs['설정']], ko)).toEqual({
      ok: false,
      message:
        '정산 — "주문 ID" 열(머리글: Order ID, 주문 ID, Order No., Order Number, 주문번호, 订单号, 订单编号 중 하나)이 필요합니다.',
    });
    expect(PAYOUT_GAP.run([tabs['주문'], junk, tabs['설정']], en)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Settlement — expected a column "Order ID"/),
    });
  });
});
