import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

describe('errors, as observed in Apps Script', () => {
  // testsheetsvui.js: t.rxMatch(t.threw(() => range.offset(0, 0, 0)).message, /number of rows/) —
  // a range of no rows is refused naming the number of rows
  it('refuses a range of no rows, naming the number of rows', () => {
    const { sheet } = scriptSpreadsheet();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(/number of rows/);
  });

  // testsheetsvui.js: t.rxMatch(t.threw(() => range.offset(0, 0, 1, 0)).message, /number of columns/)
  it('refuses a range of no columns, naming the number of columns', () => {
    const { sheet } = scriptSpreadsheet();
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(/number of columns/);
  });
});
