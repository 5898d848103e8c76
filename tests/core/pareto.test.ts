import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoClass } from '../../src/core/metrics/pareto';

const classes = (margins: number[]): string =>
  paretoClass(
    margins.map((realMargin, i) => ({ sku: `S${String(i).padStart(2, '0')}`, realMargin })),
  )
    .map((row) => row.class)
    .join('');

describe('paretoClass', () => {
  it('gives 5 SKUs one A and one C', () => {
    // ⌈5 / 5⌉ = 1 each way.
    expect(
      paretoClass([
        { sku: 'D', realMargin: 100 },
        { sku: 'A', realMargin: 500 },
        { sku: 'E', realMargin: 50 },
        { sku: 'B', realMargin: 300 },
        { sku: 'C', realMargin: 200 },
      ]),
    ).toEqual([
      { sku: 'A', realMargin: 500, class: 'A' },
      { sku: 'B', realMargin: 300, class: 'B' },
      { sku: 'C', realMargin: 200, class: 'B' },
      { sku: 'D', realMargin: 100, class: 'B' },
      { sku: 'E', realMargin: 50, class: 'C' },
    ]);
  });

  it('gives 40 SKUs 8 A, 24 B and 8 C', () => {
    const margins = Array.from({ length: 40 }, (_, i) => 1_000 - i * 10);
    expect(classes(margins)).toBe(`${'A'.repeat(8)}${'B'.repeat(24)}${'C'.repeat(8)}`);
  });

  it('rounds a fifth up, and A wins where top and bottom overlap', () => {
    expect(classes([10])).toBe('A');
    expect(classes([10, 5])).toBe('AC');
    expect(classes([10, 9, 8])).toBe('ABC');
    expect(classes([7, 6, 5, 4, 3, 2, 1])).toBe('AABBBCC'); // ⌈7 / 5⌉ = 2
    expect(classes([])).toBe('');
  });

  it('puts every negative margin in C, even at the top; zero is not negative', () => {
    expect(classes([100, 50, 0, -5, -10])).toBe('ABBCC');
    expect(classes([-1])).toBe('C');
    expect(classes([-1, -2, -3, -4, -5, -6])).toBe('CCCCCC');
  });

  it('gives equal margins one class, the class of the first of them', () => {
    const rows = paretoClass([
      { sku: 'b', realMargin: 100 },
      { sku: 'a', realMargin: 100 },
      { sku: 'c', realMargin: 100 },
    ]);
    expect(rows.map((row) => `${row.sku}${row.class}`)).toEqual(['aA', 'bA', 'cA']);
    // No SKU is graded down for its name: the tied bottom three are B, none C.
    expect(classes([300, 200, 50, 50, 50])).toBe('ABBBB');
    expect(classes([300, 100, 100, 100, 50])).toBe('ABBBC');
    expect(classes([100.004, 100, 90])).toBe('AAC'); // equal to the cent
    // Earning nothing is never A, however many tie: the zeros are B, the top one alone A.
    expect(classes([500, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('ABBBBBBBBB');
    expect(classes([0, 0, 0, 0, 0])).toBe('BBBBB');
    expect(classes([0.001, -0.001, 5])).toBe('ABB'); // both round to 0: a tie, and B
  });

  it('does not depend on row order', () => {
    const input = fc
      .uniqueArray(
        fc.record({
          sku: fc.string({ maxLength: 3 }),
          realMargin: fc.integer({ min: -50, max: 50 }),
        }),
        { selector: (row) => row.sku, maxLength: 30 },
      )
      .chain((rows) =>
        fc
          .shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })
          .map((shuffled) => ({ rows, shuffled })),
      );
    fc.assert(
      fc.property(input, ({ rows, shuffled }) => {
        const result = paretoClass(rows);
        expect(paretoClass(shuffled)).toEqual(result);
        const count = (c: string): number => result.filter((row) => row.class === c).length;
        const distinct = new Set(rows.map((row) => row.realMargin)).size === rows.length;
        if (distinct) expect(count('A')).toBeLessThanOrEqual(Math.ceil(rows.length / 5));
        expect(count('A') + count('B') + count('C')).toBe(rows.length);
        for (const row of result) {
          const tied = result.filter((other) => other.realMargin === row.realMargin);
          expect(new Set(tied.map((other) => other.class)).size).toBe(1);
        }
      }),
    );
  });
});
