// docs/rules.md §4's path independence through the built add-on: random weekly paste histories
// (see tests/support/weeklyPastes.ts), each paste laid over the tabs as a seller pastes and
// followed by the bundle's weeklyUpdate, leave a Ledger that agrees with one import of the last
// paste.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import { readLedger } from '../../src/core/ledger/readLedger';
import { pasteTabs } from '../../src/local/cli/paste';
import type { WorkbookData } from '../../src/local/workbookData';
import { readOrders } from '../../src/core/read/readOrders';
import { loop, TZ, USD_1400 } from '../support/importRuns';
import {
  expectPathIndependent,
  sheetsOf,
  shopHistories,
  shownSlots,
  tabsOf,
} from '../support/weeklyPastes';
import { startAddOn, valuesOf } from './addOnKit';

/** Fewer histories than the core's property: each paste here is a whole weekly update. */
const BUNDLE_RUNS = 100;

describe('the weekly loop through dist/Code.js', () => {
  it(`ends where one import of the last paste ends (${BUNDLE_RUNS} histories)`, () => {
    fc.assert(
      fc.property(shopHistories(4), (history) => {
        const pastes = history.pastes.map((paste) => tabsOf(history, paste));
        let workbook: WorkbookData = { name: 'Shop', timeZone: TZ, locale: 'en_US', sheets: [] };
        let ledgerValues: unknown[][] | null = null;
        for (const tabs of pastes) {
          const { env, run } = startAddOn(pasteTabs(workbook, sheetsOf(tabs)));
          expect(run('weeklyUpdate', { now: '2025-10-01T09:00' })).toMatchObject({ ok: true });
          workbook = env.toWorkbookData();
          // Nothing imported yet: the add-on creates no empty Ledger.
          if (env.spreadsheet.getSheetByName('Ledger')) ledgerValues = valuesOf(env, 'Ledger');
        }
        const last = pastes[pastes.length - 1] ?? {};
        const fx = new FxTable('KRW', last.fx ?? USD_1400);
        const ctx = (tabName: string) => ({ tabName, timeZone: TZ, baseCurrency: 'KRW', fx });
        const ledger = readLedger(ledgerValues ?? [], ctx('Ledger'));
        if (ledgerValues !== null) expect(ledger.problems).toEqual([]);
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
      { numRuns: BUNDLE_RUNS },
    );
  });
});
