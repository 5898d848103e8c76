// docs/rules.md §4's path independence through the command line: random weekly paste histories written as
// folders of CSV files, run as one `seller-routine weekly … --paste … --paste …` chain; the saved
// workbook's Ledger agrees with one import of the last paste.
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import { readLedger } from '../../src/core/ledger/readLedger';
import { loadWorkbookFile } from '../../src/local/workbookFile';
import { readOrders } from '../../src/core/read/readOrders';
import { inputTabNames } from '../../src/core/read/workbookTabs';
import { loop, TZ, USD_1400 } from '../support/importRuns';
import {
  expectPathIndependent,
  sheetsOf,
  shopHistories,
  shownSlots,
  tabsOf,
} from '../support/weeklyPastes';
import { csvFolder, runCli, tempDir } from './cliHelpers';

/** Each history is a spawned CLI chain of 3 or 4 weekly runs. */
const CLI_RUNS = 5;

describe('the weekly loop through the CLI --paste chain', () => {
  it(`ends where one import of the last paste ends (${CLI_RUNS} histories)`, async () => {
    await fc.assert(
      fc.asyncProperty(shopHistories(4, 3), async (history) => {
        const pastes = history.pastes.map((paste) => tabsOf(history, paste));
        const dir = tempDir();
        const folders = pastes.map((tabs, i) =>
          csvFolder(
            dir,
            `week-${i + 1}`,
            Object.fromEntries(
              sheetsOf(tabs).map(({ name, values }) => [`${name}.csv`, Papa.unparse(values)]),
            ),
          ),
        );
        const out = join(dir, 'book.xlsx');
        const chain = folders.flatMap((folder) => ['--paste', folder]);
        const result = await runCli([
          'weekly',
          folders[0] as string,
          ...chain,
          '--tz',
          TZ,
          '--now',
          '2025-10-01',
          '--out',
          out,
        ]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);

        const saved = await loadWorkbookFile(out, {});
        const last = pastes[pastes.length - 1] ?? {};
        const fx = new FxTable('KRW', last.fx ?? USD_1400);
        const ctx = (tabName: string) => ({ tabName, timeZone: TZ, baseCurrency: 'KRW', fx });
        // A CSV folder opens as a Korean spreadsheet, so the add-on names the Ledger 원장.
        const ledgerName = inputTabNames(saved.sheets.map((sheet) => sheet.name)).ledger;
        const ledgerTab = saved.sheets.find((sheet) => sheet.name === ledgerName);
        const ledger = readLedger(ledgerTab?.values ?? [], ctx('Ledger'));
        if (ledgerTab) expect(ledger.problems).toEqual([]);
        const shown = new Set(
          readOrders(last.orders ?? [], ctx('Orders')).records.map((o) => o.orderId),
        );
        expectPathIndependent(
          history,
          ledger.entries,
          loop(last).ledger,
          shownSlots(history, shown),
        );
      }),
      { numRuns: CLI_RUNS, seed: 20251205 },
    );
  }, 120_000);
});
