/**
 * The vocabulary of the reconciling import (docs/rules.md §4, "The ledger over time"). Every source item
 * the tabs show (an order, a dispute, a settlement movement, a day of an ad campaign) gives the
 * Ledger one or more slots; a slot is what one Source Key family holds: `order:<id>:sale` and
 * its order lines, `refund:<order>:<dispute>`, `settle:<flow no.>`, `ad:<day>:<campaign>`.
 * Each run the import compares a slot's rows in the Ledger with what the tabs give now and
 * appends the difference.
 */
import type { LedgerType } from './ledgerType';

/** Why a slot's rows changed: the Memo of its correction rows, and the closing note's tally. */
export type CorrectionKind =
  | 'cancelled'
  | 'closedUnshipped'
  | 'unpaid'
  | 'amountChanged'
  | 'amountOrRateChanged'
  | 'feeRateChanged'
  | 'refundChanged'
  | 'feeSettled'
  | 'refundFromDispute'
  | 'noSale'
  | 'costAdded'
  | 'splitLines'
  | 'dateChanged'
  | 'damagedId';

/** One row a slot should hold now: amounts in the base currency, to the cent. */
export interface TargetRow {
  type: LedgerType;
  date: Date | null;
  amount: number;
  sku: string | null;
  /** The Source Key an original (first) row for this position gets. */
  key: string;
  /** The Memo of an original row: order lines, the campaign, the fee item, the reason. */
  memo: string;
}

export interface Slot {
  key: string;
  /** Keys an older version wrote for the same slot (read as the slot's own). */
  formerKeys: readonly string[];
  orderId: string | null;
  /** What the tabs give now; empty when the item brings nothing now. */
  rows: TargetRow[];
  /** Why the slot holds nothing now (an order cancelled, a commission settled, …). */
  emptyBecause: CorrectionKind;
  /** What an amount change of this slot means (a refund, a cost filled in, …). */
  changeKind: CorrectionKind;
  /**
   * 원장 holds nothing of it though its order was imported before (a cost filled in late):
   * what it adds is a correction, worded as one, not a first import.
   */
  afterImport?: boolean;
}

/** `fix2:order:3061:sale` is the second correction of `order:3061:sale|…`'s slot. */
const CORRECTION_PREFIX = /^fix\d+:/;

/** The key a correction row corrects: the key without its `fix<n>:` prefix. */
export function correctedKey(sourceKey: string): string {
  // Most keys are no correction's: a look at the first letters spares them the pattern.
  return sourceKey.startsWith('fix') ? sourceKey.replace(CORRECTION_PREFIX, '') : sourceKey;
}

/** `fix<n>:<key>`: derived from the corrected key, so a second run recognises it. */
export function correctionKey(key: string, n: number): string {
  return `fix${n}:${key}`;
}

/** A line of a multi-line order gets `<slot>|<sku>`; one line keeps the slot's own key. */
export function lineKey(slotKey: string, sku: string | null, lines: number): string {
  return lines > 1 ? `${slotKey}|${sku ?? ''}` : slotKey;
}

/** The slots the tabs show now, by any key (or former key) that names one. */
export interface SlotFinder {
  slotOf(key: string): string | undefined;
}

/**
 * Finds the slot a Source Key belongs to among the slots the tabs show now, or null for a key
 * whose item the tabs no longer show (kept as last seen).
 * @example slotOfKey('fix1:order:3061:sale|A-1', slots) // 'order:3061:sale'
 */
export function slotOfKey(sourceKey: string, slots: SlotFinder): string | null {
  const key = correctedKey(sourceKey);
  const whole = slots.slotOf(key);
  if (whole !== undefined) return whole;
  for (let bar = key.lastIndexOf('|'); bar > 0; bar = key.lastIndexOf('|', bar - 1)) {
    const slot = slots.slotOf(key.slice(0, bar));
    if (slot !== undefined) return slot;
  }
  return null;
}

/** The Source Key family a key belongs to: 'order', 'refund', 'settle', 'ad' or ''. */
export function keyFamily(sourceKey: string): string {
  const key = correctedKey(sourceKey);
  const colon = key.indexOf(':');
  return colon < 0 ? '' : key.slice(0, colon);
}
