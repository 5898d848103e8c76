import { describe, expect, it } from 'vitest';
import { isBlank, normalizeText } from '../../src/core/read/cell';

describe('isBlank', () => {
  it.each(['', null, undefined, ' ', '\n', '\t \r\n', '\u00A0', '\uFEFF', '\u3000'])(
    '%j is blank',
    (cell) => {
      expect(isBlank(cell)).toBe(true);
    },
  );

  it.each([0, false, 'x', ' 0 ', 'null', new Date(0), NaN])('%j is not blank', (cell) => {
    expect(isBlank(cell)).toBe(false);
  });
});

describe('normalizeText', () => {
  it.each([
    ['\uFEFFCN￥ 1,083.30\n', 'CN¥ 1,083.30'],
    ['１２，３４５원', '12,345원'],
    ['12\u00A0345  €', '12 345 €'],
    ['\u22127', '-7'],
    ['a\u200Bb', 'ab'],
  ])('%j → %j', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized);
  });
});
