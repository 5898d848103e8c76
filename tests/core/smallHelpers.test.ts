import { describe, expect, it } from 'vitest';
import { asTable } from '../../src/customFunctions/table';
import { escapeHtml } from '../../src/html';
import { languageOf } from '../../src/language';
import { describeProblem } from '../../src/problemText';

describe('languageOf', () => {
  it.each([
    ['ko', 'ko'],
    ['ko_KR', 'ko'],
    ['ko-KR', 'ko'],
    ['en_US', 'en'],
    ['kok_IN', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%j → %s', (locale, lang) => expect(languageOf(locale)).toBe(lang));
});

describe('escapeHtml', () => {
  it('neutralises markup and quotes', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('asTable', () => {
  it('turns what Sheets passes into a 2D array', () => {
    expect(asTable(5)).toEqual([[5]]);
    expect(asTable([[1, 2]])).toEqual([[1, 2]]);
    expect(asTable(undefined)).toEqual([]);
  });
});

describe('describeProblem', () => {
  const problem = { tab: 'Ledger', row: 7, column: 'Amount', value: 'abc', expected: 'an amount' };
  it('names the tab, row, column and value', () => {
    expect(describeProblem(problem, 'en')).toBe(
      'Ledger row 7, Amount: "abc" — expected an amount.',
    );
    expect(describeProblem({ ...problem, row: null, column: null, value: '' }, 'en')).toBe(
      'Ledger — expected an amount.',
    );
    expect(describeProblem({ ...problem, tab: '원장' }, 'ko')).toBe(
      '원장 7행, Amount: "abc" — 확인해 주세요 (expected an amount).',
    );
  });
});
