export type KpiStatus = 'OK' | 'WARN' | 'BAD' | 'NO DATA';

/** 'at-least': the value should reach the target (margin ≥ 15%); 'below': stay under it. */
export type KpiDirection = 'at-least' | 'below';

/** A KPI that misses its target by at most this share of the target is WARN, not BAD (docs/rules.md §5). */
export const WARN_SHARE_OF_TARGET = 0.2;

/**
 * Slack for binary fractions, relative to the target: 0.02 × 1.2 is 0.024000000000000004 in
 * floating point, and a dispute rate of exactly 2.4% against 2% must stay on the WARN edge.
 */
const ROUNDING_SLACK = 1e-9;

/**
 * OK when the target is met ('below' is strict: a dispute rate of exactly 2% against "< 2%"
 * misses it); WARN when missed by at most 20% of the target (the edge included: 2.4% against
 * < 2%, 12% against ≥ 15%); BAD beyond; NO DATA without a value.
 * @example kpiStatus(0.023, 0.02, 'below') // 'WARN'
 */
export function kpiStatus(
  value: number | null,
  target: number,
  direction: KpiDirection,
): KpiStatus {
  if (value === null || !Number.isFinite(value)) return 'NO DATA';
  const met = direction === 'at-least' ? value >= target : value < target;
  if (met) return 'OK';
  const missedBy = Math.abs(value - target);
  const tolerance = Math.abs(target) * (WARN_SHARE_OF_TARGET + ROUNDING_SLACK);
  return missedBy <= tolerance ? 'WARN' : 'BAD';
}
