import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import { readLedger, type LedgerContext } from '../../src/core/ledger/readLedger';
import { inEnglish } from '../support/problems';

const seoul = (iso: string) => new Date(`${iso}+09:00`);

function context(rates: Array<{ currency: string; rate: number; from: Date | null }> = []) {
  const ctx: LedgerContext = {
    tabName: '원장',
    timeZone: 'Asia/Seoul',
    baseCurrency: 'KRW',
    fx: new FxTable('KRW', rates),
  };
  return ctx;
}

describe('readLedger', () => {
  it('refuses an amount past a thousand trillion, as written or once converted, and adds up the rest', () => {
    const values = [
      ['날짜', '유형', '금액', '통화'],
      ['2025-09-01', '매출', 1e308, ''],
      ['2025-09-01', '매출', 1e308, ''],
      ['2025-09-02', '매출', 'US $1,000,000,000,000', ''],
      ['2025-09-03', '매출', 10_000, ''],
    ];
    const { entries, problems } = readLedger(
      values,
      context([{ currency: 'USD', rate: 1380, from: null }]),
    );
    expect(entries.map((e) => e.baseAmount)).toEqual([10_000]);
    expect(inEnglish(problems).map(({ row, expected }) => [row, expected])).toEqual(
      [2, 3, 4].map((row) => [
        row,
        'an amount of at most 1,000,000,000,000,000 (a longer one is taken for a typo)',
      ]),
    );
  });

  it('reads the ugly inputs of docs/rules.md §3 into base-currency entries', () => {
    const values = [
      ['셀러 루틴 원장', '', '', '', ''],
      ['\uFEFF날짜', '유형', '금액\n(원)', '통화', '메모'],
      [seoul('2025-09-01T10:00:00'), '매출', '12,345원', '', ''],
      ['2025.09.02', 'Fee', '(1,000)', '', '환급'],
      ['', '', '', '', ''],
      ['2025-09-03 09:31:06', '광고비', 12, 'USD', ''],
      [45903, 'COGS', 5000, '', ''],
    ];
    const formats = values.map((row) => row.map(() => ''));
    formats[6]![2] = '[$₩]#,##0';
    const { entries, problems } = readLedger(
      values,
      context([{ currency: 'USD', rate: 1380, from: null }]),
      formats,
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.row, e.type, e.amount, e.currency, e.baseAmount])).toEqual([
      [3, 'sale', 12345, 'KRW', 12345],
      [4, 'fee', -1000, 'KRW', -1000],
      [6, 'ad', 12, 'USD', 16560],
      [7, 'cogs', 5000, 'KRW', 5000],
    ]);
    expect(entries[1]?.date).toEqual(seoul('2025-09-02T00:00:00'));
    expect(entries[2]?.date).toEqual(seoul('2025-09-03T09:31:06'));
    // Serial 45903 = 2025-09-03 in the sheet's zone.
    expect(entries[3]?.date).toEqual(seoul('2025-09-03T00:00:00'));
    expect(entries[1]?.memo).toBe('환급');
  });

  it('keeps ids as exact text', () => {
    const values = [
      ['Date', 'Type', 'Amount', 'Order ID', 'Source Key', 'SKU'],
      ['2025-09-01', 'Sale', 10, 8207841133554507, 'order:8207841133554507:sale ', ' A-1 '],
    ];
    const [entry] = readLedger(values, context()).entries;
    expect(entry?.orderId).toBe('8207841133554507');
    expect(entry?.sourceKey).toBe('order:8207841133554507:sale');
    expect(entry?.sku).toBe('A-1');
  });

  it('turns every unreadable row into a Problem, never a 0', () => {
    const values = [
      ['Date', 'Type', 'Amount', 'Currency'],
      ['2025-09-01', 'Salary', 10, ''],
      ['2025-09-01', 'Sale', 'twelve', ''],
      ['2025-02-30', 'Sale', 10, ''],
      ['2025-09-01', 'Sale', 10, 'EUR'],
      ['2025-09-01', 'Sale', '', ''],
      // A currency cell that names no currency (US: which dollar?) is not the base one (₩100).
      ['2025-09-01', 'Sale', 100, 'US'],
      ['2025-09-01', 'Sale', 100, true],
    ];
    const { entries, problems } = readLedger(values, context());
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, 'Type', 'Salary'],
      [3, 'Amount', 'twelve'],
      [4, 'Date', '2025-02-30'],
      [5, 'Currency', 'EUR'],
      [6, 'Amount', ''],
      [7, 'Currency', 'US'],
      [8, 'Currency', 'TRUE'],
    ]);
    expect(inEnglish(problems)[5]?.expected).toBe('a currency code like KRW or USD');
  });

  it('reports each missing required column once, naming the tab', () => {
    const { entries, problems } = readLedger(
      [
        ['Date', 'Memo'],
        ['2025-09-01', 'x'],
      ],
      context(),
    );
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.tab, p.row])).toEqual([
      ['원장', null],
      ['원장', null],
    ]);
    expect(inEnglish(problems)[0]?.expected).toContain('"Type"');
    expect(inEnglish(problems)[1]?.expected).toContain('"Amount"');
  });
});
