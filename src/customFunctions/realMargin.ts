import { ledgerTotals, realMargin } from '../realMargin';
import { ledgerInput } from './ledgerInput';
import type { CustomFunctionSpec, ParamSpec } from './spec';

export const LEDGER_PARAM: ParamSpec = {
  name: 'ledger',
  type: 'A1:H',
  description: {
    en: 'The Ledger range with its header row, e.g. Ledger!A:H.',
    ko: '머리글 행을 포함한 원장 범위(예: 원장!A:H).',
  },
};

export const SETTINGS_PARAM: ParamSpec = {
  name: 'settings',
  type: 'A1:C',
  optional: true,
  description: {
    en: 'Optional: the Settings range, for the base currency and FX rates, e.g. Settings!A:C.',
    ko: '선택: 기준 통화와 환율이 있는 설정 범위(예: 설정!A:C).',
  },
};

export const REAL_MARGIN: CustomFunctionSpec = {
  name: 'REAL_MARGIN',
  summary: {
    en: 'Real margin in the base currency: sales minus refunds, costs, fees, ads, coupons and penalties.',
    ko: '기준 통화로 본 실질 마진: 매출에서 환불·원가·수수료·광고비·쿠폰·벌금을 뺀 금액입니다.',
  },
  params: [LEDGER_PARAM, SETTINGS_PARAM],
  returns: {
    en: 'The real margin, or a message saying which row to fix.',
    ko: '실질 마진, 또는 고쳐야 할 행을 알려 주는 안내 문구.',
  },
  example: '=REAL_MARGIN(Ledger!A:H, Settings!A:C)',
  run([ledger, settings], ctx) {
    const input = ledgerInput(ledger, settings, ctx);
    if (!input.ok) return input;
    return { ok: true, value: realMargin(ledgerTotals(input.entries)) };
  },
};
