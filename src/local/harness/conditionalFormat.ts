import { gasEnum, type GasEnumValue } from './gasEnum';
import type { FakeRange } from './range';
import { SERVICE, type ServiceObject } from './serviceBoundary';

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
  /** The values of a true/false condition (whenTextEqualTo's text), null without one. */
  criteriaValues: unknown[] | null;
  ranges: FakeRange[];
}

/**
 * SpreadsheetApp.newConditionalFormatRule(): recorded, never applied to cells. The condition,
 * the colour scale and the ranges are kept for tests to read back; the format a condition sets
 * (background, font colour) is accepted and not kept (nothing reads it).
 */
export class FakeConditionalFormatRuleBuilder implements ServiceObject {
  readonly [SERVICE] = 'ConditionalFormatRuleBuilder';
  private parts: RuleParts = { gradient: null, criteriaValues: null, ranges: [] };

  whenTextEqualTo(text: string): FakeConditionalFormatRuleBuilder {
    this.parts.gradient = null;
    this.parts.criteriaValues = [text];
    return this;
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

  setBackground(_color: string | null): FakeConditionalFormatRuleBuilder {
    return this;
  }

  setFontColor(_color: string | null): FakeConditionalFormatRuleBuilder {
    return this;
  }

  setRanges(ranges: FakeRange[]): FakeConditionalFormatRuleBuilder {
    this.parts.ranges = ranges.slice();
    return this;
  }

  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule({
      gradient: this.parts.gradient && { ...this.parts.gradient },
      criteriaValues: this.parts.criteriaValues?.slice() ?? null,
      ranges: this.parts.ranges.slice(),
    });
  }

  /** A rule is a colour scale or a condition, as in Sheets: setting one clears the other. */
  private gradientPoint(
    point: keyof Gradient,
    at: GradientPoint,
  ): FakeConditionalFormatRuleBuilder {
    this.parts.gradient = { min: null, mid: null, max: null, ...this.parts.gradient, [point]: at };
    this.parts.criteriaValues = null;
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
    const values = this.parts.criteriaValues;
    return values ? new FakeBooleanCondition(values.slice()) : null;
  }

  getGradientCondition(): FakeGradientCondition | null {
    return this.parts.gradient ? new FakeGradientCondition({ ...this.parts.gradient }) : null;
  }
}

export class FakeBooleanCondition implements ServiceObject {
  readonly [SERVICE] = 'BooleanCondition';

  constructor(private readonly criteriaValues: unknown[]) {}

  getCriteriaValues(): unknown[] {
    return this.criteriaValues.slice();
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
