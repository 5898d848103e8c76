import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

describe('sheet order and indexes, as observed in Apps Script', () => {
  // testsheetsvalues.js, "creating and updating sheets": insertSheet('s1'), ('s2'), ('s3', 1),
  // ('s4', 0); t.deepEqual(act, [[s4, 1], ['Sheet1', 2], [s3, 3], [s1, 4], [s2, 5]])
  it('appends a named sheet, and puts one with an index at that 0-based position', () => {
    const { spreadsheet } = scriptSpreadsheet();
    spreadsheet.insertSheet('주문');
    spreadsheet.insertSheet('원장');
    spreadsheet.insertSheet('KPI', 1);
    spreadsheet.insertSheet('설정', 0);
    expect(spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet.getIndex()])).toEqual([
      ['설정', 1],
      ['Sheet1', 2],
      ['KPI', 3],
      ['주문', 4],
      ['원장', 5],
    ]);
  });

  // testsheetsvalues.js, same section: cs.getSheets().forEach((f, i) => t.is(f.getIndex(), i + 1));
  // t.is(cs.getSheetByName('s1').getIndex(), …)
  it('numbers sheets from 1 in order, and finds each by name at its index', () => {
    const { spreadsheet } = scriptSpreadsheet();
    spreadsheet.insertSheet('A');
    spreadsheet.insertSheet('B', 0);
    spreadsheet.getSheets().forEach((sheet, i) => {
      expect(sheet.getIndex()).toBe(i + 1);
      expect(spreadsheet.getSheetByName(sheet.getName())!.getIndex()).toBe(i + 1);
    });
  });

  // testsheetsvalues.js, "spreadsheetapp basics": t.is(ss.getNumSheets(), ass.sheets.length);
  // t.is(sheets.length, ass.sheets.length)
  it('counts as many sheets as getSheets lists', () => {
    const { spreadsheet } = scriptSpreadsheet();
    spreadsheet.insertSheet('More');
    expect(spreadsheet.getNumSheets()).toBe(spreadsheet.getSheets().length);
    expect(spreadsheet.getNumSheets()).toBe(2);
  });

  // testsheets.js, "setName": sheet.setName("sample"); t.is(sheet.getName(), "sample")
  it('renames a sheet, and finds it by its new name', () => {
    const { spreadsheet, sheet } = scriptSpreadsheet();
    sheet.setName('주간 마진');
    expect(sheet.getName()).toBe('주간 마진');
    expect(spreadsheet.getSheetByName('주간 마진')!.getIndex()).toBe(1);
  });

  // testsheetstext.js, "insert sheets,rows,columns": sheet.hideSheet();
  // t.true(sheet.isSheetHidden()); sheet.showSheet(); t.false(sheet.isSheetHidden())
  it('hides and shows a sheet', () => {
    const { spreadsheet } = scriptSpreadsheet();
    const temp = spreadsheet.insertSheet('temp');
    temp.hideSheet();
    expect(temp.isSheetHidden()).toBe(true);
    temp.showSheet();
    expect(temp.isSheetHidden()).toBe(false);
  });
});
