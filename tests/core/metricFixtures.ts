/** Shared fixtures of the reader and metric tests: a read context, Seoul times, invariants. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import type { ReadContext } from '../../src/core/read/readContext';

export const TIME_ZONE = 'Asia/Seoul';

/** A wall-clock time in Seoul ('2025-09-01 09:00' or '2025-09-01'). */
export function seoul(text: string): Date {
  const [day, time = '00:00'] = text.split(' ');
  return new Date(`${day}T${time}:00+09:00`);
}

/** KRW base; 1 USD = 1,380 KRW until 2025-09-15, then 1,400; no CNY rate. */
export function readContext(tabName: string): ReadContext {
  return {
    tabName,
    timeZone: TIME_ZONE,
    baseCurrency: 'KRW',
    fx: new FxTable('KRW', [
      { currency: 'USD', rate: 1380, from: null },
      { currency: 'USD', rate: 1400, from: seoul('2025-09-15') },
    ]),
  };
}

/** Fails on any NaN or ±Infinity anywhere inside `value`. */
export function expectAllFinite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (Array.isArray(value)) value.forEach(expectAllFinite);
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    Object.values(value).forEach(expectAllFinite);
  }
}

/** A list and the same list in another order. */
export function listAndShuffled<T>(item: fc.Arbitrary<T>): fc.Arbitrary<[T[], T[]]> {
  return fc
    .array(item, { maxLength: 30 })
    .chain((items) =>
      fc.tuple(
        fc.constant(items),
        fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
      ),
    );
}

/** An instant in September 2025 (Seoul), at a whole minute. */
export const septemberInstant = fc
  .integer({ min: 0, max: 30 * 24 * 60 - 1 })
  .map((minutes) => new Date(seoul('2025-09-01').getTime() + minutes * 60_000));
