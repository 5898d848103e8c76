import { msg } from '../../src/core/text/messages';
import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../src/core/read/percent';

const EXPECTED = msg('expected.percent');

describe('parsePercent', () => {
  it.each([
    [0.08, 0.08],
    [0.003, 0.003],
    [0, 0],
    [1, 1], // a bare 1 is a fraction: 100%
    [8, 0.08], // a bare number above 1 is percent points
    [15, 0.15],
    ['8%', 0.08],
    ['8 %', 0.08],
    ['８％', 0.08],
    ['12.34%', 0.1234],
    ['12,34%', 0.1234],
    ['0.3%', 0.003],
    ['100%', 1],
    ['150%', 1.5],
    ['1,234%', 0.01234], // a lone mark in a percentage is a decimal mark
    ['0.08', 0.08],
    ['8', 0.08],
    [' 2% ', 0.02],
    ['\uFEFF4.7%', 0.047],
  ])('%j → %d', (cell, fraction) => {
    const parsed = parsePercent(cell);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBeCloseTo(fraction, 12);
  });

  it.each([-0.08, '-8%', '-0.08', 'abc', '', '%', '8%%', '8 percent', NaN, Infinity, null, true])(
    'refuses %j',
    (cell) => {
      expect(parsePercent(cell)).toEqual({ ok: false, expected: EXPECTED });
    },
  );
});
