import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiStatus } from '../../src/core/metrics/kpiStatus';

describe('kpiStatus', () => {
  it.each([
    // dispute rate < 2%: WARN up to 2% × 1.2 = 2.4% (edge included), BAD beyond
    [0.019, 0.02, 'below', 'OK'],
    [0.02, 0.02, 'below', 'WARN'],
    [0.023, 0.02, 'below', 'WARN'],
    [24 / 1000, 0.02, 'below', 'WARN'],
    [0.0241, 0.02, 'below', 'BAD'],
    [0.025, 0.02, 'below', 'BAD'],
    // response time < 12 h: WARN up to 14.4 h
    [14.4, 12, 'below', 'WARN'],
    [14.5, 12, 'below', 'BAD'],
    // margin ≥ 15%: WARN down to 15% × 0.8 = 12% (edge included)
    [0.15, 0.15, 'at-least', 'OK'],
    [0.13, 0.15, 'at-least', 'WARN'],
    [0.12, 0.15, 'at-least', 'WARN'],
    [0.119, 0.15, 'at-least', 'BAD'],
    // rating ≥ 4.7: WARN down to 3.76
    [4.2, 4.7, 'at-least', 'WARN'],
    [3.7, 4.7, 'at-least', 'BAD'],
    [-0.05, 0.15, 'at-least', 'BAD'],
  ] as const)('%s against %s (%s) is %s', (value, target, direction, status) => {
    expect(kpiStatus(value, target, direction)).toBe(status);
  });

  it('says NO DATA without a value', () => {
    expect(kpiStatus(null, 0.02, 'below')).toBe('NO DATA');
    expect(kpiStatus(Number.NaN, 0.02, 'below')).toBe('NO DATA');
  });

  it('never gets better as the value gets worse', () => {
    const rank = { OK: 0, WARN: 1, BAD: 2, 'NO DATA': 3 };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (a, b, target) => {
          const [better, worse] = a <= b ? [a, b] : [b, a];
          expect(rank[kpiStatus(better, target, 'below')]).toBeLessThanOrEqual(
            rank[kpiStatus(worse, target, 'below')],
          );
          expect(rank[kpiStatus(worse, target, 'at-least')]).toBeLessThanOrEqual(
            rank[kpiStatus(better, target, 'at-least')],
          );
        },
      ),
    );
  });
});
