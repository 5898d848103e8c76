// seller-routine weekly <file>: loads a workbook into the harness and runs the BUILT add-on's
// weekly update on it — the same code as in Sheets — then prints and/or saves the result.
import { buildIfStale } from '../../../scripts/build';
import { loadAddOn } from '../bundle';
import { createGasEnvironment, type GasEnvironment } from '../harness/environment';
import { loadWorkbookFile, saveWorkbookXlsx, WorkbookFileError } from '../workbookFile';
import type { WorkbookData } from '../workbookData';
import { findInputTabs } from '../../workbookTabs';
import { parseCliArgs, UsageError, type WeeklyArgs } from './args';
import { renderReport, type CliOutcome } from './report';

/** Exit codes: 0 done, 1 the update itself failed, 2 bad command line or unreadable input. */
const EXIT_UPDATE_FAILED = 1;
const EXIT_BAD_INPUT = 2;

function assertHasOrdersOrLedger(workbook: WorkbookData, path: string): void {
  const found = findInputTabs(workbook.sheets);
  if (!found.orders && !found.ledger) {
    throw new WorkbookFileError(`${path} has no Orders (주문) or Ledger (원장) tab.`);
  }
}

/**
 * The harness keeps its own copy of every sheet, so the loaded workbook is garbage once the
 * environment exists: it stays local here rather than alive for the whole update.
 */
async function loadEnvironment(args: WeeklyArgs): Promise<GasEnvironment> {
  const workbook = await loadWorkbookFile(
    args.path,
    args.timeZone ? { timeZone: args.timeZone } : {},
  );
  assertHasOrdersOrLedger(workbook, args.path);
  return createGasEnvironment(workbook);
}

export async function runWeekly(args: WeeklyArgs): Promise<CliOutcome> {
  const env = await loadEnvironment(args);
  await buildIfStale();
  const addOn = loadAddOn(env.globals);
  env.calls.reset();
  const outcome = addOn.fn('weeklyUpdate')(
    args.asOf ? { asOf: args.asOf } : {},
  ) as CliOutcome['outcome'];
  const serviceCalls = env.calls.spreadsheetTotal();
  if (args.out && outcome.ok) await saveWorkbookXlsx(env.toWorkbookData(), args.out);
  return { outcome, serviceCalls };
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const result = await runWeekly(args);
    if (!result.outcome.ok) {
      console.error(result.outcome.message);
      return EXIT_UPDATE_FAILED;
    }
    console.log(renderReport(result, args));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof WorkbookFileError) {
      console.error(error.message);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
