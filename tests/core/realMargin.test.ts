import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEDGER_TYPES, type LedgerType } from '../../src/core/ledger/ledgerType';
import {
  emptyTotals,
  ledgerTotals,
  marginRate,
  realMargin,
} from '../../src/core/metrics/realMargin';

const entry = (type: LedgerType, baseAmount: number) => ({ type, baseAmount });

describe('realMargin', () => {
  it('subtracts every cost type from sales (docs/rules.md §4)', () => {
    const totals = ledgerTotals([
      entry('sale', 1_000_000),
      entry('refund', 50_000),
      entry('cogs', 300_000),
      entry('shipping', 80_000),
      entry('packaging', 10_000),
      entry('fee', 80_000),
      entry('affiliate', 12_000),
      entry('ad', 60_000),
      entry('coupon', 20_000),
      entry('penalty', 5_000),
      entry('other', 3_000),
    ]);
    expect(realMargin(totals)).toBe(380_000);
    expect(marginRate(totals)).toBeCloseTo(0.38, 12);
  });

  it('honours a negative amount as a reversal', () => {
    const totals = ledgerTotals([entry('sale', 100), entry('fee', 8), entry('fee', -3)]);
    expect(totals.fee).toBe(5);
    expect(realMargin(totals)).toBe(95);
  });

  it('has no margin rate without sales', () => {
    expect(marginRate(ledgerTotals([entry('ad', 10)]))).toBeNull();
    expect(realMargin(emptyTotals())).toBe(0);
  });

  it('of a concatenation equals the sum of the parts, in any order', () => {
    const anEntry = fc.record({
      type: fc.constantFrom(...LEDGER_TYPES),
      baseAmount: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(anEntry), fc.array(anEntry), (a, b) => {
        const whole = realMargin(ledgerTotals([...a, ...b]));
        expect(whole).toBe(realMargin(ledgerTotals(a)) + realMargin(ledgerTotals(b)));
        expect(realMargin(ledgerTotals([...b, ...a].reverse()))).toBe(whole);
      }),
    );
  });
});
