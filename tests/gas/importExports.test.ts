import { describe, expect, it } from 'vitest';
import { buildDemoWorkbook } from '../../src/local/demo/demoWorkbook';
import {
  GENERATED_TABS_KO,
  plannedLedgerRows,
  sheetData,
  sheetNames,
  sheetOf,
  smallShop,
  startAddOn,
  valuesOf,
} from './addOnKit';

describe('importExports (Import exports only)', () => {
  it('appends the planned Ledger rows of the demo and creates no generated tab', () => {
    const { env, run } = startAddOn(buildDemoWorkbook());
    const tabs = sheetNames(env);
    const planned = plannedLedgerRows(env);
    const manualRows = valuesOf(env, '원장').length;
    run('importExports');
    expect(sheetNames(env)).toEqual(tabs);
    expect(valuesOf(env, '원장').slice(manualRows)).toEqual(planned);
    expect(env.ui.toasts[0]?.message).toBe(
      `원장에 ${planned.length}행을 추가했습니다 · 확인 필요 2건`,
    );
    // The tabs were not rebuilt, so the sidebar must still see the weekly update as not done.
    expect(env.properties.document.getProperty('sellerRoutine.lastUpdate')).toBeNull();
  });

  it('adds only the new order of a re-pasted export and leaves the generated tabs as they are', () => {
    const { env, run } = startAddOn(smallShop());
    run('runWeeklyUpdate');
    const before = env.toWorkbookData();
    // Order 1005: one A-1 for ₩10,000 → sale 10,000, fee 800 (8%), COGS 5,000.
    sheetOf(env, '주문')
      .getRange(5, 1, 1, 8)
      .setValues([
        ['1005', '交易完成', 'Park', '2025-09-05 09:00', '2025-09-05 09:30', '10,000원', 'A-1', 1],
      ]);
    run('importExports');
    const after = env.toWorkbookData();
    for (const tab of GENERATED_TABS_KO) {
      expect(sheetData(after, tab), tab).toEqual(sheetData(before, tab));
    }
    const ledger = valuesOf(env, '원장');
    const paid = new Date('2025-09-05T00:30:00Z'); // 09:30 in Seoul
    expect(ledger.slice(sheetData(before, '원장').values.length)).toEqual([
      [paid, '원가', 5000, 'KRW', 'A-1', '1005', 'A-1 × 1', 'order:1005:cogs'],
      [paid, '수수료', 800, 'KRW', 'A-1', '1005', '추정: 매출의 8%', 'order:1005:fee'],
      [paid, '매출', 10000, 'KRW', 'A-1', '1005', 'A-1 × 1', 'order:1005:sale'],
    ]);
    expect(env.ui.toasts.at(-1)?.message).toBe('원장에 3행을 추가했습니다 · 확인 필요 2건');
  });
});
