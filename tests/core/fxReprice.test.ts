import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FxRate } from '../../src/core/metrics/fx';
import { fxReprice } from '../../src/core/metrics/fxReprice';

const kst = (text: string): Date => new Date(`${text}T00:00:00+09:00`);
const rate = (currency: string, value: number, from: string | null): FxRate => ({
  currency,
  rate: value,
  from: from === null ? null : kst(from),
});

const RATES = [
  rate('USD', 1339, '2025-09-01'),
  rate('USD', 1300, null), // the undated rate is the first on record
  rate('USD', 1320, '2025-06-01'),
  rate('CNY', 190, '2025-01-01'),
  rate('cny', 184.3, '2025-05-01'), // currencies ignore case
  rate('JPY', 9, '2025-01-01'),
  rate('JPY', 9.5, '2025-01-01'), // same date: the later row wins, as in FxTable
  rate('JPY', 9.5, '2025-09-01'),
  rate('EUR', 1600, '2025-10-01'), // not yet in force
];

describe('fxReprice', () => {
  it('compares the rate in force now with the first rate on record', () => {
    expect(fxReprice(RATES, kst('2025-09-15'))).toEqual([
      // 184.3 / 190 − 1 = −3%: the threshold counts both ways, and at exactly 3%.
      { currency: 'CNY', rateThen: 190, rateNow: 184.3, change: 184.3 / 190 - 1, alert: true },
      { currency: 'JPY', rateThen: 9.5, rateNow: 9.5, change: 0, alert: false },
      { currency: 'USD', rateThen: 1300, rateNow: 1339, change: 1339 / 1300 - 1, alert: true },
    ]);
  });

  it('uses the rate in force on the as-of date, and the threshold given', () => {
    const [, , usd] = fxReprice(RATES, kst('2025-08-01'));
    expect(usd).toMatchObject({ rateNow: 1320, alert: false }); // +1.5%
    expect(fxReprice(RATES, kst('2025-09-15'), 0.05).some((row) => row.alert)).toBe(false);
    expect(fxReprice(RATES, kst('2025-10-01')).map((row) => row.currency)).toContain('EUR');
  });

  it('gives nothing without rates, and no row for a currency not yet in force', () => {
    expect(fxReprice([], kst('2025-09-15'))).toEqual([]);
    expect(fxReprice([rate('EUR', 1600, '2025-10-01')], kst('2025-09-15'))).toEqual([]);
  });

  it('does not depend on the order of currencies and never gives NaN', () => {
    const aRate = fc
      .record({
        currency: fc.constantFrom('USD', 'CNY', 'EUR'),
        value: fc.integer({ min: 1, max: 2000 }),
        day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
      })
      .map(({ currency, value, day }) =>
        rate(currency, value, day === null ? null : `2025-09-${String(day).padStart(2, '0')}`),
      );
    fc.assert(
      fc.property(fc.array(aRate, { maxLength: 12 }), (rates) => {
        const rows = fxReprice(rates, kst('2025-09-15'));
        const byCurrency = (currency: string): FxRate[] =>
          rates.filter((r) => r.currency === currency);
        // Reordering whole currencies keeps each currency's own rows (and their ties) in order.
        const reordered = [...byCurrency('EUR'), ...byCurrency('USD'), ...byCurrency('CNY')];
        expect(fxReprice(reordered, kst('2025-09-15'))).toEqual(rows);
        for (const row of rows) expect(Number.isFinite(row.change)).toBe(true);
      }),
    );
  });
});
