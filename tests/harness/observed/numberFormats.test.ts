import { describe, expect, it } from 'vitest';
import { filled, scriptSpreadsheet } from './observedKit';

describe('number formats, as observed in Apps Script', () => {
  // testsheets.js, "assorted cell userenteredformats": range.setNumberFormat(nFormat);
  // t.is(range.getNumberFormat(), nFormat)
  it('reads back the number format set on a range', () => {
    const { sheet } = scriptSpreadsheet();
    const range = sheet.getRange('B15:E19');
    range.setNumberFormat('#,##0"원"');
    expect(range.getNumberFormat()).toBe('#,##0"원"');
  });

  // testsheets.js, same section: range.setNumberFormats(nFormats);
  // t.deepEqual(nfs, nFormats); t.is(nfs.length, range.getNumRows());
  // t.is(nfs[0].length, range.getNumColumns()); t.is(nf, nfs[0][0])
  it('reads back per-cell formats in the range’s shape, the first one being getNumberFormat', () => {
    const { sheet } = scriptSpreadsheet();
    const range = sheet.getRange('A2:B3');
    const formats = [
      ['yyyy-mm-dd', '@'],
      ['0.00%', '#,##0'],
    ];
    range.setNumberFormats(formats);
    expect(range.getNumberFormats()).toEqual(formats);
    expect(range.getNumberFormat()).toBe('yyyy-mm-dd');
  });

  // testsheetsexotics.js, RangeList: setNumberFormat("0.00") on several ranges;
  // t.is(r.getNumberFormat(), "0.00") for each of them
  it('sets one format on every cell of the range', () => {
    const { sheet } = scriptSpreadsheet();
    sheet.getRange('A1:C2').setNumberFormat('0.00');
    expect(sheet.getRange('A1:C2').getNumberFormats()).toEqual(filled(2, 3, '0.00'));
    expect(sheet.getRange('C2').getNumberFormat()).toBe('0.00');
  });
});
