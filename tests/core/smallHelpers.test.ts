import { describe, expect, it } from 'vitest';
import { asTable } from '../../src/customFunctions/table';
import { escapeHtml } from '../../src/html';
import { languageOf } from '../../src/language';
import { translateExpected } from '../../src/messages';
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
    // An expectation from the catalogue is shown in Korean, with the right particle.
    const amount = {
      ...problem,
      tab: '원장',
      column: '금액',
      expected: 'an amount such as 12,345원 or US $12.34',
    };
    expect(describeProblem(amount, 'ko')).toBe(
      '원장 7행, 금액: "abc" — 12,345원이나 US $12.34 같은 금액이 필요합니다.',
    );
    // Text outside the catalogue stays as it is, followed by the particle its last letter takes.
    expect(describeProblem({ ...problem, tab: '원장', expected: '정수' }, 'ko')).toBe(
      '원장 7행, Amount: "abc" — 정수가 필요합니다.',
    );
  });
});

describe('translateExpected', () => {
  it('renders an English expectation from the catalogue in Korean, with its parameters', () => {
    expect(translateExpected('an FX rate for EUR in Settings', 'ko')).toBe('설정 탭에 EUR 환율이');
    expect(translateExpected('an FX rate for EUR in Settings', 'en')).toBe(
      'an FX rate for EUR in Settings',
    );
    expect(translateExpected('something the catalogue does not know', 'ko')).toBe(
      'something the catalogue does not know',
    );
  });
});
