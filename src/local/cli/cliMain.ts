// seller-routine weekly <file>: loads a workbook into the harness and runs the BUILT add-on's
// weekly update on it — the same code as in Sheets — then prints and/or saves the result.
import { performance } from 'node:perf_hooks';
import { msg, type MessageParam } from '../../core/text/messages';
import { loadAddOn, readBundle } from '../bundle';
import { buildIfStale } from '../buildIfStale';
import { createGasEnvironment, type GasEnvironment } from '../harness/environment';
import {
  MAX_CELL_CHARACTERS,
  MAX_SPREADSHEET_CELLS,
  overlongCell,
  spreadsheetCells,
} from '../harness/limits';
import {
  loadWorkbookFile,
  saveWorkbookXlsx,
  tooManyCells,
  WorkbookFileError,
} from '../workbookFile';
import type { WorkbookData } from '../workbookData';
import { findInputTabs } from '../../core/read/workbookTabs';
import { parseCliArgs, UsageError, type WeeklyArgs } from './args';
import { cliLanguage } from './cliLanguage';
import { refusalText, unexpectedText } from './failureText';
import { loadPasteFolders, pasteTabs, type PasteFolder } from './paste';
import { renderReport, type CompletedRun, type UpdateOutcome } from './report';

/**
 * Exit codes: 0 done, 1 the update itself failed (or something unexpected stopped it), 2 bad
 * command line or unreadable input.
 */
const EXIT_UPDATE_FAILED = 1;
const EXIT_BAD_INPUT = 2;

/** Every run finished, or the message of the one that did not (later runs were not started). */
export type WeeklyResult = { ok: true; runs: CompletedRun[] } | { ok: false; message: string };

function assertHasOrdersOrLedger(workbook: WorkbookData, path: string): void {
  const found = findInputTabs(workbook.sheets);
  if (!found.orders && !found.ledger) {
    throw new WorkbookFileError(msg('cli.noOrdersOrLedger', { path }));
  }
}

/** A workbook Sheets could not hold is refused while it is read, before it fills the memory. */
function loadWorkbook(args: WeeklyArgs): Promise<WorkbookData> {
  const options = { maxCells: MAX_SPREADSHEET_CELLS };
  return loadWorkbookFile(
    args.path,
    args.timeZone ? { ...options, timeZone: args.timeZone } : options,
  );
}

/** Sheets could not open it, so neither does the harness: one line instead of its exception. */
function assertFitsInSpreadsheet(workbook: WorkbookData, what: MessageParam): void {
  if (spreadsheetCells(workbook) > MAX_SPREADSHEET_CELLS) throw tooManyCells(what);
  const overlong = overlongCell(workbook);
  if (overlong === null) return;
  const limit = MAX_CELL_CHARACTERS.toLocaleString('en-US');
  throw new WorkbookFileError(msg('file.cellTooLong', { what, ...overlong, limit }));
}

/** The workbook a run starts from: the previous state with the run's folder pasted over it. */
function environmentFor(
  workbook: WorkbookData,
  paste: PasteFolder | null,
  path: string,
): GasEnvironment {
  const pasted = paste ? pasteTabs(workbook, paste.tabs) : workbook;
  assertHasOrdersOrLedger(pasted, path);
  assertFitsInSpreadsheet(pasted, paste ? msg('cli.pasted', { path, folder: paste.folder }) : path);
  return createGasEnvironment(pasted, { takeData: true });
}

/** The --paste folders as one step each; without --paste, one step that pastes nothing. */
async function pasteSteps(folders: readonly string[]): Promise<Array<PasteFolder | null>> {
  return folders.length > 0 ? loadPasteFolders(folders) : [null];
}

/**
 * One call of the bundle's weeklyUpdate in a fresh script context, as each Apps Script run is;
 * its Spreadsheet-service calls are counted alone and `seconds` is the add-on's own time.
 */
function runUpdate(
  env: GasEnvironment,
  bundle: string,
  args: WeeklyArgs,
): { outcome: UpdateOutcome; serviceCalls: number; seconds: number } {
  const started = performance.now();
  const addOn = loadAddOn(env.globals, bundle);
  const options: { asOf?: string; now?: string } = {};
  if (args.asOf) options.asOf = args.asOf;
  if (args.now) options.now = args.now;
  env.calls.reset();
  const outcome = addOn.fn('weeklyUpdate')(options) as UpdateOutcome;
  const seconds = Math.round(performance.now() - started) / 1000;
  return { outcome, serviceCalls: env.calls.spreadsheetTotal(), seconds };
}

/**
 * Each --paste folder is one weekly run, in the order given (without --paste, one run). Every
 * input is read before the first run, so a bad folder runs nothing; a failed run stops the
 * chain and nothing is saved. --out saves once, after the last run. Each run starts from the
 * previous one's workbook data — what a save and reload would give — in a new harness, which
 * takes those data as its own cells: nothing else holds them.
 */
export async function runWeekly(args: WeeklyArgs): Promise<WeeklyResult> {
  const steps = await pasteSteps(args.paste);
  let env = environmentFor(await loadWorkbook(args), steps[0] ?? null, args.path);
  buildIfStale();
  const bundle = readBundle();
  const runs: CompletedRun[] = [];
  for (const [index, paste] of steps.entries()) {
    if (index > 0) env = environmentFor(env.toWorkbookData(), paste, args.path);
    const { outcome, serviceCalls, seconds } = runUpdate(env, bundle, args);
    if (!outcome.ok) return { ok: false, message: failureText(outcome.message, paste) };
    runs.push({ paste: paste?.folder ?? null, outcome, serviceCalls, seconds });
  }
  if (args.out) await saveWorkbookXlsx(env.toWorkbookData(), args.out);
  return { ok: true, runs };
}

/** In a chain, which run failed matters: its folder goes first. */
function failureText(message: string, paste: PasteFolder | null): string {
  return paste ? `${paste.folder}: ${message}` : message;
}

/** `… --json | head -c 10` closes the pipe early: no one is left to read the rest, so end quietly. */
function endQuietlyOnClosedPipe(argv: readonly string[]): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    console.error(unexpectedText(error, cliLanguage(), argv));
    process.exit(EXIT_UPDATE_FAILED);
  });
}

/**
 * The CLI's own sentences are in the language of the terminal's locale (cliLanguage); what the
 * weekly update itself reports comes from the add-on, in the spreadsheet's language.
 */
async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe(argv);
  const lang = cliLanguage();
  try {
    const args = parseCliArgs(argv);
    const result = await runWeekly(args);
    if (!result.ok) {
      console.error(result.message);
      return EXIT_UPDATE_FAILED;
    }
    console.log(renderReport(result.runs, args));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof WorkbookFileError) {
      console.error(refusalText(error, lang));
      return EXIT_BAD_INPUT;
    }
    console.error(unexpectedText(error, lang, argv));
    return EXIT_UPDATE_FAILED;
  }
}

process.exitCode = await main(process.argv.slice(2));
