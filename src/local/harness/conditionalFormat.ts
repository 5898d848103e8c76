import { gasEnum, type GasEnumValue } from './gasEnum';
import type { FakeRange } from './range';
import { SERVICE, type ServiceObject } from './serviceBoundary';

export const BooleanCriteria = gasEnum(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'TEXT_EQUAL_TO',
  'TEXT_CONTAINS',
  'NUMBER_GREATER_THAN',
  'NUMBER_LESS_THAN',
  'CUSTOM_FORMULA',
);

interface RuleParts {
  criteria: GasEnumValue | null;
  criteriaValues: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: FakeRange[];
}

const copyParts = (parts: RuleParts): RuleParts => ({
  ...parts,
  criteriaValues: parts.criteriaValues.slice(),
  ranges: parts.ranges.slice(),
});

/** SpreadsheetApp.newConditionalFormatRule(): recorded, never applied to cells. */
export class FakeConditionalFormatRuleBuilder implements ServiceObject {
  readonly [SERVICE] = 'ConditionalFormatRuleBuilder';
  private parts: RuleParts;

  constructor(parts?: RuleParts) {
    this.parts = parts
      ? copyParts(parts)
      : {
          criteria: null,
          criteriaValues: [],
          background: null,
          fontColor: null,
          bold: null,
          ranges: [],
        };
  }

  whenCellEmpty(): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CELL_EMPTY);
  }

  whenCellNotEmpty(): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CELL_NOT_EMPTY);
  }

  whenTextEqualTo(text: string): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.TEXT_EQUAL_TO, text);
  }

  whenTextContains(text: string): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.TEXT_CONTAINS, text);
  }

  whenNumberGreaterThan(number: number): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN, number);
  }

  whenNumberLessThan(number: number): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.NUMBER_LESS_THAN, number);
  }

  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CUSTOM_FORMULA, formula);
  }

  setBackground(color: string | null): FakeConditionalFormatRuleBuilder {
    this.parts.background = color;
    return this;
  }

  setFontColor(color: string | null): FakeConditionalFormatRuleBuilder {
    this.parts.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): FakeConditionalFormatRuleBuilder {
    this.parts.bold = bold;
    return this;
  }

  setRanges(ranges: FakeRange[]): FakeConditionalFormatRuleBuilder {
    this.parts.ranges = ranges.slice();
    return this;
  }

  getRanges(): FakeRange[] {
    return this.parts.ranges.slice();
  }

  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(copyParts(this.parts));
  }

  private when(criteria: GasEnumValue, ...values: unknown[]): FakeConditionalFormatRuleBuilder {
    this.parts.criteria = criteria;
    this.parts.criteriaValues = values;
    return this;
  }
}

export class FakeConditionalFormatRule implements ServiceObject {
  readonly [SERVICE] = 'ConditionalFormatRule';

  constructor(private readonly parts: RuleParts) {}

  getRanges(): FakeRange[] {
    return this.parts.ranges.slice();
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    return this.parts.criteria ? new FakeBooleanCondition(copyParts(this.parts)) : null;
  }

  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.parts);
  }
}

export class FakeBooleanCondition implements ServiceObject {
  readonly [SERVICE] = 'BooleanCondition';

  constructor(private readonly parts: RuleParts) {}

  getCriteriaType(): GasEnumValue | null {
    return this.parts.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.parts.criteriaValues.slice();
  }

  getBackground(): string | null {
    return this.parts.background;
  }

  getFontColor(): string | null {
    return this.parts.fontColor;
  }

  getBold(): boolean | null {
    return this.parts.bold;
  }
}
