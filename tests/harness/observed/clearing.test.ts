import { describe, expect, it } from 'vitest';
import { filled, scriptSpreadsheet } from './observedKit';

describe('clearing, as observed in Apps Script', () => {
  // testsheets.js, "Sheet clearing methods": sheet.clearContents();
  // t.deepEqual(testRange.getValues(), fillRange(testRange, "")) "clearContents() should clear values"
  it('clearContents empties every value', () => {
    const { sheet } = scriptSpreadsheet([
      ['A1', 'B1', 'C1'],
      ['A2', 'B2', 'C2'],
    ]);
    sheet.clearContents();
    expect(sheet.getRange('A1:C2').getValues()).toEqual(filled(2, 3, ''));
    expect(sheet.getLastRow()).toBe(0);
  });

  // testsheets.js, same section: t.deepEqual(testRange.getBackgrounds(), setup.backgrounds)
  // "clearContents() should NOT clear formats" (here: number formats and font weights)
  it('clearContents keeps the formats', () => {
    const { sheet } = scriptSpreadsheet([[1200, 'x']]);
    sheet.getRange('A1').setNumberFormat('#,##0');
    sheet.getRange('B1').setFontWeight('bold');
    sheet.clearContents();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0');
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
  });
});
