// The weekly update when a write fails or a user types meanwhile (docs/rules.md §10, issue
// "writes that survive faults"): every write of a real update is made to fail in turn; each time,
// every visible tab must be as it was or fully new, and the next run must end where a run without
// a fault ends. A row typed into the Ledger between the update's read and its write survives.
import { describe, expect, it } from 'vitest';
import type { GasEnvironment } from '../../src/local/harness/environment';
import type { ServiceCall } from '../../src/local/harness/serviceBoundary';
import type { FakeSheet } from '../../src/local/harness/fakeSheet';
import type { SheetData, WorkbookData } from '../../src/local/workbookData';
import { GENERATED_TABS_KO, sheetOf, smallShop, startAddOn, valuesOf } from './addOnKit';

const WRITE_SERVICES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'DeveloperMetadata',
  'Properties',
]);
const WRITE_METHOD =
  /^(set|insert|delete|clear|add|remove|append|update|hide|show|activate|copy|move|merge|break|protect|sort)/;

function isWrite(call: ServiceCall): boolean {
  return WRITE_SERVICES.has(call.service) && WRITE_METHOD.test(call.method);
}

/** The small shop after one update, with next week's export pasted over its Orders tab. */
function pastedShop(): WorkbookData {
  const { env, run } = startAddOn(smallShop());
  expect(run('weeklyUpdate', {})).toMatchObject({ ok: true });
  const orders = sheetOf(env, '주문');
  const values = orders.getDataRange().getValues();
  // -1003 is cancelled now; 1005 is new.
  const next = values.map((row) =>
    row[0] === '-1003' ? [row[0], '주문 취소', ...row.slice(2)] : row,
  );
  next.push([
    '1005',
    '交易完成',
    'Park',
    '2025-09-03 10:00',
    '2025-09-03 10:05',
    '8,000원',
    'A-1',
    1,
  ]);
  orders.clearContents();
  orders.getRange(1, 1, next.length, next[0]?.length ?? 1).setValues(next);
  return env.toWorkbookData();
}

/** A visible tab the add-on generated (finished or not), by its output id. */
function generatedTabs(env: GasEnvironment): Map<string, FakeSheet[]> {
  const tabs = new Map<string, FakeSheet[]>();
  for (const sheet of env.spreadsheet.getSheets()) {
    const mark = sheet.getDeveloperMetadata().find((meta) => meta.getKey() === 'sellerRoutine.tab');
    if (mark === undefined || sheet.isSheetHidden()) continue;
    const id = (mark.getValue() ?? '').replace(/^building:/, '').replace(/\|.*$/, '');
    tabs.set(id, [...(tabs.get(id) ?? []), sheet]);
  }
  return tabs;
}

/** What a seller sees of a tab: its cells and their formats. */
function content(sheet: FakeSheet | SheetData | undefined): unknown {
  if (sheet === undefined) return undefined;
  const data = 'toSheetData' in sheet ? sheet.toSheetData() : sheet;
  return { values: data.values, numberFormats: data.numberFormats };
}

function generatedContents(env: GasEnvironment): Map<string, unknown> {
  const contents = new Map<string, unknown>();
  for (const [id, sheets] of generatedTabs(env)) contents.set(id, content(sheets[0]));
  return contents;
}

/** The seller's own tabs but the Ledger (which the update appends to). */
function ownTabs(data: WorkbookData): SheetData[] {
  const notOwn = new Set([...GENERATED_TABS_KO, '원장']);
  return data.sheets.filter(
    (sheet) => !notOwn.has(sheet.name) && !sheet.name.includes('업데이트 중'),
  );
}

/** The sheet a write lands on, for reading a failure's label. */
function sheetOfCall(call: ServiceCall): string {
  const target = call.target as { getSheet?: () => FakeSheet; getName?: () => string };
  return target.getSheet?.().getName() ?? target.getName?.() ?? call.service;
}

describe('a weekly update whose writes fail one by one', () => {
  const before = pastedShop();
  const reference = startAddOn(before);
  const writes: string[] = [];
  reference.env.intercept((call) => {
    if (isWrite(call)) writes.push(`${call.service}.${call.method} (${sheetOfCall(call)})`);
  });
  expect(reference.run('weeklyUpdate', {})).toMatchObject({ ok: true });
  reference.env.intercept(null);
  const after = reference.env.toWorkbookData();
  const expected = generatedContents(reference.env);
  const old = generatedContents(startAddOn(before).env);
  const ledgerBefore = valuesOf(startAddOn(before).env, '원장');
  const ledgerAfter = valuesOf(reference.env, '원장');

  it('writes the Ledger first, then swaps in generated tabs that change', () => {
    expect(writes.length).toBeGreaterThan(50);
    expect(writes[0]).toMatch(/\(원장\)$/);
    expect(writes.filter((write) => write.startsWith('Spreadsheet.insertSheet'))).toHaveLength(6);
    expect([...expected.keys()].sort()).toEqual([
      'kpi',
      'logistics',
      'payoutCheck',
      'problems',
      'skuMargin',
      'weeklyMargin',
    ]);
    expect(expected.get('weeklyMargin')).not.toEqual(old.get('weeklyMargin'));
    expect(ledgerAfter.length).toBeGreaterThan(ledgerBefore.length);
  });

  it('leaves every visible tab as it was or fully new, whichever write fails, and the next run repairs', () => {
    for (let failing = 0; failing < writes.length; failing++) {
      const { env, run } = startAddOn(before);
      let count = 0;
      env.intercept((call) => {
        if (isWrite(call) && count++ === failing) throw new Error('Service Spreadsheets failed');
      });
      run('weeklyUpdate', {});
      env.intercept(null);
      const label = `write ${failing + 1} of ${writes.length}: ${writes[failing]}`;
      expect([ledgerBefore, ledgerAfter], label).toContainEqual(valuesOf(env, '원장'));
      const visible = generatedTabs(env);
      for (const id of expected.keys()) {
        const sheets = visible.get(id) ?? [];
        expect(sheets.length, `${label}: ${id} is not shown`).toBeGreaterThan(0);
        for (const sheet of sheets) {
          expect([old.get(id), expected.get(id)], `${label}, ${id}`).toContainEqual(content(sheet));
        }
      }
      expect(ownTabs(env.toWorkbookData()), label).toEqual(ownTabs(before));

      expect(run('weeklyUpdate', {}), label).toMatchObject({ ok: true });
      expect(env.toWorkbookData(), label).toEqual(after);
    }
  });
});

/** The calls of the read phase: each input tab's values and formats, and the sheet's settings. */
const READS = new Set([
  'getSheets',
  'getName',
  'getDataRange',
  'getValues',
  'getNumberFormats',
  'getSpreadsheetTimeZone',
  'getSpreadsheetLocale',
  'getDocumentLock',
  'tryLock',
  'getActiveSpreadsheet',
]);

describe('a row typed into the Ledger while the update runs', () => {
  it('survives: the update appends below it, never over it', () => {
    const { env, run } = startAddOn(smallShop());
    const ledger = sheetOf(env, '원장');
    const typed = [new Date('2025-09-05T01:00:00Z'), '포장비', 500, 'KRW', '', '', '테이프', ''];
    let read = false;
    let typedYet = false;
    env.intercept((call) => {
      // Once every tab is read, while the update computes, as a seller might.
      if (READS.has(call.method)) read ||= call.method === 'getValues';
      else if (read && !typedYet) {
        typedYet = true;
        ledger.getRange(3, 1, 1, typed.length).setValues([typed]);
      }
    });
    expect(run('weeklyUpdate', {})).toMatchObject({ ok: true });
    const rows = valuesOf(env, '원장');
    expect(rows[2]).toEqual(typed);
    expect(rows.length).toBe(3 + 6); // header, the manual row, the typed row, 6 imported rows
    expect(rows.slice(3).map((row) => row[7])).toEqual([
      'order:1001:fee',
      'order:1001:sale',
      'order:-1003:cogs',
      'order:-1003:fee',
      'order:-1003:sale',
      'refund:-1003:D1',
    ]);
  });
});
