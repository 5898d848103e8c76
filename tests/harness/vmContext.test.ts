import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import { workbookWith } from './workbooks';

const script = `
function onOpen() {
  SpreadsheetApp.getUi().createMenu('Seller Routine').addItem('Weekly update', 'runWeekly').addToUi();
}
function runWeekly() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(10000);
  try {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var sheet = ss.getSheetByName('Weekly') || ss.insertSheet('Weekly');
    var first = ss.getSheetByName('Data').getRange('A2').getValue();
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Week', 'Margin', 'Checked'],
      [new Date(2025, 2, 3), 12345, first instanceof Date],
    ]);
    PropertiesService.getDocumentProperties().setProperty('lastWeekly', Utilities.formatDate(new Date(0), 'Asia/Seoul', 'yyyy-MM-dd'));
    Logger.log('weekly done');
  } finally {
    lock.releaseLock();
  }
}
function failingRead() {
  try {
    SpreadsheetApp.getActiveSheet().getRange(0, 1);
  } catch (e) {
    return [e instanceof Error, e.name, e.message];
  }
}
`;

describe('the globals run plain Apps Script code in a vm context', () => {
  it('builds the menu, writes values and reads a date cell as a Date', () => {
    const env = createGasEnvironment(
      workbookWith([['Date'], [new Date('2025-03-01T00:00:00+09:00')]]),
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
    expect(env.properties.document.getProperty('lastWeekly')).toBe('1970-01-01');
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
});
