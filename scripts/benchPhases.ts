// The benchmark's Ledger phases, each run by scripts/bench.ts in a Node process of its own so
// that the peak memory it reports is the Ledger's: this file imports only the core and the seeded
// rows, not the bench's tools (HyperFormula, webpack and the TypeScript compiler add ~150 MiB).
import { fileURLToPath } from 'node:url';
import { FxTable } from '../src/core/metrics/fx';
import { readLedger } from '../src/core/ledger/readLedger';
import { weeklyMargin } from '../src/core/metrics/weeklyMargin';
import { loadCsvTabs } from '../src/local/files/csvFiles';
import { ledgerRows } from './bigWorkbook';

export const TIME_ZONE = 'Asia/Seoul';

export function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/** Best of a few runs after a warm-up: what the reader costs once the JIT has seen it. */
export function bestOf(times: number, run: () => void): number {
  run();
  return Math.min(...Array.from({ length: times }, () => seconds(run)));
}

export function readLedgerAndAggregate(rows: unknown[][]): void {
  const fx = new FxTable('KRW', []);
  const { entries } = readLedger(rows, {
    tabName: '원장',
    timeZone: TIME_ZONE,
    baseCurrency: 'KRW',
    fx,
  });
  weeklyMargin(entries, [], [], { weekStartsOn: 1 }, TIME_ZONE);
}

const PHASES = {
  /** 200,000 Ledger rows, best of five after a warm-up. */
  ledger: () => {
    const rows = ledgerRows(200_000);
    return { seconds: bestOf(5, () => readLedgerAndAggregate(rows)) };
  },
  /** 1,000,000 Ledger rows read and aggregated once, with the process's peak memory. */
  million: () => {
    const rows = ledgerRows(1_000_000, 7);
    const time = seconds(() => readLedgerAndAggregate(rows));
    return { seconds: time, maxRssMiB: maxRssMiB() };
  },
  /**
   * The same 1,000,000 rows made and held, nothing read: the floor under the phase above, since
   * the Ledger is read in one range (one getValues), which holds every cell at once.
   */
  millionInput: () => {
    const rows = ledgerRows(1_000_000, 7);
    return { rows: rows.length - 1, maxRssMiB: maxRssMiB() };
  },
  /** The CLI's CSV folder loaded as its tabs, nothing run: the floor under the CLI's peak. */
  cliInput: async () => {
    const tabs = await loadCsvTabs(process.argv[3] ?? '');
    return { tabs: tabs.length, maxRssMiB: maxRssMiB() };
  },
};

function maxRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export type BenchPhase = keyof typeof PHASES;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await PHASES[process.argv[2] as BenchPhase]()));
}
