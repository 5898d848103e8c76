// npm run bench: how fast the engine reads, imports and computes, on seeded data of the sizes a
// busy shop reaches, and how it compares with a spreadsheet formula engine. Prints a table and,
// last, one JSON line. Never part of the test suite: timings on a shared machine are noisy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HyperFormula } from 'hyperformula';
import Papa from 'papaparse';
import { CUSTOM_FUNCTIONS } from '../src/customFunctions/registry';
import { FxTable } from '../src/fx';
import { readLedger } from '../src/ledger';
import { buildDemoWorkbook } from '../src/local/demo/demoWorkbook';
import { createRng } from '../src/local/demo/rng';
import type { WorkbookData } from '../src/local/workbookData';
import { weeklyMargin } from '../src/weeklyMargin';
import { computeWeeklyUpdate } from '../src/weeklyUpdate';
import type { TabId } from '../src/tabSpecs';
import { findInputTabs } from '../src/workbookTabs';
import { build } from './build';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIME_ZONE = 'Asia/Seoul';
const TYPES = ['Sale', 'Fee', 'COGS', 'Ad', 'Refund', 'Shipping', 'Packaging', 'Coupon'];
const START = Date.UTC(2025, 0, 1);

/**
 * A Ledger as the tab really holds it: nine in ten rows appended by the import (a Date, a number
 * in KRW, ids and a Source Key), one in ten typed by the seller as text (`2025-03-04`,
 * `12,345원`, `광고비`).
 */
function ledgerRows(count: number, seed = 1): unknown[][] {
  const rng = createRng(seed);
  const rows: unknown[][] = [['날짜', '유형', '금액', '통화', 'SKU', '주문 ID', '메모', '소스 키']];
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
            `order:${orderId}:${i}`,
          ],
    );
  }
  return rows;
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/** Best of a few runs after a warm-up: what the reader costs once the JIT has seen it. */
function bestOf(times: number, run: () => void): number {
  run();
  return Math.min(...Array.from({ length: times }, () => seconds(run)));
}

function readLedgerAndAggregate(rows: unknown[][]): void {
  const fx = new FxTable('KRW', []);
  const { entries } = readLedger(rows, {
    tabName: '원장',
    timeZone: TIME_ZONE,
    baseCurrency: 'KRW',
    fx,
  });
  weeklyMargin(entries, [], [], { weekStartsOn: 1 }, TIME_ZONE);
}

/** The demo shop grown to `orders` orders, with a `ledgerCount`-row Ledger. */
function bigWorkbook(orders: number, ledgerCount: number): WorkbookData {
  const scale = orders / 1_500;
  const workbook = buildDemoWorkbook({ scale });
  const ledger = workbook.sheets.find((sheet) => sheet.name === '원장');
  if (ledger && ledgerCount > 0) ledger.values = ledgerRows(ledgerCount) as never;
  return workbook;
}

function orderCount(workbook: WorkbookData): number {
  return (findInputTabs(workbook.sheets).orders?.values.length ?? 1) - 1;
}

/** The same weekly SUMIFS table a seller would build by hand, in HyperFormula. */
function hyperFormulaWeeklyTable(rows: unknown[][]): number {
  const serial = (date: Date) => date.getTime() / 86_400_000 + 25_569;
  const data = rows.slice(1).map((row) => {
    const date = row[0] instanceof Date ? row[0] : new Date(`${row[0]}T00:00:00+09:00`);
    const amount =
      typeof row[2] === 'number' ? row[2] : Number(String(row[2]).replace(/[^\d]/g, ''));
    return [serial(date), String(row[1]), amount];
  });
  const firstMonday = serial(new Date(Date.UTC(2024, 11, 30)));
  const table: string[][] = [];
  for (let week = 0; week < 53; week++) {
    table.push(
      TYPES.map(
        (type) =>
          `=SUMIFS(Ledger!C:C,Ledger!B:B,"${type}",Ledger!A:A,">=${firstMonday + week * 7}",Ledger!A:A,"<${firstMonday + week * 7 + 7}")`,
      ),
    );
  }
  return seconds(() => {
    const engine = HyperFormula.buildFromSheets(
      { Ledger: data, Weekly: table },
      { licenseKey: 'gpl-v3' },
    );
    engine.destroy();
  });
}

/** Runs a phase in its own Node process so that its peak memory is its own. */
function inChild(phase: string, ...args: string[]): Record<string, number> {
  try {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), phase, ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
  } catch (error) {
    throw new Error(
      `bench phase ${phase} failed: ${(error as { stderr?: string }).stderr ?? error}`,
      { cause: error },
    );
  }
}

/** Phase run in a child, on a clean heap: 200,000 Ledger rows, best of five after a warm-up. */
function ledgerPhase(): void {
  const rows = ledgerRows(200_000);
  console.log(JSON.stringify({ seconds: bestOf(5, () => readLedgerAndAggregate(rows)) }));
}

/** Phase run in a child: 1,000,000 Ledger rows read and aggregated. */
function millionPhase(): void {
  const rows = ledgerRows(1_000_000, 7);
  const time = seconds(() => readLedgerAndAggregate(rows));
  console.log(JSON.stringify({ seconds: time, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

/** The workbook as a folder of CSV files, one per tab: what the CLI reads fastest. */
function writeCsvFolder(workbook: WorkbookData, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const sheet of workbook.sheets) {
    const text = Papa.unparse(
      sheet.values.map((row) =>
        row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)),
      ),
    );
    writeFileSync(join(dir, `${sheet.name}.csv`), `\uFEFF${text}`);
  }
}

/** The real CLI in its own process, timed with its peak memory. */
function timeCli(dir: string): { seconds: number; maxRssMiB: number } {
  const started = performance.now();
  const result = execFileSync(
    'sh',
    [
      '-c',
      `/usr/bin/time -f 'maxrss=%M' "${process.execPath}" "${join(ROOT, 'bin/seller-routine.js')}" weekly "${dir}" --json 2>&1 >/dev/null`,
    ],
    { encoding: 'utf8' },
  );
  const kib = Number(/maxrss=(\d+)/.exec(result)?.[1] ?? 0);
  return { seconds: (performance.now() - started) / 1000, maxRssMiB: kib / 1024 };
}

/** Which tab a custom function's range parameter takes. */
const PARAM_TABS: Record<string, TabId> = {
  ledger: 'ledger',
  orders: 'orders',
  ordersOrPayTime: 'orders',
  disputes: 'disputes',
  traffic: 'traffic',
  messages: 'messages',
  ads: 'ads',
  skus: 'sku',
  settings: 'settings',
};

/** Single-value arguments, for the functions that take one (a title, a value and its target). */
const SCALAR_ARGS: Record<string, unknown> = {
  value: 0.018,
  target: 0.02,
  direction: 'below',
  title: 'Korean Sunscreen SPF50+ PA++++ Lightweight Daily Sun Cream No White Cast 50ml for Face',
};

/** Each custom function over the big workbook's ranges (optional single values left out). */
function customFunctionTimes(workbook: WorkbookData): Array<[string, number]> {
  const found = findInputTabs(workbook.sheets);
  const ctx = { timeZone: TIME_ZONE, locale: 'ko_KR' };
  return CUSTOM_FUNCTIONS.map((spec) => {
    const args = spec.params.map((param) => {
      const tab = PARAM_TABS[param.name];
      return tab ? found[tab]?.values : SCALAR_ARGS[param.name];
    });
    return [spec.name, bestOf(1, () => spec.run(args, ctx))];
  });
}

function pad(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

async function main(): Promise<void> {
  const phase = process.argv[2];
  if (phase === 'million') return millionPhase();
  if (phase === 'ledger') return ledgerPhase();

  const ledgerSeconds = inChild('ledger').seconds ?? Number.NaN;
  const ledgerRowsPerSec = 200_000 / ledgerSeconds;

  const workbook = bigWorkbook(100_000, 200_000);
  const orders = orderCount(workbook);
  const engineSeconds = bestOf(1, () =>
    computeWeeklyUpdate({ tabs: workbook.sheets, timeZone: TIME_ZONE, locale: 'ko_KR' }),
  );
  const ordersPerSec = orders / engineSeconds;

  const million = inChild('million');

  const ledger20k = ledgerRows(20_000, 3);
  const ours20k = bestOf(3, () => readLedgerAndAggregate(ledger20k));
  const hyperFormula20k = hyperFormulaWeeklyTable(ledger20k);

  await build();
  const dir = mkdtempSync(join(tmpdir(), 'seller-routine-bench-'));
  writeCsvFolder(bigWorkbook(100_000, 0), join(dir, 'shop'));
  const cli = timeCli(join(dir, 'shop'));
  rmSync(dir, { recursive: true, force: true });

  const functions = customFunctionTimes(bigWorkbook(100_000, 100_000));

  console.log(
    pad([
      [
        'Ledger read + weekly aggregation, 200,000 rows',
        `${ledgerSeconds.toFixed(3)} s · ${Math.round(ledgerRowsPerSec).toLocaleString('en-US')} rows/s (target ≥ 500,000)`,
      ],
      [
        `Whole engine: ${orders.toLocaleString('en-US')} orders + 200,000 ledger rows`,
        `${engineSeconds.toFixed(2)} s · ${Math.round(ordersPerSec).toLocaleString('en-US')} orders/s (normalize + import + weekly + all KPIs)`,
      ],
      [
        '1,000,000 ledger rows (own process)',
        `${million.seconds?.toFixed(2)} s · peak RSS ${million.maxRssMiB?.toFixed(0)} MiB (target < 5 s, < 1 GiB)`,
      ],
      ['Weekly table, 20,000 rows: ours', `${(ours20k * 1000).toFixed(1)} ms`],
      [
        'Weekly table, 20,000 rows: HyperFormula SUMIFS',
        `${(hyperFormula20k * 1000).toFixed(1)} ms · ours is ${(hyperFormula20k / ours20k).toFixed(1)}× faster`,
      ],
      [
        'CLI weekly update, 100,000-order CSV workbook',
        `${cli.seconds.toFixed(2)} s · peak RSS ${cli.maxRssMiB.toFixed(0)} MiB (target < 10 s, < 1 GiB)`,
      ],
      ...functions.map(([name, time]): [string, string] => [
        `  ${name}, 100,000 ledger rows / ~100,000 orders`,
        typeof time === 'number' ? `${time.toFixed(3)} s (target < 0.5 s)` : time,
      ]),
    ]),
  );
  console.log(
    JSON.stringify({
      ledgerRowsPerSec: Math.round(ledgerRowsPerSec),
      ordersPerSec: Math.round(ordersPerSec),
      peakRssMiB: Math.round(million.maxRssMiB ?? 0),
      millionRowsSeconds: Number(million.seconds?.toFixed(2)),
    }),
  );
}

await main();
