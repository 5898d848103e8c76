import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

const block = (rows: number, columns: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * 10 + c));

describe('data ranges and A1 notation, as observed in Apps Script', () => {
  // testsheetsvalues.js, "advanced & spreadsheetapp values and ranges": t.is(lr, values.length);
  // t.is(lc, values[0].length); the data range starts at A1 and ends at row lr;
  // t.is(sheet.getRange(1, 1, lr, lc).getA1Notation(), ar)
  it('spans A1 to the last row and column with content', () => {
    const { sheet } = scriptSpreadsheet(block(4, 3));
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet.getRange(1, 1, 4, 3).getA1Notation()).toBe(sheet.getDataRange().getA1Notation());
  });

  // testsheetsvalues.js, same section: getRange("C11:AB20").getA1Notation() === "C11:AB20";
  // getRange("$aa$11") reads "AA11"; getRange(row, column, rows, columns) gives the same notation
  it('writes A1 notation in upper case without $, whichever way the range was asked for', () => {
    const { sheet } = scriptSpreadsheet([new Array<string>(30).fill('wide')]);
    expect(sheet.getRange('C11:AB20').getA1Notation()).toBe('C11:AB20');
    expect(sheet.getRange('$aa$11').getA1Notation()).toBe('AA11');
    expect(sheet.getRange(11, 3, 10, 26).getA1Notation()).toBe('C11:AB20');
  });

  // testsheetsdeveloper.js, "A1 Notation Range Parsing": "5:7" and "D:F" keep their shape;
  // row-only num columns === maxCols; column-only num rows === maxRows; with the sheet name,
  // "E10:F12"
  it('keeps whole rows and whole columns as such, as wide or tall as the sheet', () => {
    const { sheet } = scriptSpreadsheet();
    const rows = sheet.getRange('5:7');
    const columns = sheet.getRange('D:F');
    expect([rows.getA1Notation(), columns.getA1Notation()]).toEqual(['5:7', 'D:F']);
    expect(rows.getValues()[0]).toHaveLength(sheet.getMaxColumns());
    expect(columns.getValues()).toHaveLength(sheet.getMaxRows());
    expect(sheet.getRange(`${sheet.getName()}!E10:F12`).getA1Notation()).toBe('E10:F12');
  });

  // testsheetsdeveloper.js, same section: "C5:B2" reads "B2:C5", "5:2" reads "2:5",
  // "D:B" reads "B:D" ("Inverted ranges are auto-corrected")
  it('turns inverted ranges the right way round', () => {
    const { sheet } = scriptSpreadsheet();
    expect(['C5:B2', '5:2', 'D:B'].map((a1) => sheet.getRange(a1).getA1Notation())).toEqual([
      'B2:C5',
      '2:5',
      'B:D',
    ]);
  });

  // testsheetstext.js, "insert sheets,rows,columns": sheet.insertColumnsAfter(2, 2);
  // t.is(sheet.getLastColumn(), cb + 6) — columns inserted inside the data push it right
  it('moves the cells right of inserted columns further right', () => {
    const { sheet } = scriptSpreadsheet([['SKU', '이름', '가격', '원가']]);
    sheet.insertColumnsAfter(2, 2);
    expect(sheet.getLastColumn()).toBe(6);
    expect(sheet.getRange('A1:F1').getValues()).toEqual([['SKU', '이름', '', '', '가격', '원가']]);
    expect(sheet.getMaxColumns()).toBe(28);
  });

  // testsheetstext.js, same section: sheet.insertRowsAfter(2, 2); t.is(sheet.getLastRow(), cr)
  // — blank rows below the data do not move the last row
  it('keeps the last row where it was when blank rows go below the data', () => {
    const { sheet } = scriptSpreadsheet([['only row']]);
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  // testsheetstext.js, same section: sheet.deleteColumns(2, 2); t.is(sheet.getLastColumn(), cb - 3)
  // after deleteColumn(2), and the last row of values shows the columns gone
  it('pulls the cells right of deleted columns left', () => {
    const { sheet } = scriptSpreadsheet([['a', 'b', 'c', 'd', 'e']]);
    sheet.deleteColumns(2, 2);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getValues()).toEqual([['a', 'd', 'e']]);
  });
});
