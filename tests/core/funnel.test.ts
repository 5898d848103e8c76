import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnel } from '../../src/core/metrics/funnel';
import type { TrafficRow } from '../../src/core/read/records';
import { expectAllFinite, listAndShuffled, seoul, septemberInstant } from './metricFixtures';

const week = { start: seoul('2025-09-01'), end: seoul('2025-09-08') };
const settings = { categoryConversion: 0.02 };

type Counts = [number | null, number | null, number | null, number | null, number | null];

function trafficRow(
  start: Date,
  [impressions, visitors, cart, ordering, paying]: Counts,
): TrafficRow {
  return {
    row: 2,
    start,
    end: start,
    productId: null,
    impressions,
    visitors,
    cart,
    ordering,
    paying,
  };
}

describe('funnel', () => {
  it('sums the rows of the period, pro rata at its edges, and finds the weakest stage', () => {
    const result = funnel(
      [
        trafficRow(seoul('2025-09-01'), [10_000, 200, 10, 4, 3]),
        trafficRow(seoul('2025-09-03'), [5_000, 100, 10, 6, 5]),
        trafficRow(seoul('2025-08-25'), [99_999, 999, 99, 9, 9]), // before the period
        // A weekly row with 1 of its 7 days in the period counts 1/7 of it ...
        { ...trafficRow(seoul('2025-09-07'), [7_000, 140, 7, 7, 7]), end: seoul('2025-09-13') },
        // ... and one with 4 of them (09-01 … 09-04) 4/7: a window never drops a week it cuts.
        { ...trafficRow(seoul('2025-08-29'), [7_000, 140, 14, 7, 7]), end: seoul('2025-09-04') },
      ],
      week,
      settings,
    );
    // 10,000 + 5,000 + 1,000 + 4,000 → 200 + 100 + 20 + 80 → 10 + 10 + 1 + 8 → 4 + 6 + 1 + 4 → 3 + 5 + 1 + 4
    const counts = result.steps.map((step) => step.count);
    [20_000, 400, 29, 15, 13].forEach((count, i) => expect(counts[i]).toBeCloseTo(count, 9));
    const conversions = result.steps.map((step) => step.conversion);
    expect(conversions[0]).toBeNull();
    expect(conversions[1]).toBeCloseTo(0.02, 12);
    expect(conversions[2]).toBeCloseTo(29 / 400, 12);
    expect(conversions[3]).toBeCloseTo(15 / 29, 12);
    expect(conversions[4]).toBeCloseTo(13 / 15, 12);
    expect(result.steps[2].drop).toBeCloseTo(1 - 29 / 400, 12);
    // click 2% ÷ 3% = 0.67 of its benchmark, cart 7.25% ÷ 8% = 0.91, order 13/29 = 45% ≥ 30%
    expect(result.weakestStep).toBe('click');
    expect(result.advice?.ko).toContain('썸네일과 제목');
    expect(result.advice?.en).toContain('thumbnail');
    // 13 paying ÷ 400 visitors = 3.25% ≥ the 2% category average
    expect(result.conversion).toBeCloseTo(0.0325, 12);
    expect(result.status).toBe('OK');
  });

  it('takes each rate over the rows that have both counts', () => {
    const result = funnel(
      [
        trafficRow(seoul('2025-09-02'), [null, 100, null, null, 1]),
        trafficRow(seoul('2025-09-02'), [1_000, 50, 10, 3, 2]),
      ],
      week,
      settings,
    );
    expect(result.steps.map((step) => step.count)).toEqual([1_000, 150, 10, 3, 3]);
    // visitors ÷ impressions from the second row only: 50 / 1,000
    expect(result.steps[1].conversion).toBeCloseTo(0.05, 12);
    // paying ÷ visitors over both rows: 3 / 150 = 2%, exactly the category average
    expect(result.conversion).toBeCloseTo(0.02, 12);
    expect(result.status).toBe('OK');
    // order stage: paying ÷ cart of the second row, 2 / 10 = 20% < 30%
    expect(result.weakestStep).toBe('order');
    expect(result.advice?.ko).toContain('배송·반품 정책');
  });

  it('gives the cart advice and a WARN when carts are the problem', () => {
    // click 300/10,000 = 3% (met), cart 12/300 = 4% (half its 8%), order 5/12 ≥ 30%
    const result = funnel(
      [trafficRow(seoul('2025-09-05'), [10_000, 300, 12, 6, 5])],
      week,
      settings,
    );
    expect(result.weakestStep).toBe('cart');
    expect(result.advice?.ko).toContain('가격과 쿠폰');
    // 5 / 300 = 1.67%: short of 2% by less than 20% of it (≥ 1.6%)
    expect(result.status).toBe('WARN');
  });

  it('has no weakest step when every stage meets its benchmark', () => {
    const result = funnel(
      [trafficRow(seoul('2025-09-05'), [1_000, 100, 10, 5, 4])],
      week,
      settings,
    );
    expect(result.weakestStep).toBeNull();
    expect(result.advice).toBeNull();
    expect(result.unmeasured).toEqual([]);
  });

  it('says NO DATA without rows', () => {
    const result = funnel([], week, settings);
    expect(result.steps.every((step) => step.count === null && step.conversion === null)).toBe(
      true,
    );
    expect(result).toMatchObject({ weakestStep: null, advice: null, conversion: null });
    expect(result.unmeasured).toEqual(['click', 'cart', 'order']);
    expect(result.status).toBe('NO DATA');
  });

  it('does not depend on row order and never gives NaN or Infinity', () => {
    const count = fc.option(fc.nat(5_000), { nil: null });
    const row = fc
      .tuple(septemberInstant, count, count, count, count, count)
      .map(([start, ...counts]) => trafficRow(start, counts as Counts));
    fc.assert(
      fc.property(listAndShuffled(row), ([rows, shuffled]) => {
        const result = funnel(rows, week, settings);
        expect(funnel(shuffled, week, settings)).toEqual(result);
        expectAllFinite(result);
      }),
    );
  });
});
