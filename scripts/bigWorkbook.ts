// Large seeded workbooks for the benchmark and the big-input runs (scripts/bigRun.ts): the demo
// shop grown to a busy shop's size, and a Ledger as the tab really holds it.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildDemoWorkbook } from '../src/local/demo/demoWorkbook';
import { createRng } from '../src/local/demo/rng';
import type { CellValue, SheetData, WorkbookData } from '../src/local/workbookData';
import { findInputTabs } from '../src/core/read/workbookTabs';

const TYPES = ['Sale', 'Fee', 'COGS', 'Ad', 'Refund', 'Shipping', 'Packaging', 'Coupon'];
const START = Date.UTC(2025, 0, 1);
const ORDERS_AT_SCALE_1 = 1_500;
/** The demo generator's own ceiling (~150,000 orders); bigger shops copy its orders. */
const MAX_DEMO_SCALE = 100;
/** Ledger rows a weekly run appends per order (sale, fees, costs…), as measured on the demo. */
const LEDGER_ROWS_PER_ORDER = 3.5;
/** The number formats the add-on gives each Ledger row it appends (src/gas/ledgerWriter.ts). */
const LEDGER_ROW_FORMATS = ['yyyy-mm-dd hh:mm', '@', '[$₩]#,##0', '@', '@', '@', '@', '@'];
/** Rows written to a CSV file at a time: one Papa.unparse of a 500,000-row tab is a 200 MB string. */
const CSV_CHUNK_ROWS = 10_000;

/**
 * A Ledger as the tab really holds it: nine in ten rows appended by the import (a Date, a number
 * in KRW, ids and a Source Key), one in ten typed by the seller as text (`2025-03-04`,
 * `12,345원`, `광고비`).
 */
export function ledgerRows(count: number, seed = 1): CellValue[][] {
  const rng = createRng(seed);
  const rows: CellValue[][] = [
    ['날짜', '유형', '금액', '통화', 'SKU', '주문 ID', '메모', '소스 키'],
  ];
  for (let i = 0; i < count; i++) {
    const date = new Date(START + rng.int(0, 364 * 86_400) * 1000);
    const orderId = String(3_000_000_000_000_000 + i);
    rows.push(
      i % 10 === 0
        ? [
            date.toISOString().slice(0, 10),
            '광고비',
            `${rng.int(1, 900) * 100}원`,
            '',
            '',
            '',
            '',
            '',
          ]
        : [
            date,
            rng.pick(TYPES),
            rng.int(100, 400_000),
            'KRW',
            `SKU-${rng.int(1, 40)}`,
            orderId,
            '',
            // Joined, not concatenated: a flat string, as getValues gives every text (a
            // concatenation is a rope of three strings, and reading it flattens a copy).
            ['order:', orderId, ':', i].join(''),
          ],
    );
  }
  return rows;
}

/**
 * The demo shop with about `orders` orders and, when `ledgerCount` > 0, a Ledger of that many
 * rows. Past the demo's ceiling the Orders tab repeats the demo's orders under new ids, so the
 * weeks, statuses and amounts stay those of a real-looking shop.
 */
export function bigWorkbook(orders: number, ledgerCount: number): WorkbookData {
  const scale = Math.min(Math.max(orders / ORDERS_AT_SCALE_1, 1), MAX_DEMO_SCALE);
  const workbook = buildDemoWorkbook({ scale });
  const tab = (name: string) => workbook.sheets.find((sheet) => sheet.name === name);
  const ordersTab = tab('주문');
  if (ordersTab) growOrders(ordersTab, orders);
  const ledger = tab('원장');
  if (ledger && ledgerCount > 0) {
    ledger.values = ledgerRows(ledgerCount);
    // The demo's formats fit its 18 rows; a format grid must have the shape of the values.
    delete ledger.numberFormats;
  }
  return workbook;
}

/**
 * About what a first weekly run on `orders` orders saves: the workbook with the Ledger the run
 * filled, formatted as the add-on formats it. For timing the saver past the size at which the
 * add-on itself stops (Sheets' 10-million-cell limit).
 */
export function weeklyResultWorkbook(orders: number): WorkbookData {
  const workbook = bigWorkbook(orders, Math.round(orders * LEDGER_ROWS_PER_ORDER));
  const ledger = workbook.sheets.find((sheet) => sheet.name === '원장');
  if (ledger) {
    const header = LEDGER_ROW_FORMATS.map(() => '');
    ledger.numberFormats = ledger.values.map((_, r) => (r === 0 ? header : LEDGER_ROW_FORMATS));
  }
  return workbook;
}

/** Appends copies of the tab's order rows (it has no number formats), ids prefixed with the copy's number. */
function growOrders(tab: SheetData, wanted: number): void {
  const [header, ...rows] = tab.values;
  if (!header || rows.length === 0) return;
  for (let copy = 1; tab.values.length - 1 < wanted; copy++) {
    const missing = wanted - (tab.values.length - 1);
    for (const row of rows.slice(0, missing)) {
      tab.values.push([`${copy}${String(row[0]).trim()}`, ...row.slice(1)]);
    }
  }
}

export function orderCount(workbook: WorkbookData): number {
  return (findInputTabs(workbook.sheets).orders?.values.length ?? 1) - 1;
}

/** The workbook as a folder of CSV files, one per tab: what the CLI reads fastest. */
export function writeCsvFolder(workbook: WorkbookData, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const sheet of workbook.sheets) writeCsvFile(sheet, join(dir, `${sheet.name}.csv`));
}

/** UTF-8 with a BOM, as Excel writes it; dates as ISO instants. */
function writeCsvFile(sheet: SheetData, path: string): void {
  const file = openSync(path, 'w');
  try {
    writeSync(file, '\uFEFF');
    for (let start = 0; start < sheet.values.length; start += CSV_CHUNK_ROWS) {
      const rows = sheet.values
        .slice(start, start + CSV_CHUNK_ROWS)
        .map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)));
      writeSync(file, `${start > 0 ? '\r\n' : ''}${Papa.unparse(rows)}`);
    }
  } finally {
    closeSync(file);
  }
}
