import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';

const seoulDay = (day: string) => new Date(`${day}T00:00:00+09:00`);

describe('FxTable', () => {
  // Dated rows given out of order on purpose: the table sorts them.
  const table = new FxTable('KRW', [
    { currency: 'USD', rate: 1400, from: seoulDay('2025-10-01') },
    { currency: 'USD', rate: 1300, from: null },
    { currency: 'USD', rate: 1380, from: seoulDay('2025-09-01') },
    { currency: 'cny', rate: 190, from: null },
    { currency: 'EUR', rate: 1500, from: seoulDay('2025-09-01') },
    // a later row for the same day wins
    { currency: 'EUR', rate: 1550, from: seoulDay('2025-09-01') },
  ]);

  it.each([
    ['KRW', '2025-09-15T12:00:00+09:00', 1],
    ['krw', null, 1],
    ['USD', '2025-08-31T23:59:59+09:00', 1300], // before any dated rate: the undated one
    ['USD', '2025-09-01T00:00:00+09:00', 1380], // a rate applies from its first instant
    ['USD', '2025-09-15T12:00:00+09:00', 1380],
    ['USD', '2025-10-01T08:00:00+09:00', 1400],
    ['USD', '2026-06-01T00:00:00+09:00', 1400],
    ['USD', null, 1400], // no date: the newest rate
    [' usd ', '2025-09-15T12:00:00+09:00', 1380],
    ['CNY', '2020-01-01T00:00:00Z', 190],
    ['CNY', null, 190],
    ['EUR', '2025-08-31T12:00:00+09:00', null], // only dated rates, none yet
    ['EUR', '2025-09-02T12:00:00+09:00', 1550],
    ['EUR', null, 1550],
    ['JPY', '2025-09-02T12:00:00+09:00', null],
  ])('rateOn(%j, %s) → %s', (currency, iso, rate) => {
    expect(table.rateOn(currency, iso === null ? null : new Date(iso))).toBe(rate);
  });

  it.each([
    [12.34, 'USD', '2025-09-15T12:00:00+09:00', 17029.2],
    [-7, 'CNY', '2025-09-27T06:07:16+09:00', -1330],
    [12345, 'KRW', null, 12345],
    [0.01, 'USD', '2025-10-02T00:00:00+09:00', 14],
  ])('convert(%d, %s, %s) → %d', (amount, currency, iso, converted) => {
    expect(table.convert(amount, currency, iso === null ? null : new Date(iso))).toBeCloseTo(
      converted,
      9,
    );
  });

  it('gives no amount for a currency without a rate, never the raw amount', () => {
    expect(table.convert(100, 'JPY', new Date('2025-09-15T00:00:00Z'))).toBeNull();
    expect(table.convert(100, 'EUR', new Date('2025-08-01T00:00:00Z'))).toBeNull();
  });

  it('treats the base currency case-insensitively', () => {
    const usdBase = new FxTable('usd', []);
    expect(usdBase.rateOn('USD', null)).toBe(1);
    expect(usdBase.convert(5, 'KRW', null)).toBeNull();
  });
});
