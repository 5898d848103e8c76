import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

describe('font weights, as observed in Apps Script', () => {
  // testsheets.js, "Range.moveTo": sourceRange.setFontWeight("bold");
  // t.is(newRange.getFontWeight(), "bold")
  it('reads back bold once set', () => {
    const { sheet } = scriptSpreadsheet([['헤더']]);
    sheet.getRange('A1:C1').setFontWeight('bold');
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
  });

  // testsheets.js, "Range.moveTo": the cleared source reads t.is(..getFontWeight(), "normal")
  it('reads normal where nobody set a weight', () => {
    const { sheet } = scriptSpreadsheet([['x']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
  });

  // testsheets.js, "setting and repeating cell formats": tester("FontWeight", …,
  // ["bold", "normal", null], "normal") — null is read back as "normal"
  it('reads a weight set to null as normal', () => {
    const { sheet } = scriptSpreadsheet();
    const range = sheet.getRange('B2:C3');
    range.setFontWeight('bold');
    range.setFontWeight(null);
    expect(range.getFontWeight()).toBe('normal');
  });
});
