// npx tsx scripts/bigRun.ts 200000 500000 [--ledger ROWS] [--xlsx] [--out] [--save] [--keep DIR]
// runs the real CLI on workbooks of that many orders (and a Ledger of ROWS rows; by default the
// demo's few), as a CSV folder and with --xlsx also as an .xlsx, each run in a process of its
// own, with its wall time and peak RSS. --out also saves the result and times loading it back, as
// the next weekly run would; --save times the saver alone, and loading its file, on about what a
// weekly run would save, even past the size at which Sheets' 10-million-cell limit stops the
// add-on. Not part of the tests: these take minutes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { createGasEnvironment } from '../src/local/harness/environment';
import type { WorkbookData } from '../src/local/workbookData';
import { loadWorkbookFile, saveWorkbookXlsx } from '../src/local/workbookFile';
import { bigWorkbook, orderCount, weeklyResultWorkbook, writeCsvFolder } from './bigWorkbook';
import { CLI, timeNode, type Measured } from './measure';

const SCRIPT = fileURLToPath(import.meta.url);

/** Cells of content: each tab's rows, header included, × its width (the harness counts more). */
function cellCount(workbook: WorkbookData): number {
  let cells = 0;
  for (const sheet of workbook.sheets)
    cells += sheet.values.length * (sheet.values[0]?.length ?? 0);
  return cells;
}

function summary(label: string, run: Measured): string {
  const outcome = run.code === 0 ? 'ok' : `exit ${run.code}: ${lastLines(run.stderr)}`;
  return `${label}: ${run.seconds.toFixed(1)} s · peak RSS ${run.maxRssMiB.toFixed(0)} MiB · ${outcome}`;
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-6).join(' | ');
}

/**
 * Child phase: loads a saved workbook, then into the harness, as the next weekly run starts;
 * the harness refuses a workbook Sheets could not hold, which is reported, not an error.
 */
async function loadPhase(path: string): Promise<void> {
  const started = performance.now();
  const workbook = await loadWorkbookFile(path);
  const loaded = performance.now();
  const harness = harnessOutcome(workbook);
  const seconds = (ms: number) => Number((ms / 1000).toFixed(2));
  console.log(
    JSON.stringify({
      loadSeconds: seconds(loaded - started),
      harnessSeconds: seconds(performance.now() - loaded),
      cells: cellCount(workbook),
      harness,
    }),
  );
}

function harnessOutcome(workbook: WorkbookData): string {
  try {
    createGasEnvironment(workbook);
    return 'loaded';
  } catch (error) {
    return `refused: ${error instanceof Error ? error.message : error}`;
  }
}

/** Child phase: the saver alone, on a clean heap holding only the data it saves. */
async function savePhase(dump: string, out: string): Promise<void> {
  const data = deserialize(readFileSync(dump)) as WorkbookData;
  const started = performance.now();
  await saveWorkbookXlsx(data, out);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ saveSeconds: Number(seconds.toFixed(2)) }));
}

/** About what a weekly run on `orders` orders would save, saved alone, then loaded back. */
function timeSaver(orders: number, dir: string): void {
  const result = weeklyResultWorkbook(orders);
  const label = `${orderCount(result).toLocaleString('en-US')}-order weekly result`;
  console.log(`${label}: ${cellCount(result).toLocaleString('en-US')} cells`);
  const dump = join(dir, `result-${orders}.v8`);
  const out = join(dir, `saved-${orders}.xlsx`);
  writeFileSync(dump, serialize(result));
  const save = timeNode(['--import', 'tsx', SCRIPT, 'save', dump, out]);
  console.log(summary(`${label} save alone`, save));
  if (save.code === 0) console.log(`  ${save.stdout.trim()}`);
  rmSync(dump, { force: true });
  timeLoad(label, out);
}

function timeLoad(label: string, path: string): void {
  const size = (statSync(path, { throwIfNoEntry: false })?.size ?? 0) / 2 ** 20;
  const load = timeNode(['--import', 'tsx', SCRIPT, 'load', path]);
  console.log(summary(`${label} load (${size.toFixed(0)} MiB .xlsx)`, load));
  if (load.code === 0) console.log(`  ${load.stdout.trim()}`);
}

/** The CLI on `input`, then (with --out) loading its result back in a process of its own. */
function runCli(label: string, input: string, out: string | null): void {
  const args = [CLI, 'weekly', input, '--json', ...(out ? ['--out', out] : [])];
  const run = timeNode(args);
  console.log(summary(`${label} weekly${out ? ' --out' : ''}`, run));
  if (out && run.code === 0) timeLoad(`${label} result`, out);
}

interface RunOptions {
  ledger: number;
  xlsx: boolean;
  out: boolean;
  save: boolean;
}

async function runOrders(orders: number, dir: string, options: RunOptions): Promise<void> {
  const workbook = bigWorkbook(orders, options.ledger);
  const label = `${orderCount(workbook).toLocaleString('en-US')} orders`;
  console.log(`${label}: ${cellCount(workbook).toLocaleString('en-US')} cells`);
  const folder = join(dir, `shop-${orders}`);
  writeCsvFolder(workbook, folder);
  runCli(`${label} (CSV)`, folder, options.out ? join(dir, `result-${orders}.xlsx`) : null);
  if (options.save) timeSaver(orders, dir);
  if (!options.xlsx) return;
  const xlsx = join(dir, `shop-${orders}.xlsx`);
  const started = performance.now();
  await saveWorkbookXlsx(workbook, xlsx);
  console.log(`${label}: wrote .xlsx in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  runCli(`${label} (.xlsx)`, xlsx, options.out ? join(dir, `result-${orders}-x.xlsx`) : null);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      ledger: { type: 'string', default: '0' },
      xlsx: { type: 'boolean', default: false },
      out: { type: 'boolean', default: false },
      save: { type: 'boolean', default: false },
      keep: { type: 'string' },
    },
  });
  const [phase, first = '', second = ''] = positionals;
  if (phase === 'load') return loadPhase(first);
  if (phase === 'save') return savePhase(first, second);
  const dir = values.keep
    ? resolve(values.keep)
    : mkdtempSync(join(tmpdir(), 'seller-routine-big-'));
  mkdirSync(dir, { recursive: true });
  try {
    for (const orders of positionals.map(Number)) {
      await runOrders(orders, dir, {
        ledger: Number(values.ledger),
        xlsx: values.xlsx ?? false,
        out: values.out ?? false,
        save: values.save ?? false,
      });
    }
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
