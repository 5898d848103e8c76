// docs/rules.md §4's path independence, on the core: random sequences of weekly pastes (cancellations,
// refunds that change, late settlements, late costs and rates, cost changes, overlaps, repeats,
// items leaving the window) leave the Ledger with the week totals one import of the last paste
// gives, for everything that paste still shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import { readOrders } from '../../src/core/read/readOrders';
import { loop, plan, TZ, USD_1400 } from '../support/importRuns';
import { expectPathIndependent, shopHistories, shownSlots, tabsOf } from '../support/weeklyPastes';

/** How many random histories the property runs (the closing note reports it). */
export const LOOP_RUNS = 1_000;

describe('the weekly loop on the core', () => {
  it(`gives one import's week totals after any sequence of pastes (${LOOP_RUNS} histories)`, () => {
    fc.assert(
      fc.property(shopHistories(), (history) => {
        const pastes = history.pastes.map((paste) => tabsOf(history, paste));
        const last = pastes[pastes.length - 1] ?? {};
        const { ledger, plans } = loop(...pastes);
        for (const entry of ledger) expect(Number.isFinite(entry.baseAmount)).toBe(true);
        // Running the update again on the same tabs adds nothing.
        expect(plan(last, ledger).rows).toEqual([]);
        const fresh = plans.length > 0 ? loop(last).ledger : [];
        const fx = new FxTable('KRW', last.fx ?? USD_1400);
        const ctx = { tabName: 'Orders', timeZone: TZ, baseCurrency: 'KRW', fx };
        const shownOrders = new Set(
          readOrders(last.orders ?? [], ctx).records.map((o) => o.orderId),
        );
        expectPathIndependent(history, ledger, fresh, shownSlots(history, shownOrders));
      }),
      { numRuns: LOOP_RUNS },
    );
  });
});
