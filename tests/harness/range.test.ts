import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import { workbookWith } from './workbooks';

const march1 = new Date('2025-03-01T00:00:00+09:00');

function dataSheet() {
  const env = createGasEnvironment(
    workbookWith([
      ['Date', 'SKU', 'Amount', 'Paid'],
      [march1, 'A-1', 12000, true],
      ['', 'B-2', '', false],
    ]),
  );
  return env.spreadsheet.getSheetByName('Data')!;
}

describe('Range reads', () => {
  it('returns Dates, numbers, booleans and "" for blanks', () => {
    const values = dataSheet().getRange('A1:D3').getValues();
    expect(values).toEqual([
      ['Date', 'SKU', 'Amount', 'Paid'],
      [march1, 'A-1', 12000, true],
      ['', 'B-2', '', false],
    ]);
    expect(values[1]?.[0]).toBeInstanceOf(Date);
  });

  it('returns fresh arrays and dates: mutating them leaves the sheet as it was', () => {
    const sheet = dataSheet();
    const values = sheet.getRange('A2:B2').getValues();
    values[0]![1] = 'changed';
    (values[0]![0] as Date).setFullYear(1999);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[march1, 'A-1']]);
  });

  it('reads blanks beyond the data', () => {
    const range = dataSheet().getRange(2, 3, 4, 3);
    expect(range.getValues()).toEqual([
      [12000, true, ''],
      ['', false, ''],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(range.getA1Notation()).toBe('C2:E5');
  });

  it('reads whole columns down to the last row of the grid', () => {
    const range = dataSheet().getRange('A:H');
    expect(range.getA1Notation()).toBe('A:H');
    expect(range.getValues()).toHaveLength(1000);
    expect(range.getValues()[999]).toEqual(['', '', '', '', '', '', '', '']);
  });

  it('getValue reads the top-left cell', () => {
    expect(dataSheet().getRange('C2:D3').getValue()).toBe(12000);
  });
});

describe('Range writes follow Sheets user-entered rules', () => {
  it('turns "=" text into a formula that reads back "" (the harness does not evaluate)', () => {
    const range = dataSheet().getRange('F1:F2');
    range.setValues([['=SUM(C:C)'], ['plain']]);
    expect(range.getFormulas()).toEqual([['=SUM(C:C)'], ['']]);
    expect(range.getValues()).toEqual([[''], ['plain']]);
  });

  it('keeps "=" text literal in a plain-text (@) cell', () => {
    const range = dataSheet().getRange('F1');
    range.setNumberFormat('@').setValue('=HYPERLINK("x")');
    expect(range.getValue()).toBe('=HYPERLINK("x")');
    expect(range.getFormula()).toBe('');
  });

  it('drops a leading apostrophe and stores the rest as text', () => {
    const range = dataSheet().getRange('F1:F2');
    range.setValues([["'=1+2"], ["'007"]]);
    expect(range.getValues()).toEqual([['=1+2'], ['007']]);
    expect(range.getFormulas()).toEqual([[''], ['']]);
  });

  it('turns plain numeric strings into numbers unless the cell is plain text', () => {
    const sheet = dataSheet();
    sheet.getRange('G1:G3').setNumberFormat('@');
    sheet.getRange('F1:G3').setValues([
      ['123', '123'],
      ['-1.5', '-1.5'],
      ['1,234', '1e3'],
    ]);
    expect(sheet.getRange('F1:G3').getValues()).toEqual([
      [123, '123'],
      [-1.5, '-1.5'],
      ['1,234', '1e3'],
    ]);
  });

  it('keeps Dates as Dates and writes null as a blank', () => {
    const range = dataSheet().getRange('A2:B2');
    range.setValues([[new Date('2025-12-31T00:00:00Z'), null]]);
    expect(range.getValues()).toEqual([[new Date('2025-12-31T00:00:00Z'), '']]);
  });

  it('setValue fills every cell; a value over a formula clears the formula', () => {
    const range = dataSheet().getRange('F1:G2');
    range.setValue('=NOW()');
    expect(range.getFormulas()).toEqual([
      ['=NOW()', '=NOW()'],
      ['=NOW()', '=NOW()'],
    ]);
    range.setValue(7);
    expect(range.getFormulas()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(range.getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it('refuses data of the wrong shape with Sheets messages', () => {
    const range = dataSheet().getRange('A1:C2');
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => range.setNumberFormats([['@']])).toThrow('The data has 1 but the range has 2.');
    expect(() => range.setValues('abc' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('records number formats and font weights', () => {
    const range = dataSheet().getRange('A1:B1');
    expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    range.setNumberFormats([['yyyy-mm-dd', '@']]).setFontWeight('bold');
    expect(range.getNumberFormats()).toEqual([['yyyy-mm-dd', '@']]);
    expect([range.getNumberFormat(), range.getFontWeight()]).toEqual(['yyyy-mm-dd', 'bold']);
    range.setFontWeight(null);
    expect(range.getFontWeight()).toBe('normal');
  });
});

describe('Range bounds', () => {
  it('throws Sheets messages for ranges outside the sheet', () => {
    const sheet = dataSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(2, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(2, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1:A1001')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('names the error Exception and refuses wrong argument types', () => {
    const sheet = dataSheet();
    try {
      sheet.getRange(0, 1);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toBe('Exception: The starting row of the range is too small.');
    }
    expect(() => sheet.getRange('2' as never, 1)).toThrow(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
  });

  it('cannot write below the grid until rows are inserted', () => {
    const sheet = dataSheet();
    const rows = Array.from({ length: 3 }, () => ['x']);
    expect(() => sheet.getRange(999, 1, 3, 1).setValues(rows)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    sheet.getRange(999, 1, 3, 1).setValues(rows);
    expect(sheet.getRange(1001, 1).getValue()).toBe('x');
  });

  it('a range kept after deleting columns under it throws when used', () => {
    const sheet = dataSheet();
    const last = sheet.getRange(1, 26);
    sheet.deleteColumns(2, 1);
    expect(() => last.getValues()).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('merged cells', () => {
  function mergedSheet() {
    const env = createGasEnvironment({
      ...workbookWith([]),
      sheets: [{ name: 'Data', values: [['Report', 'hidden', 'Amount']], merges: ['A1:B1'] }],
    });
    return env.spreadsheet.getSheetByName('Data')!;
  }

  it('keep only the top-left value, also when written over', () => {
    const sheet = mergedSheet();
    sheet.getRange('A1:C1').setValues([['Title', 'hidden', 'Amount']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Title', '', 'Amount']]);
  });

  it('move with rows inserted above them', () => {
    const env = createGasEnvironment({
      ...workbookWith([]),
      sheets: [{ name: 'Data', values: [['No'], ['Report']], merges: ['A2:B2'] }],
    });
    env.spreadsheet.getSheetByName('Data')!.insertRowsAfter(1, 2);
    expect(env.toWorkbookData().sheets[0]?.merges).toEqual(['A4:B4']);
  });
});
