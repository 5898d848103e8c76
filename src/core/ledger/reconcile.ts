/**
 * One slot's reconciliation (docs/rules.md §4, "The ledger over time"): the rows to append so that the
 * slot's Ledger rows add up, on every date and SKU, to what the tabs give now. Nothing is ever
 * edited or deleted: a change is a correction row of the same Type for the difference, dated
 * like the row it corrects, with a Memo saying what changed and a Source Key derived from the
 * corrected key, so running the update again adds nothing.
 */
import { roundCents } from '../read/money';
import type { LedgerType } from './ledgerType';
import type { KeyedEntry } from './ledgerMemory';
import {
  correctedKey,
  correctionKey,
  type CorrectionKind,
  type Slot,
  type TargetRow,
} from './slots';

/** A row to append; `kind` is null for a first import, else why it corrects the slot. */
export interface AppendedRow extends TargetRow {
  orderId: string | null;
  kind: CorrectionKind | null;
  /** For a correction's memo: the slot's total before and after. */
  before: number;
  after: number;
  /** For a date change, whose totals are equal: the slot's date before and after instead. */
  moved?: { from: Date | null; to: Date | null };
}

/** Where money sits in the Ledger: one Type, on one date (to the minute), for one SKU. */
interface Position {
  type: LedgerType;
  date: Date | null;
  sku: string | null;
  held: number;
  wanted: number;
  /** The key a first row at this position gets. */
  targetKey: string | null;
  memo: string;
  /** The key of the first Ledger row at this position, for a reversal's derived key. */
  heldKey: string | null;
}

/**
 * @example reconcileSlot({ key: 'order:7:sale', rows: [], emptyBecause: 'cancelled', … }, [saleRow])
 * // [{ type: 'sale', amount: -50000, key: 'fix1:order:7:sale', kind: 'cancelled', … }]
 */
export function reconcileSlot(slot: Slot, held: readonly KeyedEntry[]): AppendedRow[] {
  if (held.length === 0 && !slot.afterImport && standApart(slot.rows)) return firstImport(slot);
  const positions = new Map<string, Position>();
  let before = 0;
  let after = 0;
  for (const entry of held) {
    const position = positionOf(positions, entry.type, entry.date, entry.sku);
    position.held += entry.baseAmount;
    position.heldKey ??= entry.sourceKey;
    before += entry.baseAmount;
  }
  for (const row of slot.rows) {
    const position = positionOf(positions, row.type, row.date, row.sku);
    position.wanted += row.amount;
    position.targetKey ??= row.key;
    if (position.memo === '') position.memo = row.memo;
    after += row.amount;
  }
  const changed = [...positions.values()].filter((p) => roundCents(p.wanted - p.held) !== 0);
  if (changed.length === 0) return [];
  const kind =
    held.length > 0
      ? kindOf(slot, positions, before, after)
      : slot.afterImport
        ? 'costAdded'
        : null;
  const keys = new KeyMaker(held);
  const moved = kind === 'dateChanged' ? { moved: movedDates(changed) } : undefined;
  return changed.map((position) => ({
    type: position.type,
    date: position.date,
    amount: roundCents(position.wanted - position.held),
    sku: position.sku,
    key: keys.next(position),
    memo: position.memo,
    orderId: slot.orderId,
    kind,
    before: roundCents(before),
    after: roundCents(after),
    ...moved,
  }));
}

/** Where a date change takes the slot's money: from a date the Ledger holds it on, to a new one. */
function movedDates(changed: readonly Position[]): { from: Date | null; to: Date | null } {
  const from = changed.find((position) => roundCents(position.held) !== 0);
  const to = changed.find((position) => roundCents(position.wanted) !== 0);
  return { from: from?.date ?? null, to: to?.date ?? null };
}

/**
 * A slot the Ledger holds nothing of, whose rows stand apart: its rows themselves, as the
 * general reconciliation would append them (each its own position, under its own key). Most
 * slots of a first import are such (an order's lines differ by SKU), and skip its maps.
 */
function firstImport(slot: Slot): AppendedRow[] {
  let after = 0;
  for (const row of slot.rows) after += row.amount;
  const appended: AppendedRow[] = [];
  for (const { type, date, amount, sku, key, memo } of slot.rows) {
    const rounded = roundCents(amount);
    if (rounded === 0) continue;
    appended.push({
      type,
      date,
      amount: rounded,
      sku,
      key,
      memo,
      orderId: slot.orderId,
      kind: null,
      before: 0,
      after: roundCents(after),
    });
  }
  return appended;
}

/** Rows of which no two share a position or a key (a few lines: compared pairwise). */
function standApart(rows: readonly TargetRow[]): boolean {
  if (rows.length > MAX_PAIRWISE_ROWS) return false;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i];
      const b = rows[j];
      if (a.key === b.key || (a.type === b.type && a.sku === b.sku && sameMinute(a.date, b.date))) {
        return false;
      }
    }
  }
  return true;
}

/** Beyond this many rows a slot goes through the general reconciliation. */
const MAX_PAIRWISE_ROWS = 16;

/** Whether two dates fall in one position's minute, as `positionOf` keys them. */
function sameMinute(a: Date | null, b: Date | null): boolean {
  if (a === null || b === null) return a === b;
  const x = minuteOf(a);
  const y = minuteOf(b);
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

function minuteOf(date: Date): number {
  return Math.floor(date.getTime() / 60_000);
}

function positionOf(
  positions: Map<string, Position>,
  type: LedgerType,
  date: Date | null,
  sku: string | null,
): Position {
  const minute = date === null ? '' : String(minuteOf(date));
  const id = `${type}\u001f${minute}\u001f${sku ?? ''}`;
  let position = positions.get(id);
  if (position === undefined) {
    position = { type, date, sku, held: 0, wanted: 0, targetKey: null, memo: '', heldKey: null };
    positions.set(id, position);
  }
  return position;
}

/** Why the slot changed: it brings nothing now, its total moved, its lines or its date did. */
function kindOf(
  slot: Slot,
  positions: Map<string, Position>,
  before: number,
  after: number,
): CorrectionKind {
  if (slot.rows.length === 0) return slot.emptyBecause;
  if (roundCents(after - before) !== 0) return slot.changeKind;
  const bySku = new Map<string, number>();
  for (const { sku, held, wanted } of positions.values()) {
    const id = sku ?? '';
    bySku.set(id, (bySku.get(id) ?? 0) + wanted - held);
  }
  return [...bySku.values()].some((net) => roundCents(net) !== 0) ? 'splitLines' : 'dateChanged';
}

/** Source Keys for the appended rows: the target's own key once, then `fix<n>:` ones. */
class KeyMaker {
  private readonly used: Set<string>;

  constructor(held: readonly KeyedEntry[]) {
    this.used = new Set(held.map((entry) => entry.sourceKey));
  }

  /**
   * A position the Ledger already holds is corrected under a key derived from its own; a new one
   * takes the target's key while that is free.
   */
  next(position: Position): string {
    const { targetKey, heldKey } = position;
    if (heldKey === null && targetKey !== null && !this.used.has(targetKey)) {
      return this.take(targetKey);
    }
    const corrected = correctedKey(heldKey ?? targetKey ?? '');
    let n = 1;
    while (this.used.has(correctionKey(corrected, n))) n++;
    return this.take(correctionKey(corrected, n));
  }

  private take(key: string): string {
    this.used.add(key);
    return key;
  }
}
