import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ascending,
  median,
  pairedRatio,
  ratio,
  sum,
  sumOrNull,
} from '../../src/core/metrics/stats';

describe('stats', () => {
  it('sums in any order to the same bits', () => {
    expect(sum([0.1, 0.2, 0.3])).toBe(sum([0.3, 0.2, 0.1]));
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), (values) => {
        expect(sum([...values].reverse())).toBe(sum(values));
      }),
    );
  });

  it('adds whole amounts as they come, exactly, and anything else in ascending order', () => {
    // The oracle: ascending order, the rule the fast path must agree with bit for bit.
    const ascending = (values: number[]) =>
      [...values].sort((a, b) => a - b).reduce((total, value) => total + value, 0);
    const amount = fc.oneof(
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(2 ** 52, -(2 ** 52), 2 ** 53 - 1),
    );
    const valuesInTwoOrders = fc
      .array(amount)
      .chain((values) =>
        fc.tuple(
          fc.constant(values),
          fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
        ),
      );
    fc.assert(
      fc.property(valuesInTwoOrders, ([values, shuffled]) => {
        expect(sum(shuffled)).toBe(ascending(values));
      }),
    );
    // 2^53 + 1 is not a double: in the given order the 1s would vanish one by one.
    expect(sum([2 ** 53, 1, 1])).toBe(2 ** 53 + 2);
    expect(sum([1e300, 1e300, -1e300])).toBe(1e300);
  });

  it('gives no ratio over zero or a missing value', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(1, 1e-320)).toBeNull(); // would be Infinity
  });

  it('takes the middle value', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the middle of any list as a sort by comparison would', () => {
    // The oracle: the list sorted with a compare function, the way median read before.
    const middleOf = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    };
    fc.assert(
      fc.property(
        // −0 becomes 0: no time or count here is −0, and the two sorts may order them apart.
        fc.array(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((value) => value + 0),
          { minLength: 1 },
        ),
        (values) => {
          expect(median(values)).toBe(middleOf(values));
          expect([...ascending(values)]).toEqual([...values].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('sums the values present', () => {
    expect(sumOrNull([null, null])).toBeNull();
    expect(sumOrNull([2, null, 3])).toBe(5);
  });

  it('pairs numerator and denominator item by item', () => {
    const rows = [
      { clicks: 5, impressions: 100 },
      { clicks: 9, impressions: null }, // left out of both sums
      { clicks: null, impressions: 400 },
      { clicks: 15, impressions: 300 },
    ];
    // (5 + 15) / (100 + 300)
    expect(pairedRatio(rows, 'clicks', 'impressions')).toBe(0.05);
    expect(pairedRatio([{ clicks: 3, impressions: 0 }], 'clicks', 'impressions')).toBeNull();
  });
});
