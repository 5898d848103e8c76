import { msg } from '../../src/core/text/messages';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/core/read/count';

const EXPECTED = msg('expected.count');

describe('parseCount', () => {
  it.each([
    [12, 12],
    [0, 0],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1,234,567', 1234567],
    [' 12 ', 12],
    ['0', 0],
    ['１２', 12],
  ])('%j → %d', (cell, count) => {
    expect(parseCount(cell)).toEqual({ ok: true, value: count });
  });

  it.each(['', '  ', null, undefined, -1, '-5', 1.5, '1.5', '1,23', '12abc', NaN, Infinity, true])(
    'refuses %j',
    (cell) => {
      expect(parseCount(cell)).toEqual({ ok: false, expected: EXPECTED });
    },
  );
});
