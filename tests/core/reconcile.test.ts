// A slot's first import, with and without rows that share a position: the rows themselves when
// they stand apart, merged by the general reconciliation when they do not.
import { describe, expect, it } from 'vitest';
import { reconcileSlot } from '../../src/core/ledger/reconcile';
import type { Slot, TargetRow } from '../../src/core/ledger/slots';

const paid = new Date('2025-09-02T01:00:00Z');

function row(sku: string, amount: number, key = `order:7:sale|${sku}`, date = paid): TargetRow {
  return { type: 'sale', date, amount, sku, key, memo: `${sku} × 1` };
}

function slot(rows: TargetRow[]): Slot {
  const kinds = { emptyBecause: 'cancelled', changeKind: 'amountChanged' } as const;
  return { key: 'order:7:sale', formerKeys: [], orderId: '7', rows, ...kinds };
}

const first = { orderId: '7', kind: null, before: 0 };

describe('reconcileSlot on a slot the Ledger holds nothing of', () => {
  it('appends lines of different SKUs as they are, rounded, without the ones that round to 0', () => {
    const rows = [row('A', 30_000.004), row('B', 0.004), row('C', 20_000)];
    // `after` is the slot's total as the tabs give it, rounded once: 50,000.008.
    expect(reconcileSlot(slot(rows), [])).toEqual([
      { ...rows[0], amount: 30_000, ...first, after: 50_000.01 },
      { ...rows[2], amount: 20_000, ...first, after: 50_000.01 },
    ]);
  });

  it('merges two rows of one SKU in one minute into one position under the first key', () => {
    const later = new Date(paid.getTime() + 30_000);
    const rows = [row('A', 100, 'k1'), row('A', 50, 'k2', later)];
    expect(reconcileSlot(slot(rows), [])).toEqual([
      { ...rows[0], amount: 150, ...first, after: 150 },
    ]);
  });

  it('keeps two rows of one SKU a minute apart, and gives a repeated key a derived one', () => {
    const nextMinute = new Date(paid.getTime() + 60_000);
    const rows = [row('A', 100, 'k1'), row('A', 50, 'k1', nextMinute)];
    expect(reconcileSlot(slot(rows), []).map(({ key, amount }) => [key, amount])).toEqual([
      ['k1', 100],
      ['fix1:k1', 50],
    ]);
  });
});
