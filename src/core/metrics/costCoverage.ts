/**
 * Whether the margin of a period can be trusted (docs/rules.md §5, "Honest KPIs"): a sale line whose COGS
 * the Ledger lacks makes the real margin look better than it is.
 */
import type { LedgerEntry } from '../ledger/readLedger';

export interface CostCoverage {
  /** Order lines (order id × SKU) whose Sale rows net above zero in the period. */
  saleLines: number;
  /** Of those, lines with no COGS in the Ledger. */
  uncostedLines: number;
  /** Distinct orders with at least one uncosted line. */
  uncostedOrders: number;
}

/**
 * Looks at the Ledger rows of one period: a sale line is costed when a COGS row of the same order
 * and SKU nets to something, or when its SKU costs nothing (a unit cost of 0 in the SKU tab: a
 * gift, whose COGS of 0 the import does not write). Sale rows without an order id (typed by
 * hand) are not judged.
 * @example costCoverage(entriesInWindow, new Set(['GIFT'])) // { saleLines: 217, uncostedLines: 3, uncostedOrders: 2 }
 */
export function costCoverage(
  entries: readonly Pick<LedgerEntry, 'type' | 'orderId' | 'sku' | 'baseAmount'>[],
  freeSkus: ReadonlySet<string> = new Set(),
): CostCoverage {
  const sales = new Map<string, number>();
  const cogs = new Map<string, number>();
  for (const { type, orderId, sku, baseAmount } of entries) {
    if (orderId === null || (type !== 'sale' && type !== 'cogs')) continue;
    const line = `${orderId}\u001f${sku ?? ''}`;
    const totals = type === 'sale' ? sales : cogs;
    totals.set(line, (totals.get(line) ?? 0) + baseAmount);
  }
  let saleLines = 0;
  const uncosted = new Set<string>();
  let uncostedLines = 0;
  for (const [line, net] of sales) {
    if (Math.round(net * 100) <= 0) continue;
    saleLines++;
    if (Math.round((cogs.get(line) ?? 0) * 100) !== 0) continue;
    if (freeSkus.has(line.slice(line.indexOf('\u001f') + 1))) continue;
    uncostedLines++;
    uncosted.add(line.slice(0, line.indexOf('\u001f')));
  }
  return { saleLines, uncostedLines, uncostedOrders: uncosted.size };
}
