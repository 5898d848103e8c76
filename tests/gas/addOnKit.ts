// What the Apps Script adapter tests share: the built add-on on a fresh harness, direct
// (uncounted) access to its sheets, a watch on which sheet each Range call touched, and a small
// Korean shop whose every figure is worked out by hand in the tests.
import { vi } from 'vitest';
import { loadAddOn, readBundle } from '../../src/local/bundle';
import {
  createGasEnvironment,
  type GasEnvironment,
  type GasEnvironmentOptions,
} from '../../src/local/harness/environment';
import { FakeRange } from '../../src/local/harness/range';
import type { FakeSheet } from '../../src/local/harness/fakeSheet';
import type { SheetData, WorkbookData } from '../../src/local/workbookData';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';

export interface AddOnRun {
  env: GasEnvironment;
  /** Calls a top-level function of dist/Code.js, as Apps Script would. */
  run(name: string, ...args: unknown[]): unknown;
}

let bundle: string | undefined;

export function startAddOn(data: WorkbookData, options?: GasEnvironmentOptions): AddOnRun {
  const env = createGasEnvironment(data, options);
  const addOn = loadAddOn(env.globals, (bundle ??= readBundle()));
  return { env, run: (name, ...args) => addOn.fn(name)(...args) };
}

export function sheetOf(env: GasEnvironment, name: string): FakeSheet {
  const sheet = env.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab named ${name}`);
  return sheet;
}

export function sheetData(workbook: WorkbookData, name: string): SheetData {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no tab named ${name}`);
  return sheet;
}

export function sheetNames(env: GasEnvironment): string[] {
  return env.spreadsheet.getSheets().map((sheet) => sheet.getName());
}

/** Range.getValues() of a tab's data range, read directly (not counted as a script's call). */
export function valuesOf(env: GasEnvironment, name: string): unknown[][] {
  return sheetOf(env, name).getDataRange().getValues();
}

/**
 * Watches one Range method from now on; the returned function gives the name of the sheet of
 * each call, in order. Restore with vi.restoreAllMocks().
 */
export function watchRange(method: 'getValues' | 'setValues'): () => string[] {
  const spy = vi.spyOn(FakeRange.prototype, method);
  return () => spy.mock.contexts.map((range) => (range as FakeRange).getSheet().getName());
}

export function countBy(names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/** The Ledger rows the core plans for the workbook as it is now (what an update must append). */
export function plannedLedgerRows(env: GasEnvironment): unknown[][] {
  const tabs = env.spreadsheet.getSheets().map((sheet) => {
    const range = sheet.getDataRange();
    return {
      name: sheet.getName(),
      values: range.getValues(),
      numberFormats: range.getNumberFormats(),
    };
  });
  const { spreadsheet } = env;
  return computeWeeklyUpdate({
    tabs,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    locale: spreadsheet.getSpreadsheetLocale(),
  }).import.rows;
}

export const LEDGER_HEADER_KO = [
  '날짜',
  '유형',
  '금액',
  '통화',
  'SKU',
  '주문 ID',
  '메모',
  '소스 키',
];

/** The Orders columns the small shop fills: a subset of what "Set up sheets" writes. */
const ORDERS_HEADER_KO = [
  '주문 ID',
  '주문 상태',
  '구매자 이름',
  '주문 시간',
  '결제 시간',
  '주문 금액',
  '제품 코드',
  '수량',
];

/**
 * A small Korean shop, by hand (8% commission, KRW):
 * - order 1001: ₩12,000 of an unknown SKU `=HYPERLINK(…)` → sale 12,000, fee 960, a Problem;
 * - order -1003: 2 × A-1 for ₩30,000 → sale 30,000, fee 2,400, COGS 10,000; its dispute refunds
 *   ₩5,000 on 2025-09-04 with the reason `+82-10-1234`;
 * - order 1004: amount `@SUM(A1)` → a Problem, no rows;
 * - 원장: one manual packaging row of ₩1,000.
 * Week of 2025-09-01: 42,000 − 5,000 − 10,000 − 1,000 − 3,360 = ₩22,640 real margin, 2 Problems,
 * 6 Ledger rows to import.
 */
export function smallShop(): WorkbookData {
  return {
    name: 'Small shop',
    timeZone: 'Asia/Seoul',
    locale: 'ko_KR',
    sheets: [
      {
        name: '주문',
        values: [
          ORDERS_HEADER_KO,
          [
            '1001',
            '交易完成',
            '@buyer',
            '2025-09-01 10:00',
            '2025-09-01 10:05',
            '12,000원',
            '=HYPERLINK("http://x","y")',
            1,
          ],
          [
            '-1003',
            '交易完成',
            'Kim',
            '2025-09-02 10:00',
            '2025-09-02 10:05',
            '30,000원',
            'A-1',
            2,
          ],
          ['1004', '交易完成', 'Lee', '2025-09-02 11:00', '2025-09-02 11:05', '@SUM(A1)', 'A-1', 1],
        ],
      },
      {
        name: '상품',
        values: [
          ['SKU', '상품명', '원가'],
          ['A-1', '-Best seller', 5000],
        ],
      },
      {
        name: '분쟁',
        values: [
          [
            '분쟁 ID',
            '주문 ID',
            '분쟁 시작 시간',
            '분쟁 사유',
            '분쟁 상태',
            '환불 금액',
            '종료 시간',
          ],
          ['D1', '-1003', '2025-09-03 10:00', '+82-10-1234', '종료', '5,000원', '2025-09-04 10:00'],
        ],
      },
      {
        name: '원장',
        values: [
          LEDGER_HEADER_KO,
          [new Date('2025-09-01T03:00:00Z'), '포장비', 1000, 'KRW', '', '', '박스', ''],
        ],
      },
    ],
  };
}

export const GENERATED_TABS_KO = ['주간 마진', 'SKU 마진', 'KPI', '물류', '정산 확인', '확인 필요'];
