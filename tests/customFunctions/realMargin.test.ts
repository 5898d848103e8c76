import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/customFunctions/registry';
import { REAL_MARGIN } from '../../src/customFunctions/realMargin';
import { engineWithCustomFunctions } from '../support/hyperformula';

const ko = { timeZone: 'Asia/Seoul', locale: 'ko_KR' };
const en = { timeZone: 'Asia/Seoul', locale: 'en_US' };

const LEDGER = [
  ['날짜', '유형', '금액', '통화', 'SKU', '주문 ID', '메모', '소스 키'],
  [
    '2025-09-01',
    '매출',
    'US $100.00',
    '',
    'A-1',
    '8207841133554507',
    '',
    'order:8207841133554507:sale',
  ],
  ['2025-09-01', '수수료', 8, 'USD', 'A-1', '8207841133554507', '', 'order:8207841133554507:fee'],
  ['2025-09-02', '원가', '30,000원', '', 'A-1', '8207841133554507', '', ''],
  ['2025-09-08', '광고비', '₩12,000', '', '', '', '', ''],
  ['', '', '', '', '', '', '', ''],
];
const SETTINGS = [
  ['설정', '값'],
  ['기준 통화', 'KRW'],
  [],
  ['통화', '환율', '날짜'],
  ['USD', 1380, '2025-09-01'],
];

describe('REAL_MARGIN', () => {
  it('converts every row to the base currency at its date', () => {
    // 100 USD × 1380 − 8 USD × 1380 − 30,000 − 12,000 = 138,000 − 11,040 − 42,000 = 84,960
    expect(REAL_MARGIN.run([LEDGER, SETTINGS], ko)).toEqual({ ok: true, value: 84960 });
  });

  it('asks for an FX rate instead of summing mixed currencies', () => {
    const answer = REAL_MARGIN.run([LEDGER], en);
    expect(answer).toEqual({
      ok: false,
      message: 'Ledger row 2, Currency: "USD" — expected an FX rate for USD in Settings.',
    });
  });

  it('names the missing column', () => {
    const answer = REAL_MARGIN.run(
      [
        [
          ['Date', 'Type', 'Memo'],
          ['2025-09-01', 'Sale', 'x'],
        ],
      ],
      en,
    );
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toContain('"Amount"');
  });

  it('reads an empty ledger as a margin of 0 (there is nothing to sum)', () => {
    expect(REAL_MARGIN.run([[['Date', 'Type', 'Amount']]], en)).toEqual({ ok: true, value: 0 });
  });
});

describe('REAL_MARGIN in a real formula engine (HyperFormula)', () => {
  it('evaluates =REAL_MARGIN(원장!A1:H6, 설정!A1:C5) over sheets', () => {
    const engine = engineWithCustomFunctions(CUSTOM_FUNCTIONS, ko, {
      원장: LEDGER,
      설정: SETTINGS,
      요약: [["=REAL_MARGIN('원장'!A1:H6, '설정'!A1:C5)"]],
    });
    const sheet = engine.getSheetId('요약') as number;
    expect(engine.getCellValue({ sheet, row: 0, col: 0 })).toBe(84960);
    engine.destroy();
  });
});
