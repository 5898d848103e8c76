// The custom functions as Sheets calls them: top-level functions of the built dist/Code.js, given
// 2D arrays, reading the time zone and locale from the (harness) spreadsheet. Their answers are
// the core's, which the tests under tests/customFunctions compare with the weekly update.
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/registry';
import { loadAddOn, type LoadedAddOn } from '../../src/local/bundle';
import { createGasEnvironment } from '../../src/local/harness/environment';
import { en, importedSmall, smallWorkbook } from '../customFunctions/workbooks';

const tabs = smallWorkbook();

function core(name: string, ...args: unknown[]): unknown {
  const result = CUSTOM_FUNCTIONS.find((spec) => spec.name === name)?.run(args, en);
  return result?.ok ? result.value : result?.message;
}

let addOn: LoadedAddOn;
beforeAll(() => {
  const env = createGasEnvironment({
    name: 'Small shop',
    timeZone: en.timeZone,
    locale: en.locale,
    sheets: [{ name: 'Sheet1', values: [] }],
  });
  addOn = loadAddOn(env.globals);
});

describe('custom functions in dist/Code.js', () => {
  it('spills WEEKLY_MARGIN as the core computes it', () => {
    const notImported = [tabs.Ledger, tabs.Orders, tabs.Disputes, tabs.Settings];
    const table = addOn.fn('WEEKLY_MARGIN')(...notImported) as unknown[][];
    // The Ledger holds only the 1,500 packaging and 2,000 coupon of week 09-15, and paid orders
    // are counted from its Sale rows: none yet, so no dispute rate.
    expect(table.slice(1).map((row) => [row[0], row[12], row[13], row[15], row[17]])).toEqual([
      ['2025-09-08', 0, '', 0, ''],
      ['2025-09-15', -3500, '', 0, ''],
    ]);
    expect(table).toEqual(core('WEEKLY_MARGIN', ...notImported));
    const imported = importedSmall().tabs;
    const args = [imported.Ledger, imported.Orders, imported.Disputes, imported.Settings];
    const after = addOn.fn('WEEKLY_MARGIN')(...args) as unknown[][];
    expect(after.slice(1).map((row) => [row[0], row[12], row[15], row[17]])).toEqual([
      ['2025-09-08', 4800, 1, 1],
      ['2025-09-15', 21500, 5, 0.4],
    ]);
    expect(after).toEqual(core('WEEKLY_MARGIN', ...args));
  });

  it('answers DISPUTE_RATE and spills FUNNEL', () => {
    expect(addOn.fn('DISPUTE_RATE')(tabs.Orders, tabs.Disputes, '', tabs.Settings)).toBe(0.4);
    const funnel = addOn.fn('FUNNEL')(tabs.Traffic, '', tabs.Settings) as unknown[][];
    expect(funnel[2]).toEqual(['Visitors', 300, 0.02, 0.98]);
    expect(funnel).toEqual(core('FUNNEL', tabs.Traffic, '', tabs.Settings));
  });

  it('gives SHIP_BY a pay time’s deadline and KPI_STATUS a status', () => {
    expect(addOn.fn('SHIP_BY')('2025-09-19 08:00', '', tabs.Settings)).toBe('2025-09-22 08:00');
    expect(addOn.fn('KPI_STATUS')(0.024, 0.02, 'below')).toBe('WARN');
  });

  it('answers bad input with the core’s message, never a stack trace', () => {
    const noOrderId = tabs.Orders.map((row) => row.slice(1));
    const message = addOn.fn('DISPUTE_RATE')(noOrderId, tabs.Disputes);
    expect(message).toMatch(/^Orders — expected a column "Order ID"/);
    expect(message).toBe(core('DISPUTE_RATE', noOrderId, tabs.Disputes));
  });
});
