import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/registry';
import { MARGIN_RATE, REAL_MARGIN } from '../../src/core/functions/realMarginFunctions';
import { engineWithCustomFunctions } from '../support/hyperformula';
import { en, imported, importedSmall, ko, smallWorkbook } from './workbooks';

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

  it('names the columns a blank range lacks (a range typed wrong), not "no rows yet"', () => {
    const answer = REAL_MARGIN.run([[[''], ['']], SETTINGS], ko);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.message).toMatch(
      /^원장 — "날짜" 열\(머리글: .*\)이 필요합니다\.$/,
    );
  });

  it('answers NO DATA for a Ledger without rows, never a margin of 0', () => {
    expect(REAL_MARGIN.run([LEDGER.slice(0, 1), SETTINGS], ko)).toEqual({
      ok: false,
      message: 'NO DATA: 원장에 아직 행이 없습니다.',
    });
    expect(REAL_MARGIN.run([[['Date', 'Type', 'Amount']]], en)).toEqual({
      ok: false,
      message: 'NO DATA: the Ledger has no rows yet.',
    });
    // Rows that add up to nothing are a margin of 0.
    const even = [LEDGER[0], ['2025-09-01', '매출', 1000], ['2025-09-02', '원가', 1000]];
    expect(REAL_MARGIN.run([even, SETTINGS], ko)).toEqual({ ok: true, value: 0 });
  });

  it('asks for an FX rate instead of summing mixed currencies', () => {
    const answer = REAL_MARGIN.run([LEDGER], en);
    expect(answer).toEqual({
      ok: false,
      // The column as this range calls it, and the cell that named the currency.
      message: 'Ledger row 2, 금액: "US $100.00" — expected an FX rate for USD in Settings.',
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

  it('equals the Weekly Margin tab’s weeks added up, on the imported small shop', () => {
    const { tabs, update } = importedSmall();
    // Week of 09-08: 12,000 − 5,000 − 1,200 − 1,000 = 4,800; week of 09-15: 21,500.
    expect(REAL_MARGIN.run([tabs.Ledger, tabs.Settings], en)).toEqual({ ok: true, value: 26300 });
    const weeksTotal = update.weeks.reduce((total, week) => total + week.realMargin, 0);
    expect(weeksTotal).toBe(26300);
  });
});

describe('MARGIN_RATE', () => {
  it('is real margin ÷ sales, and the KPI tab’s margin rate when the window holds the whole ledger', () => {
    const tabs = smallWorkbook();
    tabs.Settings = tabs.Settings.map((row) =>
      row[0] === 'KPI window days' ? ['KPI window days', 14] : row,
    );
    const small = imported(tabs, 'Ledger', en);
    const answer = MARGIN_RATE.run([small.tabs.Ledger, small.tabs.Settings], en);
    // 26,300 ÷ (12,000 + 90,000)
    expect(answer.ok ? answer.value : answer.message).toBeCloseTo(26300 / 102000, 12);
    const kpi = small.update.kpis.find((k) => k.id === 'marginRate');
    expect(answer).toEqual({ ok: true, value: kpi?.value });
  });

  it('answers NO DATA without sales rather than a rate over nothing', () => {
    const costsOnly = [
      ['Date', 'Type', 'Amount'],
      ['2025-09-01', 'Ad', 5000],
    ];
    expect(MARGIN_RATE.run([costsOnly], en)).toEqual({
      ok: false,
      message: 'NO DATA: the Ledger has no sales, so there is no margin rate.',
    });
    expect(MARGIN_RATE.run([costsOnly], ko)).toEqual({
      ok: false,
      message: 'NO DATA: 원장에 매출이 없어 마진율을 계산할 수 없습니다.',
    });
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
