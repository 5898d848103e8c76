import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

describe('objects print as Apps Script prints them', () => {
  // testsheetsvui.js: t.is(range.toString(), "Range")
  it('a range prints as Range', () => {
    const { sheet } = scriptSpreadsheet();
    expect(String(sheet.getRange('C2:D4'))).toBe('Range');
  });

  // testsheetschart.js: t.is(chart.toString(), "EmbeddedChart", "builder.build() should return an
  // EmbeddedChart")
  it('a built chart prints as EmbeddedChart', () => {
    const { sheet } = scriptSpreadsheet();
    expect(String(sheet.newChart().addRange(sheet.getRange('A1:B3')).build())).toBe(
      'EmbeddedChart',
    );
  });

  // testconditionalformat.js: t.is(rule1.toString(), 'ConditionalFormatRule');
  // t.is(boolCond.toString(), 'ConditionalFormatBooleanCondition');
  // t.is(gradCond.toString(), 'ConditionalFormatGradientCondition')
  it('a rule and its conditions print under their Apps Script names', () => {
    const { services } = scriptSpreadsheet();
    const { SpreadsheetApp } = services;
    const rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('BAD').build();
    const scale = SpreadsheetApp.newConditionalFormatRule().setGradientMinpoint('#ffffff').build();
    expect(String(rule)).toBe('ConditionalFormatRule');
    expect(String(rule.getBooleanCondition())).toBe('ConditionalFormatBooleanCondition');
    expect(String(scale.getGradientCondition())).toBe('ConditionalFormatGradientCondition');
  });
});
