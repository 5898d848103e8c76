import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import { workbookWith } from './workbooks';

const script = `
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Weekly update', 'runWeekly').addToUi();
}
function runWeekly() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) return;
  try {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var sheet = ss.getSheetByName('Weekly') || ss.insertSheet('Weekly');
    var first = ss.getSheetByName('Data').getRange('A2').getValue();
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Week', 'Margin', 'Checked'],
      [new Date(2025, 2, 3), 12345, first instanceof Date],
    ]);
    PropertiesService.getDocumentProperties().setProperty('lastWeekly', ss.getSpreadsheetTimeZone());
    console.log('weekly done');
  } finally {
    lock.releaseLock();
  }
}
function notImplemented(call) {
  try {
    call();
  } catch (e) {
    return [e instanceof Error, e.name, e.message];
  }
}
function failingRead() {
  try {
    SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(0, 1);
  } catch (e) {
    return [e instanceof Error, e.name, e.message];
  }
}
`;

describe('the globals run plain Apps Script code in a vm context', () => {
  it('builds the menu, writes values and reads a date cell as a Date', () => {
    const env = createGasEnvironment(
      workbookWith([['Date'], [new Date('2025-03-01T00:00:00+09:00')]]),
      { addonMenuTitle: 'Seller Routine' },
    );
    const context = vm.createContext(env.globals);
    vm.runInContext(script, context);
    vm.runInContext('onOpen(); runWeekly();', context);
    expect(env.ui.menus).toEqual([
      {
        title: 'Seller Routine',
        items: [{ caption: 'Weekly update', functionName: 'runWeekly' }],
        subMenus: [],
      },
    ]);
    const weekly = env.spreadsheet.getSheetByName('Weekly')!.getRange('A1:C2').getValues();
    expect(weekly).toEqual([
      ['Week', 'Margin', 'Checked'],
      [new Date(2025, 2, 3), 12345, true],
    ]);
    expect(weekly[1]?.[0]).toBeInstanceOf(Date);
    expect(env.properties.document.getProperty('lastWeekly')).toBe('Asia/Seoul');
    expect(env.logs).toEqual(['weekly done']);
    expect(vm.runInContext('[typeof require, typeof process, typeof module]', context)).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it("throws the script realm's Error, named Exception, with Sheets' message", () => {
    const env = createGasEnvironment(workbookWith([['x']]));
    const context = vm.createContext(env.globals);
    vm.runInContext(script, context);
    expect(vm.runInContext('failingRead()', context)).toEqual([
      true,
      'Exception',
      'The starting row of the range is too small.',
    ]);
  });

  it('fails loudly, by its Apps Script name, on a method Apps Script has and the harness lacks', () => {
    const env = createGasEnvironment(workbookWith([['x']]));
    const context = vm.createContext(env.globals);
    vm.runInContext(script, context);
    const failure = (call: string): unknown =>
      vm.runInContext(`notImplemented(function () { ${call}; })`, context);
    const message = (name: string) => [
      true,
      'Error',
      `${name} is not implemented by the local harness`,
    ];
    expect(
      failure("SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setNote('x')"),
    ).toEqual(message('Range.setNote'));
    expect(failure('LockService.getUserLock()')).toEqual(message('LockService.getUserLock'));
    expect(failure('Utilities.formatDate(new Date(), "UTC", "yyyy")')).toEqual(
      message('Utilities.formatDate'),
    );
    expect(failure('SpreadsheetApp.BorderStyle.SOLID')).toEqual(
      message('SpreadsheetApp.BorderStyle'),
    );
    expect(env.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 1,
    });
  });

  it('leaves a name Apps Script does not have undefined, so calling it is not a function', () => {
    const env = createGasEnvironment(workbookWith([['x']]));
    const context = vm.createContext(env.globals);
    vm.runInContext(script, context);
    const sheet = 'SpreadsheetApp.getActiveSpreadsheet().getActiveSheet()';
    expect(vm.runInContext(`typeof ${sheet}.getRangeByMagic`, context)).toBe('undefined');
    // A harness internal is as absent as a typo: the add-on cannot come to rely on it.
    expect(vm.runInContext(`typeof ${sheet}.rangeAt`, context)).toBe('undefined');
    expect(
      vm.runInContext(`notImplemented(function () { ${sheet}.getRangeByMagic(); })`, context),
    ).toEqual([true, 'TypeError', expect.stringContaining('is not a function')]);
  });
});
