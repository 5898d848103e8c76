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

export const InterpolationType = gasEnum('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX');

/** One point of a colour scale: its colour, and where it sits (MIN, MAX, or a value of a type). */
interface GradientPoint {
  color: string;
  type: GasEnumValue;
  value: string;
}

interface Gradient {
  min: GradientPoint | null;
  mid: GradientPoint | null;
  max: GradientPoint | null;
}

interface RuleParts {
  /** A colour scale instead of a true/false condition. */
  gradient: Gradient | null;
  criteria: GasEnumValue | null;
  criteriaValues: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: FakeRange[];
}

const copyParts = (parts: RuleParts): RuleParts => ({
  ...parts,
  gradient: parts.gradient && { ...parts.gradient },
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
          gradient: null,
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

  setGradientMinpoint(color: string): FakeConditionalFormatRuleBuilder {
    return this.gradientPoint('min', { color, type: InterpolationType.MIN, value: '' });
  }

  setGradientMaxpoint(color: string): FakeConditionalFormatRuleBuilder {
    return this.gradientPoint('max', { color, type: InterpolationType.MAX, value: '' });
  }

  setGradientMidpointWithValue(
    color: string,
    type: GasEnumValue,
    value: string,
  ): FakeConditionalFormatRuleBuilder {
    return this.gradientPoint('mid', { color, type, value });
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

  /** A rule is a colour scale or a condition, as in Sheets: setting one clears the other. */
  private gradientPoint(
    point: keyof Gradient,
    at: GradientPoint,
  ): FakeConditionalFormatRuleBuilder {
    this.parts.gradient = { min: null, mid: null, max: null, ...this.parts.gradient, [point]: at };
    this.parts.criteria = null;
    this.parts.criteriaValues = [];
    return this;
  }

  private when(criteria: GasEnumValue, ...values: unknown[]): FakeConditionalFormatRuleBuilder {
    this.parts.gradient = null;
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

  getGradientCondition(): FakeGradientCondition | null {
    return this.parts.gradient ? new FakeGradientCondition({ ...this.parts.gradient }) : null;
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

/** A colour scale's points, read back as Sheets gives them ('' for a point not set). */
export class FakeGradientCondition implements ServiceObject {
  readonly [SERVICE] = 'GradientCondition';

  constructor(private readonly gradient: Gradient) {}

  getMinColor(): string {
    return this.gradient.min?.color ?? '';
  }

  getMidColor(): string {
    return this.gradient.mid?.color ?? '';
  }

  getMidType(): GasEnumValue | null {
    return this.gradient.mid?.type ?? null;
  }

  getMidValue(): string {
    return this.gradient.mid?.value ?? '';
  }

  getMaxColor(): string {
    return this.gradient.max?.color ?? '';
  }
}
