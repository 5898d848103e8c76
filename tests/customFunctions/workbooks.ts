// The workbooks the custom-function tests compare with the weekly update: a small English one
// whose figures are worked out by hand in the tests, and the demo workbook. Each is imported
// first (its Ledger then holds the rows the weekly update adds, as after "Run weekly update"),
// and the update is computed on exactly the tabs the functions are given.
import type { CellOut, FunctionContext, FunctionResult } from '../../src/core/functions/spec';
import { buildDemoWorkbook } from '../../src/local/demo/demoWorkbook';
import { computeWeeklyUpdate, type WeeklyUpdate } from '../../src/core/weeklyUpdate';

export const ko: FunctionContext = { timeZone: 'Asia/Seoul', locale: 'ko_KR' };
export const en: FunctionContext = { timeZone: 'Asia/Seoul', locale: 'en_US' };

export type Tabs = Record<string, unknown[][]>;

export interface Imported {
  tabs: Tabs;
  update: WeeklyUpdate;
}

function weeklyUpdate(tabs: Tabs, ctx: FunctionContext): WeeklyUpdate {
  const tabValues = Object.entries(tabs).map(([name, values]) => ({ name, values }));
  return computeWeeklyUpdate({ tabs: tabValues, ...ctx });
}

/** The tabs after the import appended its rows to the Ledger, and the update computed on them. */
export function imported(tabs: Tabs, ledgerName: string, ctx: FunctionContext): Imported {
  const rows = weeklyUpdate(tabs, ctx).import.rows;
  const after = { ...tabs, [ledgerName]: [...(tabs[ledgerName] ?? []), ...rows] };
  return { tabs: after, update: weeklyUpdate(after, ctx) };
}

/**
 * One small shop, KPI window 7 days; the newest order is paid 2025-09-21 20:00 (a Sunday), so
 * the as-of is then and the window is 2025-09-15 .. 2025-09-21.
 */
export function smallWorkbook(): Tabs {
  return {
    Settings: [
      ['Setting', 'Value'],
      ['Base currency', 'KRW'],
      ['Commission rate', '10%'],
      ['KPI window days', 7],
      ['Processing days', 3],
      ['Stock lead time days', 10],
      ['Banned title words', 'cheap, replica'],
      [],
      ['Currency', 'Rate', 'Date'],
      ['USD', 1000, '2025-09-01'],
      ['USD', 1100, '2025-09-15'],
    ],
    Orders: [
      [
        'Order ID',
        'Order Status',
        'Pay Time',
        'Order Amount',
        'Store Discount',
        'Product Code',
        'Shipped Time',
      ],
      ['0999', 'Completed', '2025-09-08 10:00', 12000, '', 'B-2 * 1', '2025-09-09 10:00'],
      ['1001', 'Completed', '2025-09-15 10:00', 'US $10.00', '', 'A-1 * 2', '2025-09-16 10:00'],
      ['1002', 'Completed', '2025-09-16 12:00', 20000, '', 'B-2 * 1', '2025-09-17 09:00'],
      ['1002', 'Completed', '2025-09-16 12:00', 20000, '', 'B-2 * 1', '2025-09-17 09:00'],
      ['1003', 'Shipped', '2025-09-18 09:00', 30000, 1000, 'A-1 * 1', '2025-09-19 09:00'],
      ['1005', 'Awaiting shipment', '2025-09-19 08:00', 14000, '', 'C-3 * 14', ''],
      ['1004', 'Awaiting shipment', '2025-09-21 20:00', 15000, '', 'A-1 * 3', ''],
      ['1006', 'Cancelled', '', 9000, '', 'A-1 * 1', ''],
    ],
    Disputes: [
      ['Order ID', 'Opened Time', 'Reason', 'Refund Amount', 'Closed Time'],
      ['0999', '2025-09-09 10:00', 'Changed my mind', '', ''],
      ['1001', '2025-09-17 10:00', 'Item not received', '', ''],
      ['1003', '2025-09-20 10:00', 'Wrong item sent', 5000, '2025-09-21 10:00'],
      ['1003', '2025-09-20 11:00', 'Arrived damaged', '', ''],
    ],
    Traffic: [
      [
        'Period',
        'Product ID',
        'Impressions',
        'Visitors',
        'Add-to-Cart Buyers',
        'Ordering Buyers',
        'Paying Buyers',
      ],
      ['2025-09-08 ~ 2025-09-14', 'P1', 9999, 99, 9, 9, 9],
      ['2025-09-15 ~ 2025-09-21', 'P1', 10000, 200, 10, 6, 5],
      ['2025-09-15 ~ 2025-09-21', 'P2', 5000, 100, 20, '', 4],
    ],
    Ads: [
      ['Date', 'Campaign', 'Impressions', 'Clicks', 'Spend', 'Orders', 'Ad Revenue'],
      ['2025-09-10', 'pens', 100, 1, 1000, 0, 0],
      ['2025-09-19', 'socks', 1000, 20, 10000, 2, 40000],
      ['2025-09-20', 'socks', 1000, 10, 5000, 1, 20000],
      ['2025-09-20', 'pens', 500, 5, 5000, 0, ''],
    ],
    Messages: [
      ['Received Time', 'First Reply Time'],
      ['2025-09-10 09:00', '2025-09-10 19:00'],
      ['2025-09-20 09:00', '2025-09-20 11:00'],
      ['2025-09-21 08:00', ''],
    ],
    SKU: [
      ['SKU', 'Title', 'Unit Cost', 'Stock', 'Primary Keyword'],
      ['A-1', 'Korean Socks', 2000, 30, 'korean socks'],
      ['B-2', 'Gel Pen Set', 5000, '', 'gel pen'],
      ['C-3', 'Cheap Phone Strap Phone Strap', 1000, 5, 'phone strap'],
    ],
    Ledger: [
      ['Date', 'Type', 'Amount', 'Currency', 'SKU', 'Order ID', 'Memo', 'Source Key'],
      ['2025-09-16', 'Packaging', 1500, 'KRW', 'A-1', '', 'boxes', ''],
      ['2025-09-17', 'Coupon', 2000, 'KRW', '', '', '', ''],
    ],
  };
}

export function importedSmall(): Imported {
  return imported(smallWorkbook(), 'Ledger', en);
}

/** The demo with a EUR rate: its one € order would otherwise be an unreadable row. */
export function importedDemo(): Imported {
  const workbook = buildDemoWorkbook();
  const tabs: Tabs = Object.fromEntries(workbook.sheets.map((sheet) => [sheet.name, sheet.values]));
  tabs['설정'] = [...(tabs['설정'] ?? []), ['EUR', 1600, '']];
  return imported(tabs, '원장', ko);
}

/**
 * The weekly update's ship-by list with its clock set to `now`: SHIP_BY answers as of the data,
 * the sidebar's list as of the clock.
 */
export function shipByAt(tabs: Tabs, now: Date) {
  const tabValues = Object.entries(tabs).map(([name, values]) => ({ name, values }));
  const locale = Object.keys(tabs).includes('주문') ? 'ko_KR' : 'en_US';
  return computeWeeklyUpdate({ tabs: tabValues, timeZone: 'Asia/Seoul', locale, now }).today.shipBy;
}

/** The table a spilling function answered; its message fails the test instead. */
export function tableOf(result: FunctionResult): CellOut[][] {
  if (!result.ok) throw new Error(result.message);
  if (!Array.isArray(result.value)) throw new Error(`not a table: ${String(result.value)}`);
  return result.value;
}
