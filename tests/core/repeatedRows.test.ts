import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepeatedRows } from '../../src/core/read/repeatedRows';

const rowOf = (cells: readonly unknown[]) => ({ cells: () => cells });

/** The rule as first written: each row joined into one text, a text seen before is a repeat. */
function joinedTextRepeats(rows: ReadonlyArray<readonly unknown[]>): boolean[] {
  const seen = new Set<string>();
  return rows.map((cells) => {
    const text = cells
      .map((cell) => (cell instanceof Date ? `@${cell.getTime()}` : String(cell)))
      .join('\u001f');
    if (seen.has(text)) return true;
    seen.add(text);
    return false;
  });
}

describe('RepeatedRows', () => {
  it('counts a row that repeats an earlier one cell for cell', () => {
    const repeats = new RepeatedRows();
    const answers = [
      ['2025-09-01', '交易放款', 'US $25.00'],
      ['2025-09-01', '交易放款', 'US $25.01'],
      ['2025-09-01', '交易放款', 'US $25.00'],
      ['2025-09-01', '交易放款', 'US $25.00'],
    ].map((cells) => repeats.isRepeat(rowOf(cells)));
    expect(answers).toEqual([false, false, true, true]);
    expect(repeats.count).toBe(2);
  });

  it('takes cells that read the same as the same: digits as text or number, Dates of one instant', () => {
    const repeats = new RepeatedRows();
    expect(repeats.isRepeat(rowOf([new Date(1_000), 5, 'a', true, Number.NaN]))).toBe(false);
    expect(repeats.isRepeat(rowOf([new Date(1_000), '5', 'a', 'true', 'NaN']))).toBe(true);
    expect(repeats.isRepeat(rowOf([new Date(1_001), '5', 'a', 'true', 'NaN']))).toBe(false);
  });

  it('keeps apart rows whose texts only join the same', () => {
    const repeats = new RepeatedRows();
    expect(repeats.isRepeat(rowOf(['ab', 'c']))).toBe(false);
    expect(repeats.isRepeat(rowOf(['a', 'bc']))).toBe(false);
    expect(repeats.isRepeat(rowOf(['ab', 'c', '']))).toBe(false);
  });

  it('compares rows cell by cell when their hashes meet', () => {
    // 'costarring' and 'liquid' have the same 32-bit FNV-1a hash.
    const repeats = new RepeatedRows();
    expect(repeats.isRepeat(rowOf(['costarring']))).toBe(false);
    expect(repeats.isRepeat(rowOf(['liquid']))).toBe(false);
    expect(repeats.isRepeat(rowOf(['liquid']))).toBe(true);
    expect(repeats.isRepeat(rowOf(['costarring']))).toBe(true);
  });

  it('agrees with the joined-text rule on any rows of one width', () => {
    // Few distinct values, so that repeats and equal hashes of different rows both happen.
    const cell = fc.oneof(
      fc.constantFrom('', 'a', 'b', '5', ' 5', 'NaN', '-0', '0', '@1000', 'true', 'null'),
      fc.constantFrom(5, 0, -0, Number.NaN, 1.5, true, false, null, undefined),
      fc.constantFrom(1000, 2000).map((ms) => new Date(ms)),
    );
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 40 }),
          ),
        (rows) => {
          const repeats = new RepeatedRows();
          const answers = rows.map((cells) => repeats.isRepeat(rowOf(cells)));
          const expected = joinedTextRepeats(rows);
          expect(answers).toEqual(expected);
          expect(repeats.count).toBe(expected.filter(Boolean).length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
