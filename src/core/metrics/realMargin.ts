import { LEDGER_TYPES, ledgerSign, type LedgerType } from '../ledger/ledgerType';

/** Base-currency sum of each ledger type, as entered (costs positive). */
export type LedgerTotals = Record<LedgerType, number>;

export function emptyTotals(): LedgerTotals {
  return Object.fromEntries(LEDGER_TYPES.map((type) => [type, 0])) as LedgerTotals;
}

/**
 * Each type's amounts are added in ascending order, so no total depends on the order of the rows
 * (floating-point addition is not associative).
 * @example ledgerTotals([{ type: 'sale', baseAmount: 100 }]).sale // 100
 */
export function ledgerTotals(
  entries: Iterable<{ type: LedgerType; baseAmount: number }>,
): LedgerTotals {
  const amounts = new Map<LedgerType, number[]>(LEDGER_TYPES.map((type) => [type, []]));
  for (const entry of entries) amounts.get(entry.type)?.push(entry.baseAmount);
  const totals = emptyTotals();
  for (const [type, values] of amounts) {
    // A typed array sorts numerically, and fast.
    for (const value of new Float64Array(values).sort()) totals[type] += value;
  }
  return totals;
}

/**
 * Real margin = Sales − Refunds − COGS − Shipping − Packaging − Fees − Affiliate − Ads − Coupons
 * − Penalties − Other (docs/rules.md §4).
 * @example realMargin({ ...emptyTotals(), sale: 100, fee: 8 }) // 92
 */
export function realMargin(totals: LedgerTotals): number {
  return LEDGER_TYPES.reduce((margin, type) => margin + ledgerSign(type) * totals[type], 0);
}

/** Real margin ÷ Sales; null when there are no sales (a rate over nothing is not 0). */
export function marginRate(totals: LedgerTotals): number | null {
  return totals.sale === 0 ? null : realMargin(totals) / totals.sale;
}
