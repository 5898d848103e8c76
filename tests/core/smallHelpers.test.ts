import { describe, expect, it } from 'vitest';
import { asTable } from '../../src/core/functions/table';
import { escapeHtml } from '../../src/core/text/html';
import { languageOf } from '../../src/core/text/language';
import { msg, t } from '../../src/core/text/messages';
import { describeProblem } from '../../src/core/text/problemText';

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
  const problem = {
    tab: 'Ledger',
    row: 7,
    column: 'Amount',
    value: 'abc',
    expected: msg('expected.amount'),
  };
  it('names the tab, row, column and value, whole in each language', () => {
    expect(describeProblem(problem, 'en')).toBe(
      'Ledger row 7, Amount: "abc" — expected an amount such as 12,345원 or US $12.34.',
    );
    expect(describeProblem({ ...problem, row: null, column: null, value: '' }, 'en')).toBe(
      'Ledger — expected an amount such as 12,345원 or US $12.34.',
    );
    const korean = { ...problem, tab: '원장', column: '금액' };
    expect(describeProblem(korean, 'ko')).toBe(
      '원장 7행, 금액: "abc" — 12,345원이나 US $12.34 같은 금액이 필요합니다.',
    );
  });

  it('renders parameters that are words in the same language, and cuts a huge value', () => {
    const fx = {
      ...problem,
      value: 'x'.repeat(500),
      expected: msg('expected.fxRateFor', { currency: 'EUR' }),
    };
    const sentence = describeProblem(fx, 'ko');
    expect(sentence).toBe(
      `Ledger 7행, Amount: "${'x'.repeat(79)}…" — 설정 탭에 EUR 환율이 필요합니다.`,
    );
  });
});

describe('t', () => {
  it('picks the English plural form by {count}; Korean has one', () => {
    const cost = (count: number) => ({ sku: 'A-1', count, order: '3061' });
    expect(t('expected.unitCostFor', 'en', cost(1))).toBe(
      'a unit cost for SKU A-1: its COGS is left out of 1 order, 3061',
    );
    expect(t('expected.unitCostFor', 'en', cost(3))).toBe(
      'a unit cost for SKU A-1: its COGS is left out of 3 orders, e.g. 3061',
    );
    expect(t('expected.unitCostFor', 'ko', cost(3))).toBe(
      '원가가 빠진 주문 3건(예: 3061)에 쓸 SKU A-1의 원가가',
    );
  });
});
