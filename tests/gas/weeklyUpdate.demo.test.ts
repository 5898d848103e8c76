// The weekly update on the demo shop (src/local/demo): what it writes, that running it again
// changes nothing, and what it costs in Spreadsheet service calls.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDemoWorkbook, DEMO_FACTS } from '../../src/local/demo/demoWorkbook';
import type { GasEnvironment } from '../../src/local/harness/environment';
import type { WorkbookData } from '../../src/local/workbookData';
import {
  countBy,
  GENERATED_TABS_KO,
  smallShop,
  plannedLedgerRows,
  sheetData,
  sheetNames,
  sheetOf,
  startAddOn,
  valuesOf,
  watchRange,
} from './addOnKit';

const INPUT_TABS = [
  '주문',
  '상품',
  '분쟁',
  '유입',
  '광고',
  '리뷰',
  '메시지',
  '정산',
  '원장',
  '설정',
];
const LEDGER_ROWS_BEFORE = 19; // the header and 18 manual rows
const WON = '[$₩]#,##0';
const PERCENT = '0.0%';
const COUNT = '#,##0.##';

/** Spreadsheet-service calls of the first weekly update of the demo (any scale). */
const DEMO_UPDATE_CALLS = 283;

let demo: WorkbookData;
/** The demo before and after one weekly update, for the tests that only look at the result. */
let updated: { env: GasEnvironment; before: WorkbookData };
beforeAll(() => {
  demo = buildDemoWorkbook();
  const { env, run } = startAddOn(demo);
  const before = env.toWorkbookData();
  run('runWeeklyUpdate');
  updated = { env, before };
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('runWeeklyUpdate on the demo', () => {
  it('appends exactly the planned Ledger rows below the manual rows', () => {
    const planned = plannedLedgerRows(startAddOn(demo).env);
    const ledger = valuesOf(updated.env, '원장');
    expect(planned.length).toBeGreaterThan(4000); // sale, fee and COGS of ~1,500 orders, ads…
    expect(ledger).toHaveLength(LEDGER_ROWS_BEFORE + planned.length);
    expect(ledger.slice(0, LEDGER_ROWS_BEFORE)).toEqual(sheetData(demo, '원장').values);
    expect(ledger.slice(LEDGER_ROWS_BEFORE)).toEqual(planned);
    const keys = ledger.slice(LEDGER_ROWS_BEFORE).map((row) => row[7]);
    expect(new Set(keys).size).toBe(planned.length);
  });

  it("writes the six generated tabs, marked as the add-on's, with frozen headers", () => {
    const { env } = updated;
    expect(sheetNames(env)).toEqual([...INPUT_TABS, ...GENERATED_TABS_KO]);
    const ids = ['weeklyMargin', 'skuMargin', 'kpi', 'logistics', 'payoutCheck', 'problems'];
    GENERATED_TABS_KO.forEach((name, i) => {
      const sheet = sheetOf(env, name);
      const marks = sheet.getDeveloperMetadata().map((meta) => [meta.getKey(), meta.getValue()]);
      expect(marks, name).toEqual([['sellerRoutine.tab', `${ids[i]}|${name}`]]);
      expect(sheet.getFrozenRows(), name).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight(), name).toBe('bold');
    });
  });

  it('formats 주간 마진: eight weeks, money in ₩, rates in %, with a line chart', () => {
    const { env } = updated;
    const sheet = sheetOf(env, '주간 마진');
    const values = sheet.getDataRange().getValues();
    expect(values.map((row) => row[0])).toEqual([
      '주 시작일',
      '2025-09-01',
      '2025-09-08',
      '2025-09-15',
      '2025-09-22',
      '2025-09-29',
      '2025-10-06',
      '2025-10-13',
      '2025-10-20',
    ]);
    expect(values[0]?.[12]).toBe('실질 마진');
    expect(sheet.getRange(2, 1, 1, 18).getNumberFormats()).toEqual([
      ['@', ...Array<string>(12).fill(WON), PERCENT, WON, COUNT, COUNT, PERCENT],
    ]);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(String(charts[0]?.getType())).toBe('LINE');
    expect(charts[0]?.getRanges().map((range) => range.getA1Notation())).toEqual([
      'A1:A9',
      'B1:B9',
      'M1:M9',
    ]);
  });

  it('colours the KPI status column with one conditional rule per status', () => {
    const { env } = updated;
    const sheet = sheetOf(env, 'KPI');
    expect(sheet.getRange(1, 4).getValue()).toBe('상태');
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((rule) => rule.getBooleanCondition()?.getCriteriaValues())).toEqual([
      ['OK'],
      ['WARN'],
      ['BAD'],
      ['NO DATA'],
    ]);
    for (const rule of rules) {
      expect(rule.getRanges().map((range) => range.getA1Notation())).toEqual(['D2:D9']);
    }
    expect(sheet.getRange(2, 2, 1, 2).getNumberFormats()).toEqual([[PERCENT, PERCENT]]);
  });

  it('sizes every generated tab to its columns, so blank ones never count against the cell limit', () => {
    const { env } = updated;
    for (const name of GENERATED_TABS_KO) {
      const sheet = sheetOf(env, name);
      const width = Math.max(...valuesOf(env, name).map((row) => row.length));
      expect([name, sheet.getMaxColumns()]).toEqual([name, width]);
    }
    // A Ledger the update creates has its 8 columns; the demo's own keeps the width it had.
    const shop = smallShop();
    const fresh = startAddOn({
      ...shop,
      sheets: shop.sheets.filter((sheet) => sheet.name !== '원장'),
    });
    fresh.run('runWeeklyUpdate');
    expect(sheetOf(fresh.env, '원장').getMaxColumns()).toBe(8);
  });

  it('colours the Logistics median days as a heat map: fewest green, median yellow, most red', () => {
    const { env } = updated;
    const values = valuesOf(env, '물류');
    const header = values[1] as string[];
    const countries = values.slice(2).findIndex((row) => row.every((cell) => cell === ''));
    const rules = sheetOf(env, '물류').getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    const [rule] = rules;
    // The block under the week headers: rows 3 … 2 + countries, columns B … the last week.
    const lastColumn = String.fromCharCode('A'.charCodeAt(0) + header.length - 1);
    expect(rule?.getRanges().map((range) => range.getA1Notation())).toEqual([
      `B3:${lastColumn}${2 + countries}`,
    ]);
    expect(header.slice(1)).toEqual(expect.arrayContaining([expect.stringMatching(/^2025-/)]));
    const gradient = rule?.getGradientCondition();
    expect([gradient?.getMinColor(), gradient?.getMidColor(), gradient?.getMaxColor()]).toEqual([
      '#b7e1c1',
      '#ffe8a3',
      '#f4aaa3',
    ]);
    expect([String(gradient?.getMidType()), gradient?.getMidValue()]).toEqual(['PERCENTILE', '50']);
  });

  it("lists the two planted problems and toasts the last week's real margin", () => {
    const { env } = updated;
    const problems = valuesOf(env, '확인 필요').slice(1);
    expect(problems).toHaveLength(2);
    expect(problems.map((row) => String(row[4]))).toEqual([
      expect.stringContaining('EUR'),
      expect.stringContaining(DEMO_FACTS.noCostSku),
    ]);
    const lastWeek = valuesOf(env, '주간 마진').at(-1) as number[];
    expect(env.ui.alerts).toEqual([]);
    expect(env.ui.toasts).toHaveLength(1);
    const toast = env.ui.toasts[0];
    expect(toast?.title).toBe('셀러 루틴');
    const match = /^주간 업데이트 완료 · 실질 마진 (-?)₩([\d,]+) · 확인 필요 2건$/.exec(
      toast?.message ?? '',
    );
    expect(match, toast?.message).not.toBeNull();
    const shown = Number(`${match?.[1]}${match?.[2]?.replace(/,/g, '')}`);
    expect(shown).toBe(Math.round(lastWeek[12] as number));
    expect(env.properties.document.getProperty('sellerRoutine.lastUpdate')).toMatch(/^\d{4}-/);
  });

  it('never changes an input tab other than the Ledger', () => {
    const { env, before } = updated;
    const after = env.toWorkbookData();
    for (const name of INPUT_TABS.filter((tab) => tab !== '원장')) {
      expect(sheetData(after, name), name).toEqual(sheetData(before, name));
    }
  });

  it('changes nothing when run a second time', () => {
    const { env, run } = startAddOn(demo);
    run('runWeeklyUpdate');
    const once = env.toWorkbookData();
    run('runWeeklyUpdate');
    expect(env.toWorkbookData()).toEqual(once);
    expect(env.ui.toasts[1]?.message).toBe(env.ui.toasts[0]?.message);
    for (const name of GENERATED_TABS_KO) {
      expect(sheetOf(env, name).getDeveloperMetadata(), name).toHaveLength(1);
    }
    expect(sheetOf(env, '주간 마진').getCharts()).toHaveLength(1);
    expect(sheetOf(env, 'KPI').getConditionalFormatRules()).toHaveLength(4);
  });
});

describe('the cost of runWeeklyUpdate (docs/rules.md §10)', () => {
  it('reads each input tab with one getValues and writes each tab with one setValues', () => {
    const { env, run } = startAddOn(demo);
    const reads = watchRange('getValues');
    const writes = watchRange('setValues');
    run('runWeeklyUpdate');
    expect(countBy(reads())).toEqual(Object.fromEntries(INPUT_TABS.map((tab) => [tab, 1])));
    expect(env.calls.byMethod()['Range.getValues']).toBe(INPUT_TABS.length);
    expect(countBy(writes())).toEqual(
      Object.fromEntries(['원장', ...GENERATED_TABS_KO].map((tab) => [tab, 1])),
    );
  });

  it(`makes ${DEMO_UPDATE_CALLS} Spreadsheet-service calls for the demo, and as many at 10×`, () => {
    const calls = [demo, buildDemoWorkbook({ scale: 10 })].map((workbook) => {
      const { env, run } = startAddOn(workbook);
      env.calls.reset();
      run('runWeeklyUpdate');
      expect(env.ui.alerts).toEqual([]);
      return env.calls.spreadsheetTotal();
    });
    expect(calls).toEqual([DEMO_UPDATE_CALLS, DEMO_UPDATE_CALLS]);
  }, 180_000);
});
