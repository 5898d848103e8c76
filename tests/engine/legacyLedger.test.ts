// A Ledger written by version 0.1 (the release before the reconciling import) keeps working: its
// rows are recognised by their Source Keys and corrected, never counted twice. The fixture is the
// demo's 원장 tab after `seller-routine weekly` of version 0.1 (commit e29e3c0) on the demo: its
// 18 manual rows and the 4,459 rows that version imported, with its old keys (one Sale row per
// two-SKU order, no SKU).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkbook } from '../../src/local/demo/demoWorkbook';
import type { CellValue, WorkbookData } from '../../src/local/workbookData';
import { computeWeeklyUpdate, type WeeklyUpdate } from '../../src/core/weeklyUpdate';

const FIXTURE = new URL('../fixtures/ledger-0.1.0-demo.csv.gz', import.meta.url);

/** The 0.1 Ledger as Sheets holds it: dates as Dates, amounts as numbers. */
function legacyLedger(): CellValue[][] {
  const text = gunzipSync(readFileSync(FIXTURE)).toString('utf8');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row, r) =>
    r === 0
      ? row
      : row.map((cell, c) => (c === 0 ? new Date(cell) : c === 2 ? amountCell(cell) : cell)),
  );
}

/** Imported amounts were numbers; some manual ones were typed as text, like `23,400원`. */
function amountCell(cell: string): CellValue {
  return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

function withLedger(workbook: WorkbookData, ledger: CellValue[][]): WorkbookData {
  const sheets = workbook.sheets.map((sheet) =>
    sheet.name === '원장' ? { name: '원장', values: ledger } : sheet,
  );
  return { ...workbook, sheets };
}

function update(workbook: WorkbookData): WeeklyUpdate {
  return computeWeeklyUpdate({
    tabs: workbook.sheets,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
  });
}

/** Every money figure of every week, to the won. */
function weekFigures(result: WeeklyUpdate): unknown[] {
  return result.weeks.map(({ weekStart, paidOrders, disputes, ...money }) => [
    weekStart,
    paidOrders,
    disputes,
    Object.fromEntries(
      Object.entries(money)
        .filter(([, value]) => typeof value === 'number')
        .map(([key, value]) => [key, Math.round(value as number)]),
    ),
  ]);
}

describe('a Ledger written by version 0.1', () => {
  const demo = buildDemoWorkbook();
  const legacy = legacyLedger();
  const upgraded = update(withLedger(demo, legacy));
  const fresh = update(demo);

  it('is the 0.1 import of the demo: 18 manual rows and 4,459 imported ones', () => {
    expect(legacy).toHaveLength(1 + 18 + 4_459);
    expect(legacy.filter((row) => row[7] === '')).toHaveLength(18);
  });

  it('is corrected, not imported again: two-SKU orders split into lines, commissions repriced', () => {
    // 2,473 rows of split orders, 18 of 9 penalties 0.1 wrote on their order's SKU moved to the
    // shop-wide line (docs/rules.md §4: a penalty is the shop's), and 11 that split the refunds
    // of two-SKU orders across their lines, as their sales are.
    expect(upgraded.import.corrections).toEqual({ splitLines: 2_502, amountOrRateChanged: 64 });
    expect(upgraded.import.added).toBe(0);
    const fromSettlement = (key: string) => key.replace(/^fix\d+:/, '').startsWith('settle:');
    // 0.1 converted a settlement's commission and affiliate fee at the settlement day's rate;
    // they are dated with their sale, so they are corrected to the sale day's rate.
    const repriced = upgraded.import.entries.filter(
      (e) => fromSettlement(e.sourceKey) && e.type !== 'penalty',
    );
    expect(new Set(repriced.map((e) => e.type))).toEqual(new Set(['fee', 'affiliate']));
    const penalties = upgraded.import.entries.filter((e) => e.type === 'penalty');
    expect(penalties).toHaveLength(18);
    expect(penalties.filter((e) => e.sku === null)).toHaveLength(9);
    for (const { memo } of repriced.filter((e) => e.sourceKey.startsWith('fix'))) {
      expect(memo).toMatch(/^(금액 또는 환율 변경 반영|SKU별로 나눔): /);
    }
    // Every other corrected order is a multi-SKU one: 0.1 wrote its Sale, Fee, COGS and
    // affiliate fee as one row without a SKU; that row is reversed (fix1:…) and one row per
    // line added (…|SKU).
    const splitOrders = new Set(
      fresh.import.entries.filter((e) => e.sourceKey.includes('|')).map((e) => e.orderId),
    );
    const corrected = new Set(
      upgraded.import.entries.filter((e) => !fromSettlement(e.sourceKey)).map((e) => e.orderId),
    );
    expect(corrected).toEqual(splitOrders);
    expect(splitOrders.size).toBeGreaterThan(100);
    for (const { sourceKey, sku } of upgraded.import.entries.filter(
      (e) => !fromSettlement(e.sourceKey),
    )) {
      expect(sourceKey.startsWith('fix1:') ? sku === null : sourceKey.endsWith(`|${sku}`)).toBe(
        true,
      );
    }
  });

  it('gives the week figures of a fresh import of today’s version, to the won', () => {
    expect(weekFigures(upgraded)).toEqual(weekFigures(fresh));
    const kpis = (result: WeeklyUpdate) =>
      result.kpis.map((kpi) => ({
        ...kpi,
        value: kpi.value === null ? null : kpi.value.toFixed(9),
      }));
    expect(kpis(upgraded)).toEqual(kpis(fresh));
  });

  it('adds nothing on the next run', () => {
    const ledger = [...legacy, ...(upgraded.import.rows as CellValue[][])];
    expect(update(withLedger(demo, ledger)).import.rows).toEqual([]);
  });
});
