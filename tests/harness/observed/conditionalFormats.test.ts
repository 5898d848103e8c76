import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

function twoRules() {
  const { sheet, services } = scriptSpreadsheet();
  const { SpreadsheetApp } = services;
  const textRule = SpreadsheetApp.newConditionalFormatRule()
    .whenTextEqualTo('BAD')
    .setBackground('#f4cccc')
    .setRanges([sheet.getRange('B2:B9')])
    .build();
  const scale = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpoint('#57bb8a')
    .setGradientMaxpoint('#e67c73')
    .setRanges([sheet.getRange('C2:C9')])
    .build();
  sheet.setConditionalFormatRules([textRule, scale]);
  return sheet.getConditionalFormatRules();
}

describe('conditional format rules, as observed in Apps Script', () => {
  // testconditionalformat.js: sheet.setConditionalFormatRules([rule1, rule2]);
  // t.is(rules.length, 2, 'Should retrieve 2 conditional format rules')
  it('reads back the rules set, in order', () => {
    const rules = twoRules();
    expect(rules).toHaveLength(2);
    expect(rules.map((rule) => rule.getRanges()[0]!.getA1Notation())).toEqual(['B2:B9', 'C2:C9']);
  });

  // testconditionalformat.js: t.deepEqual(boolCond.getCriteriaValues(), [50]);
  // "varied criteria": t.deepEqual(rules[0].getBooleanCondition().getCriteriaValues(), ["hello"])
  it('gives a condition’s values back as they were given', () => {
    const [textRule] = twoRules();
    expect(textRule!.getBooleanCondition()!.getCriteriaValues()).toEqual(['BAD']);
  });

  // testconditionalformat.js: t.truthy(r2.getGradientCondition(), 'Rule 2 should have a gradient
  // condition'); t.truthy(boolCond, 'Rule 1 should have a boolean condition')
  it('a colour scale has a gradient condition, a text rule a boolean one', () => {
    const [textRule, scale] = twoRules();
    expect(textRule!.getBooleanCondition()).not.toBeNull();
    expect(scale!.getGradientCondition()).not.toBeNull();
    expect(scale!.getGradientCondition()!.getMinColor()).not.toBe('');
  });
});
