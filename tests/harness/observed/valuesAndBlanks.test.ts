import { describe, expect, it } from 'vitest';
import { filled, scriptSpreadsheet } from './observedKit';

describe('values and blanks, as observed in Apps Script', () => {
  // testsheetsvalues.js, "spreadsheet values": barRange.setValues(fooValues);
  // t.deepEqual(barSheet.getDataRange().getValues(), fooValues)
  it('reads back from the data range exactly the numbers written', () => {
    const { sheet } = scriptSpreadsheet();
    const weeks = [
      [1, 12_000, 0.08],
      [2, 15_500, 0.075],
    ];
    sheet.getRange(1, 1, 2, 3).setValues(weeks);
    expect(sheet.getDataRange().getValues()).toEqual(weeks);
  });

  // testsheetsvalues.js, "sorting and randomizing": r1.setValues(rd1Fill);
  // t.deepEqual(rd1before, rd1Fill) over strings, numbers, booleans and Math.PI
  it('keeps strings, fractions, negatives and booleans as they were written', () => {
    const { sheet } = scriptSpreadsheet();
    const mixed = [
      ['KB-TINT', Math.PI, true],
      ['red eye', -87, false],
    ];
    const range = sheet.getRange('A1:C2');
    range.setValues(mixed);
    expect(range.getValues()).toEqual(mixed);
  });

  // testsheets.js, "Sheet.sort()" test 3: after sheet.clear(),
  // t.deepEqual(sheet.getDataRange().getValues(), [[""]])
  it("reads an empty sheet's data range as one blank cell", () => {
    const { sheet } = scriptSpreadsheet();
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  // testsheetsvalues.js, "assorted data manipulation": after clearContent,
  // t.true(clearRange.getValues().flat().every(f => f === ''))
  it('reads every cell nobody wrote as the empty string', () => {
    const { sheet } = scriptSpreadsheet([['SKU']]);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['SKU', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  // testsheetsvui.js: t.is(range.getValue(), atv[0][0]) — getValue is the top-left cell
  it("getValue answers the range's top-left cell", () => {
    const { sheet } = scriptSpreadsheet([
      ['주문', '금액'],
      ['A-1', 30_000],
    ]);
    expect(sheet.getRange('A2:B2').getValue()).toBe('A-1');
    expect(sheet.getRange('B2:B9').getValue()).toBe(30_000);
  });

  // testsheetsvui.js: t.true(is.string(range.getFormula())); every getFormulas() cell a string;
  // t.is(range.getFormulas().length, atv.length); t.is(range.getFormulas()[0].length, atv[0].length)
  it('reads formulas of cells without one as empty strings, in the range’s shape', () => {
    const { sheet } = scriptSpreadsheet([['x', 1]]);
    const range = sheet.getRange('A1:B3');
    expect(range.getFormula()).toBe('');
    expect(range.getFormulas()).toEqual(filled(3, 2, ''));
  });

  // testsheetsexotics.js, RangeList: after setting "=SUM(1,2)",
  // t.is(r.getFormula(), "=SUM(1,2)", "formula should be set")
  it('reads a formula back as the text it was written with', () => {
    const { sheet } = scriptSpreadsheet();
    sheet.getRange('C1').setValue('=SUM(1,2)');
    expect(sheet.getRange('C1').getFormula()).toBe('=SUM(1,2)');
    expect(sheet.getRange('B1:C1').getFormulas()).toEqual([['', '=SUM(1,2)']]);
  });
});
