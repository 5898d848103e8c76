import { describe, expect, it } from 'vitest';
import { DISPUTE_RATE, RETURN_CAUSES } from '../../src/core/functions/disputeFunctions';
import { en, importedSmall, ko, tableOf } from './workbooks';

const { tabs, update } = importedSmall();

describe('DISPUTE_RATE', () => {
  it('counts disputed orders ÷ paid orders in the KPI window ending with the newest order', () => {
    // Window 09-15..09-21: paid 1001, 1002, 1003, 1004, 1005; disputed 1001 and 1003 (twice).
    const answer = DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, undefined, tabs.Settings], en);
    expect(answer).toEqual({ ok: true, value: 0.4 });
  });

  it('equals the weekly update’s dispute rate and its KPI value', () => {
    const answer = DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, undefined, tabs.Settings], en);
    expect(answer).toEqual({ ok: true, value: update.disputes.disputeRate });
    expect(answer).toEqual({
      ok: true,
      value: update.kpis.find((kpi) => kpi.id === 'disputeRate')?.value,
    });
  });

  it('takes an as-of date: the week before holds 0999 and its dispute', () => {
    const answer = DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, '2025-09-14', tabs.Settings], en);
    expect(answer).toEqual({ ok: true, value: 1 });
  });

  it('answers NO DATA over a window without paid orders', () => {
    expect(DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, '2025-08-31', tabs.Settings], en)).toEqual(
      {
        ok: false,
        message: 'NO DATA: no paid orders in the 7 days up to 2025-08-31.',
      },
    );
    expect(DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, '2025-08-31', tabs.Settings], ko)).toEqual(
      {
        ok: false,
        message: 'NO DATA: 2025-08-31까지 7일 동안 결제된 주문이 없습니다.',
      },
    );
  });
});

describe('RETURN_CAUSES', () => {
  it('spills reason, cause, orders and share, top causes first (ties in the order of docs/rules.md §3)', () => {
    const answer = RETURN_CAUSES.run([tabs.Disputes, undefined, tabs.Settings], en);
    expect(answer).toEqual({
      ok: true,
      value: [
        ['Reason', 'Cause', 'Count', 'Share'],
        ['Wrong item', 'Internal (fix the product or process)', 1, 1 / 3],
        ['Defective or damaged', 'Internal (fix the product or process)', 1, 1 / 3],
        ['Not received or late', 'Other', 1, 1 / 3],
      ],
    });
  });

  it('equals the weekly update’s causes for the same as-of', () => {
    const answer = RETURN_CAUSES.run([tabs.Disputes, update.asOf, tabs.Settings], ko);
    expect(
      tableOf(answer)
        .slice(1)
        .map((row) => [row[2], row[3]]),
    ).toEqual(update.disputes.causes.map((cause) => [cause.count, cause.share]));
    expect(tableOf(answer)[1]).toEqual(['오배송', '내부 원인(상품·공정 개선)', 1, 1 / 3]);
  });

  it('answers NO DATA when no dispute was opened in the window', () => {
    expect(RETURN_CAUSES.run([tabs.Disputes, '2025-09-30', tabs.Settings], en)).toEqual({
      ok: false,
      message: 'NO DATA: no disputes opened in the 7 days up to 2025-09-30.',
    });
  });
});
