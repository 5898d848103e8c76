import { describe, expect, it } from 'vitest';
import { FUNNEL } from '../../src/core/functions/funnelFunction';
import { en, importedSmall, ko, tableOf } from './workbooks';

const { tabs, update } = importedSmall();

describe('FUNNEL', () => {
  it('spills each step with its count, conversion and drop, then the advice', () => {
    // Window 09-15..09-21 (the newest Traffic period ends 09-21): P1 + P2. Ordering buyers only
    // P1 has (6), so cart → ordering is P1's 6 ÷ 10 and ordering → paying P1's 5 ÷ 6.
    // Click stage 300 ÷ 15,000 = 2% < 3% is the weakest (cart 10% ≥ 8%, order 9 ÷ 30 = 30%).
    const answer = FUNNEL.run([tabs.Traffic, undefined, tabs.Settings], en);
    expect(answer).toEqual({
      ok: true,
      value: [
        ['Step', 'Count', 'Conversion', 'Drop'],
        ['Impressions', 15000, '', ''],
        ['Visitors', 300, 0.02, 0.98],
        ['Add-to-cart buyers', 30, 0.1, 0.9],
        ['Ordering buyers', 6, 0.6, 0.4],
        ['Paying buyers', 9, 5 / 6, 1 - 5 / 6],
        [
          'Advice',
          'Few shoppers click through to the product: improve the thumbnail and the title.',
          '',
          '',
        ],
      ],
    });
  });

  it('equals the weekly update’s funnel', () => {
    const answer = FUNNEL.run([tabs.Traffic, undefined, tabs.Settings], ko);
    expect(
      tableOf(answer)
        .slice(1, 6)
        .map((row) => row.slice(1)),
    ).toEqual(
      update.funnel.steps.map((step) => [step.count, step.conversion ?? '', step.drop ?? '']),
    );
    expect(tableOf(answer)[6]?.slice(0, 2)).toEqual(['조언', update.funnel.advice?.ko]);
  });

  it('says so when every stage meets its benchmark', () => {
    const healthy = [
      ['Period', 'Impressions', 'Visitors', 'Add-to-Cart Buyers', 'Paying Buyers'],
      ['2025-09-15', 1000, 50, 10, 5],
    ];
    const answer = FUNNEL.run([healthy], en);
    expect(tableOf(answer).at(-1)?.[1]).toBe('Every step meets its benchmark.');
  });

  it('never says all is well for a stage nothing was counted on', () => {
    const impressionsOnly = [
      ['기간', '노출수', '방문자수'],
      ['2025-09-15 ~ 2025-09-21', 10000, ''],
    ];
    expect(tableOf(FUNNEL.run([impressionsOnly], ko)).at(-1)?.[1]).toBe(
      '노출 → 방문 (클릭), 방문 → 장바구니, 장바구니 → 결제 단계는 데이터가 없어 아직 판단할 수 없습니다.',
    );
    // Click 60 ÷ 1,000 = 6% ≥ 3% and cart 6 ÷ 60 = 10% ≥ 8%; no row counts payments.
    const noPayments = [
      ['Period', 'Impressions', 'Visitors', 'Add-to-Cart Buyers'],
      ['2025-09-15', 1000, 60, 6],
    ];
    expect(tableOf(FUNNEL.run([noPayments], en)).at(-1)?.[1]).toBe(
      'No data to judge cart → payment yet.',
    );
  });

  it('answers NO DATA without Traffic rows in the window', () => {
    expect(FUNNEL.run([tabs.Traffic, '2025-09-01', tabs.Settings], en)).toEqual({
      ok: false,
      message: 'NO DATA: no Traffic rows in the 7 days up to 2025-09-01.',
    });
  });
});
