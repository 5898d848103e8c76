/**
 * What the Ledger already holds, as the reconciling import needs it: the imported rows of every
 * slot the tabs show now, and, for items the tabs no longer show (kept as last seen, docs/rules.md §4),
 * the facts that still decide how a shown item is booked: an order's sale (its date and SKUs),
 * a commission that came from Settlement, a refund that came from Disputes.
 */
import type { LedgerEntry } from './readLedger';
import type { LedgerType } from './ledgerType';
import { keyFamily, slotOfKey, type SlotFinder } from './slots';

export type KeyedEntry = LedgerEntry & { sourceKey: string };

/** An order's Sale rows as the Ledger holds them: the date of the first, the net per SKU. */
export interface LedgerSale {
  date: Date | null;
  bySku: Map<string | null, number>;
  total: number;
}

const NO_ROWS: readonly KeyedEntry[] = [];
const NO_AMOUNTS: ReadonlyMap<string | null, number> = new Map();

export class LedgerMemory {
  private readonly slotRows = new Map<string, KeyedEntry[]>();
  private readonly blocked = new Set<string>();
  private readonly commissions = new Map<string, number>();
  private readonly disputeRefunds = new Map<string, number>();
  private readonly sales = new Map<string, LedgerSale>();

  /**
   * @param slots the slots the tabs show now, by every key (and former key).
   * @param unreadableKeys Source Keys of Ledger rows that could not be read: their slots are
   *   left alone (the Problem already says so), since their sum is unknown.
   */
  constructor(
    entries: readonly LedgerEntry[],
    unreadableKeys: Iterable<string>,
    slots: SlotFinder,
  ) {
    for (const key of unreadableKeys) {
      const slot = slotOfKey(key, slots);
      if (slot !== null) this.blocked.add(slot);
    }
    for (const entry of entries) {
      if (entry.sourceKey === null) continue; // a manual row: the user's, never touched
      const keyed = entry as KeyedEntry;
      const slot = slotOfKey(keyed.sourceKey, slots);
      if (slot === null) this.rememberAbsent(keyed);
      else {
        const rows = this.slotRows.get(slot);
        if (rows === undefined) this.slotRows.set(slot, [keyed]);
        else rows.push(keyed);
      }
    }
  }

  /** The imported rows of a slot the tabs show now (empty for a new one). */
  rowsOf(slot: string): readonly KeyedEntry[] {
    return this.slotRows.get(slot) ?? NO_ROWS;
  }

  isBlocked(slot: string): boolean {
    return this.blocked.has(slot);
  }

  /** Net amount per SKU of a slot's rows of one type, whatever their dates. */
  netBySku(slot: string, type: LedgerType): ReadonlyMap<string | null, number> {
    const rows = this.rowsOf(slot);
    // A first import asks for every order: the Ledger holds nothing of most of them yet.
    if (rows.length === 0) return NO_AMOUNTS;
    const bySku = new Map<string | null, number>();
    for (const entry of rows) {
      if (entry.type === type) bySku.set(entry.sku, (bySku.get(entry.sku) ?? 0) + entry.baseAmount);
    }
    return bySku;
  }

  /** Settlement brought this order's commission in an earlier run (its row has left the tab). */
  hasSettledCommission(orderId: string): boolean {
    return (this.commissions.get(orderId) ?? 0) !== 0;
  }

  /** Disputes brought this order's refund in an earlier run (the dispute has left the tab). */
  hasDisputeRefund(orderId: string): boolean {
    return (this.disputeRefunds.get(orderId) ?? 0) !== 0;
  }

  /** The sale of an order the Orders tab no longer shows, as imported; null when none. */
  saleOf(orderId: string): LedgerSale | null {
    return this.sales.get(orderId) ?? null;
  }

  private rememberAbsent(entry: KeyedEntry): void {
    const { orderId, type, baseAmount } = entry;
    if (orderId === null) return;
    const family = keyFamily(entry.sourceKey);
    if (family === 'settle' && type === 'fee') add(this.commissions, orderId, baseAmount);
    else if (family === 'refund' && type === 'refund')
      add(this.disputeRefunds, orderId, baseAmount);
    else if (family === 'order' && type === 'sale') this.rememberSale(orderId, entry);
  }

  private rememberSale(orderId: string, entry: KeyedEntry): void {
    let sale = this.sales.get(orderId);
    if (sale === undefined) {
      sale = { date: entry.date, bySku: new Map(), total: 0 };
      this.sales.set(orderId, sale);
    }
    sale.bySku.set(entry.sku, (sale.bySku.get(entry.sku) ?? 0) + entry.baseAmount);
    sale.total += entry.baseAmount;
  }
}

function add(totals: Map<string, number>, key: string, amount: number): void {
  totals.set(key, (totals.get(key) ?? 0) + amount);
}
