import { describe, expect, it } from 'vitest';
import { currencyFromNumberFormat, currencyFromSymbol } from '../../src/core/read/currency';

describe('currencyFromSymbol', () => {
  it.each([
    ['$', 'USD'],
    ['US $', 'USD'],
    ['US$', 'USD'],
    ['USD', 'USD'],
    ['usd', 'USD'],
    ['₩', 'KRW'],
    ['원', 'KRW'],
    // What a Korean seller types in a 통화 cell.
    ['원화', 'KRW'],
    ['Won', 'KRW'],
    ['달러', 'USD'],
    ['위안', 'CNY'],
    ['엔', 'JPY'],
    ['유로', 'EUR'],
    ['KRW', 'KRW'],
    ['￦', 'KRW'],
    ['CN￥', 'CNY'],
    ['CN¥', 'CNY'],
    ['CNY', 'CNY'],
    ['RMB', 'CNY'],
    ['元', 'CNY'],
    ['¥', 'CNY'],
    ['￥', 'CNY'],
    ['JP¥', 'JPY'],
    ['JPY', 'JPY'],
    ['円', 'JPY'],
    ['€', 'EUR'],
    ['EUR', 'EUR'],
    ['£', 'GBP'],
    ['GBP', 'GBP'],
    ['₽', 'RUB'],
    ['RUB', 'RUB'],
    ['руб', 'RUB'],
    ['руб.', 'RUB'],
    ['R$', 'BRL'],
    ['zł', 'PLN'],
    ['PLN', 'PLN'],
    ['A$', 'AUD'],
    ['C$', 'CAD'],
    ['HK$', 'HKD'],
    ['₫', 'VND'],
    ['KWD', 'KWD'],
  ])('%j → %s', (symbol, code) => {
    expect(currencyFromSymbol(symbol)).toBe(code);
  });

  it.each(['', ' ', 'abc', 'XYZ', 'US', 'kr', 'ft', '$$', '12'])('%j names no currency', (text) => {
    expect(currencyFromSymbol(text)).toBeNull();
  });
});

describe('currencyFromNumberFormat', () => {
  it.each([
    ['$#,##0.00', 'USD'],
    ['$#,##0.00_)', 'USD'],
    ['\\$#,##0.00_)', 'USD'],
    ['[$$-409]#,##0.00', 'USD'],
    ['"US$"#,##0.00', 'USD'],
    ['_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)', 'USD'],
    ['[$₩]#,##0', 'KRW'],
    ['[$₩-412]#,##0', 'KRW'],
    ['₩#,##0', 'KRW'],
    ['#,##0"원"', 'KRW'],
    ['#,##0 "원"', 'KRW'],
    ['[$€-407] #,##0.00', 'EUR'],
    ['#,##0.00 €', 'EUR'],
    ['[$USD] #,##0', 'USD'],
    ['[$CN¥]#,##0.00', 'CNY'],
    ['[Red][$€-407]#,##0.00', 'EUR'],
  ])('%j → %s', (format, code) => {
    expect(currencyFromNumberFormat(format)).toBe(code);
  });

  it.each([
    '0.00',
    '@',
    '',
    'General',
    '#,##0',
    '0.00%',
    '[Red]0.00',
    '[$-412]yyyy-mm-dd',
    'yyyy"년" m"월" d"일"',
    '#,##0_);(#,##0)',
    '0.00;"$"0.00', // only the first (positive) section decides
  ])('%j names no currency', (format) => {
    expect(currencyFromNumberFormat(format)).toBeNull();
  });
});
