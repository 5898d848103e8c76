/** REAL_MARGIN and MARGIN_RATE: the whole Ledger range's margin, as the Weekly Margin tab sums it. */
import { marginFigures } from '../metrics/weeklyMargin';
import { computeWith } from './functionInputs';
import { LEDGER_PARAM, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';

export const REAL_MARGIN: CustomFunctionSpec = {
  name: 'REAL_MARGIN',
  summary: {
    en: 'Real margin in the base currency: sales minus refunds, costs, fees, ads, coupons and penalties.',
    ko: '기준 통화로 본 실질 마진: 매출에서 환불·원가·수수료·광고비·쿠폰·벌금을 뺀 금액입니다.',
  },
  params: [LEDGER_PARAM, SETTINGS_PARAM],
  returns: {
    en: 'The real margin, a message saying which row to fix, or NO DATA without Ledger rows.',
    ko: '실질 마진, 또는 고쳐야 할 행을 알려 주는 안내 문구, 원장에 행이 없으면 NO DATA.',
  },
  example: '=REAL_MARGIN(Ledger!A:H, Settings!A:C)',
  run([ledger, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const entries = inputs.ledger(ledger);
      // No row is no margin, not a margin of 0 (a new sheet before its first update).
      if (entries.length === 0) inputs.answer('fn.noData.ledger');
      return marginFigures(entries).realMargin;
    });
  },
};

export const MARGIN_RATE: CustomFunctionSpec = {
  name: 'MARGIN_RATE',
  summary: {
    en: 'Margin rate: real margin ÷ sales over the Ledger range.',
    ko: '마진율: 원장 범위의 실질 마진 ÷ 매출입니다.',
  },
  params: [LEDGER_PARAM, SETTINGS_PARAM],
  returns: {
    en: 'The margin rate as a fraction (format the cell as %), or NO DATA without sales.',
    ko: '마진율(비율, 셀 서식을 %로), 매출이 없으면 NO DATA.',
  },
  example: '=MARGIN_RATE(Ledger!A:H, Settings!A:C)',
  run([ledger, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const { marginRate } = marginFigures(inputs.ledger(ledger));
      return marginRate ?? inputs.answer('fn.noData.sales');
    });
  },
};
