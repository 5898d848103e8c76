import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import type { FakeSheet } from '../../src/local/harness/fakeSheet';
import type { CellValue } from '../../src/local/workbookData';
import { workbookWith } from './workbooks';

const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';
const TOO_MANY =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

/** `count` rows sharing one row array: the harness copies each, so this costs one copy a row. */
function rowsOf(count: number, row: CellValue[] = ['x']): CellValue[][] {
  return new Array<CellValue[]>(count).fill(row);
}

function firstSheet(values: CellValue[][] = [['x']]): FakeSheet {
  return createGasEnvironment(workbookWith(values)).spreadsheet.getSheets()[0]!;
}

function nearlyFullSpreadsheet() {
  const { spreadsheet } = createGasEnvironment(workbookWith([['x']]));
  spreadsheet.getSheets()[0]!.insertRowsAfter(1000, 383_615);
  return spreadsheet;
}

/** 384,615 rows x 26 columns: 9,999,990 cells, 10 short of the limit. */
function nearlyFullSheet(): FakeSheet {
  const sheet = firstSheet();
  sheet.insertRowsAfter(1000, 383_615);
  return sheet;
}

describe('big sheets', () => {
  it('loads a sheet of 300,000 rows, as wide as its widest row', () => {
    const values = rowsOf(300_000);
    values[299_999] = Array.from({ length: 30 }, (_, c) => c);
    const sheet = firstSheet(values);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([300_000, 30]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([300_000, 30]);
    expect(sheet.getRange(299_999, 1, 2, 2).getValues()).toEqual([
      ['x', ''],
      [0, 1],
    ]);
  });
});

describe('at most 50,000 characters in a cell', () => {
  const longest = 'a'.repeat(50_000);
  const tooLong = `${longest}a`;

  it('takes 50,000 characters and refuses one more, a formula too', () => {
    const sheet = firstSheet();
    sheet.getRange('A1').setValue(longest);
    expect(sheet.getRange('A1').getValue()).toBe(longest);
    expect(() => sheet.getRange('A2').setValue(tooLong)).toThrow(TOO_LONG);
    expect(() => sheet.getRange('A2').setValue(`=${tooLong}`)).toThrow(TOO_LONG);
    expect(sheet.getRange('A2').getValue()).toBe('');
    expect(sheet.getRange('A2').getFormula()).toBe('');
  });

  it('refuses a whole setValues with one long cell in it, writing none of its cells', () => {
    const sheet = firstSheet([['old', 'old']]);
    expect(() => sheet.getRange('A1:B1').setValues([['new', tooLong]])).toThrow(TOO_LONG);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['old', 'old']]);
  });

  it('counts only text: numbers and dates are never too long', () => {
    const sheet = firstSheet();
    sheet.getRange('A1:B1').setValues([[1e300, new Date(0)]]);
    expect(sheet.getRange('A1').getValue()).toBe(1e300);
  });
});

describe('at most 10,000,000 cells in a spreadsheet, blank ones included', () => {
  it('refuses to insert rows past the limit and leaves the sheet as it was', () => {
    const sheet = nearlyFullSheet();
    expect(sheet.getMaxRows()).toBe(384_615);
    expect(() => sheet.insertRowsAfter(384_615, 1)).toThrow(TOO_MANY);
    expect(() => sheet.insertRowsAfter(2, 1)).toThrow(TOO_MANY);
    expect(sheet.getMaxRows()).toBe(384_615);
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });

  it('refuses a column or a new sheet that would not fit', () => {
    const spreadsheet = nearlyFullSpreadsheet();
    const sheet = spreadsheet.getSheets()[0]!;
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(TOO_MANY);
    expect(() => spreadsheet.insertSheet('More')).toThrow(TOO_MANY);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(spreadsheet.getSheets()).toHaveLength(1);
  });

  it('frees cells when columns are deleted', () => {
    const spreadsheet = nearlyFullSpreadsheet();
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.deleteColumns(20, 7);
    expect(sheet.getMaxColumns()).toBe(19);
    sheet.insertRowsAfter(1, 100_000);
    expect(sheet.getMaxRows()).toBe(484_615);
    spreadsheet.insertSheet('More');
    expect(spreadsheet.getNumSheets()).toBe(2);
  });

  it('refuses to load a workbook bigger than the limit', () => {
    // 384,616 rows x 26 columns (a loaded sheet is never narrower than a new one): 10,000,016.
    expect(() => createGasEnvironment(workbookWith(rowsOf(384_616)))).toThrow(TOO_MANY);
    expect(createGasEnvironment(workbookWith(rowsOf(384_615))).spreadsheet.getNumSheets()).toBe(1);
  });
});

describe('deleteColumns', () => {
  it('moves the cells, formats and merges right of the deleted columns left', () => {
    const env = createGasEnvironment({
      ...workbookWith([]),
      sheets: [{ name: 'Data', values: [['a', 'b', 'c', 'd', 'e']], merges: ['D2:E2'] }],
    });
    const sheet = env.spreadsheet.getSheets()[0]!;
    sheet.getRange('E1').setNumberFormat('@');
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'd', 'e']]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('@');
    expect(env.toWorkbookData().sheets[0]?.merges).toEqual(['B2:C2']);
    expect([sheet.getMaxColumns(), sheet.getLastColumn()]).toEqual([24, 3]);
  });

  it('refuses columns outside the sheet and deleting every column', () => {
    const sheet = firstSheet();
    expect(() => sheet.deleteColumns(26, 2)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumns(0, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteColumns(1, 26)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    expect(sheet.getMaxColumns()).toBe(26);
  });
});
