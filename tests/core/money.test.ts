import { msg } from '../../src/core/text/messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney, type Money } from '../../src/core/read/money';

const EXPECTED = msg('expected.amount');

function parsedMoney(cell: unknown, format?: string): Money {
  const parsed = parseMoney(cell, format);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(cell)} to parse`);
  return parsed.value;
}

describe('parseMoney: text forms', () => {
  it.each([
    ['$12.34', 12.34, 'USD'],
    ['US $1,234.56', 1234.56, 'USD'],
    ['US $216.96', 216.96, 'USD'],
    ['₩12,000', 12000, 'KRW'],
    ['12,345원', 12345, 'KRW'],
    ['12,345 원', 12345, 'KRW'],
    ['￦5,000', 5000, 'KRW'],
    ['CN￥ 235.87', 235.87, 'CNY'],
    ['CN￥ 1,083.30', 1083.3, 'CNY'],
    ['-CN￥ 7.00', -7, 'CNY'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['(12.00)', -12, null],
    ['($1,234.50)', -1234.5, 'USD'],
    ['(12.00 USD)', -12, 'USD'],
    ['-12', -12, null],
    ['+12', 12, null],
    [' 12 ', 12, null],
    ['12.5 USD', 12.5, 'USD'],
    ['12.5USD', 12.5, 'USD'],
    ['USD 12.50', 12.5, 'USD'],
    ['$12.00 USD', 12, 'USD'],
    ['₩ -3,000', -3000, 'KRW'],
    ['$-12.34', -12.34, 'USD'],
    ['- $12.34', -12.34, 'USD'],
    ['1.234.567 ₫', 1234567, 'VND'],
    ['¥100', 100, 'CNY'],
    ['JP¥ 100', 100, 'JPY'],
    ['100円', 100, 'JPY'],
    ['RMB 99.9', 99.9, 'CNY'],
    ['12 руб.', 12, 'RUB'],
    ['12,50 zł', 12.5, 'PLN'],
    ['R$ 10,50', 10.5, 'BRL'],
    ['A$ 20', 20, 'AUD'],
    ['£3.20', 3.2, 'GBP'],
    ['.50', 0.5, null],
  ])('%j → %d %s', (text, amount, currency) => {
    expect(parsedMoney(text)).toEqual({ amount, currency });
  });
});

describe('parseMoney: ugly inputs from real exports', () => {
  it.each([
    ['\uFEFF12,345원', 12345, 'KRW'],
    ['12,345원\uFEFF', 12345, 'KRW'],
    ['US $216.96\n', 216.96, 'USD'],
    ['\u00A0$12.34\u00A0', 12.34, 'USD'],
    ['$\u00A012.34', 12.34, 'USD'],
    ['12\u00A0345,50 €', 12345.5, 'EUR'],
    ['12\u202F345,50 €', 12345.5, 'EUR'],
    ['１２,３４５원', 12345, 'KRW'],
    ['－１２．５', -12.5, null],
    ['\u221212.5', -12.5, null],
    ['CN\uFFE5 954.91', 954.91, 'CNY'],
  ])('%j → %d %s', (text, amount, currency) => {
    expect(parsedMoney(text)).toEqual({ amount, currency });
  });
});

describe('parseMoney: which mark is the decimal', () => {
  it.each([
    // a lone mark before exactly three digits groups thousands
    ['1,234', 1234],
    ['1.234', 1234],
    ['123,456', 123456],
    // otherwise a lone mark is the decimal mark
    ['1,23', 1.23],
    ['1.23', 1.23],
    ['1,2345', 1.2345],
    ['1234,567', 1234.567],
    ['0,125', 0.125],
    ['0.125', 0.125],
    // a repeated mark groups thousands
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    // both marks: the last one is the decimal mark
    ['12,345.6', 12345.6],
    ['12.345,6', 12345.6],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    // spaces and apostrophes only group
    ['1 234,56', 1234.56],
    ["1'234.56", 1234.56],
    ['1 234 567', 1234567],
  ])('%j → %d', (text, amount) => {
    expect(parsedMoney(text).amount).toBe(amount);
  });

  it('reads a lone mark as decimal in three-decimal currencies', () => {
    expect(parsedMoney('1.234 KWD')).toEqual({ amount: 1.234, currency: 'KWD' });
    expect(parsedMoney('1,234 KWD')).toEqual({ amount: 1.234, currency: 'KWD' });
  });

  it.each([
    '1,23,4',
    '1.234,5.6',
    '12.',
    '12,',
    '1,2,3',
    '1,234.567,8',
    '1 2',
    '12 3456',
    '1.23.4',
  ])('refuses malformed grouping %j', (text) => {
    expect(parseMoney(text)).toEqual({ ok: false, expected: EXPECTED });
  });
});

describe('parseMoney: number cells', () => {
  it.each([
    [12.34, undefined, 12.34, null],
    [-7, undefined, -7, null],
    [0, '', 0, null],
    [3, '\\$#,##0.00_)', 3, 'USD'],
    [3, '$#,##0.00', 3, 'USD'],
    [12000, '[$₩]#,##0', 12000, 'KRW'],
    [12000, '#,##0"원"', 12000, 'KRW'],
    [73.25, '0.00', 73.25, null],
  ])('%d with format %j → %d %s', (cell, format, amount, currency) => {
    expect(parsedMoney(cell, format)).toEqual({ amount, currency });
  });

  it('ignores the number format of a text cell: the text says what it is', () => {
    expect(parsedMoney('12.50', '[$₩]#,##0')).toEqual({ amount: 12.5, currency: null });
  });

  it('never returns negative zero', () => {
    expect(Object.is(parsedMoney('(0.00)').amount, 0)).toBe(true);
    expect(Object.is(parsedMoney('-0').amount, 0)).toBe(true);
  });
});

describe('parseMoney: garbage fails, never 0', () => {
  it.each([
    'abc',
    '12abc',
    'abc 12',
    '$',
    '--5',
    '+-5',
    '(-12)',
    '(12',
    '12)',
    '12-',
    '1-2',
    '$12 EUR',
    'XYZ 12',
    '12 ft',
    '',
    '   ',
    '\uFEFF',
    '1'.repeat(400),
  ])('%j', (text) => {
    expect(parseMoney(text)).toEqual({ ok: false, expected: EXPECTED });
  });

  it.each([null, undefined, true, false, new Date(2025, 0, 1), {}, [], NaN, Infinity, -Infinity])(
    '%j',
    (cell) => {
      expect(parseMoney(cell)).toEqual({ ok: false, expected: EXPECTED });
    },
  );
});

describe('parseMoney: an amount no shop has is a typo, not a number', () => {
  const TOO_BIG = { ok: false, expected: msg('expected.plausibleAmount') };

  it.each([1e15, -1e15, 'US $1,000,000,000,000,000'])('%j is read', (cell) => {
    expect(parseMoney(cell).ok).toBe(true);
  });

  it.each([1e15 + 1, -1e16, 1e308, Number.MAX_VALUE, '₩10,000,000,000,000,000', '(1e20)'])(
    '%j is refused',
    (cell) => {
      // '(1e20)' is no amount at all; every other one is a number past the bound.
      const expected = cell === '(1e20)' ? { ok: false, expected: EXPECTED } : TOO_BIG;
      expect(parseMoney(cell)).toEqual(expected);
    },
  );
});

describe('parseMoney: properties', () => {
  const usFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 });
  const germanFormat = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 });
  // French groups with U+202F, a narrow no-break space
  const frenchFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 });
  const wonFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

  type Style = (magnitude: number) => string;
  const centStyles: [Style, string][] = [
    [(n) => `$${usFormat.format(n)}`, 'USD'],
    [(n) => `US $${usFormat.format(n)}`, 'USD'],
    [(n) => `CN￥ ${usFormat.format(n)}`, 'CNY'],
    [(n) => `${germanFormat.format(n)} €`, 'EUR'],
    [(n) => `${frenchFormat.format(n)} €`, 'EUR'],
    [(n) => `${usFormat.format(n)} USD`, 'USD'],
    [(n) => `GBP ${usFormat.format(n)}`, 'GBP'],
  ];
  const wonStyles: [Style, string][] = [
    [(n) => `₩${wonFormat.format(n)}`, 'KRW'],
    [(n) => `${wonFormat.format(n)}원`, 'KRW'],
  ];
  const negativeForms: ((text: string) => string)[] = [
    (text) => `-${text}`,
    (text) => `(${text})`,
    (text) => text.replace(/(\d)/, '-$1'),
  ];

  function expectRoundTrip(amount: number, style: [Style, string], negate: number): void {
    const [format, currency] = style;
    const text = amount < 0 ? negativeForms[negate](format(-amount)) : format(amount);
    const money = parsedMoney(text);
    expect(money.currency).toBe(currency);
    expect(Math.abs(money.amount - amount)).toBeLessThanOrEqual(1e-9);
  }

  it('reads back an amount in cents formatted in several styles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }),
        fc.constantFrom(...centStyles),
        fc.integer({ min: 0, max: negativeForms.length - 1 }),
        (cents, style, negate) => expectRoundTrip(cents / 100, style, negate),
      ),
    );
  });

  it('reads back whole won formatted in several styles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.constantFrom(...wonStyles),
        fc.integer({ min: 0, max: negativeForms.length - 1 }),
        (won, style, negate) => expectRoundTrip(won, style, negate),
      ),
    );
  });

  it('never answers NaN or Infinity, nor an amount past a thousand trillion', () => {
    const moneyish = fc.string({ unit: fc.constantFrom(...'0123456789.,-+() $₩원€¥'.split('')) });
    fc.assert(
      fc.property(fc.oneof(moneyish, fc.string(), fc.double(), fc.anything()), (cell) => {
        const parsed = parseMoney(cell);
        if (parsed.ok) expect(Math.abs(parsed.value.amount)).toBeLessThanOrEqual(1e15);
        else expect([EXPECTED, msg('expected.plausibleAmount')]).toContainEqual(parsed.expected);
      }),
    );
  });
});
