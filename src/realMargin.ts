import { LEDGER_TYPES, ledgerSign, type LedgerType } from './ledgerType';

/** Base-currency sum of each ledger type, as entered (costs positive). */
export type LedgerTotals = Record<LedgerType, number>;

export function emptyTotals(): LedgerTotals {
  return Object.fromEntries(LEDGER_TYPES.map((type) => [type, 0])) as LedgerTotals;
}

/** @example ledgerTotals([{ type: 'sale', baseAmount: 100 }]).sale // 100 */
export function ledgerTotals(
  entries: Iterable<{ type: LedgerType; baseAmount: number }>,
): LedgerTotals {
  const totals = emptyTotals();
  for (const entry of entries) totals[entry.type] += entry.baseAmount;
  return totals;
}

/**
 * Real margin = Sales − Refunds − COGS − Shipping − Packaging − Fees − Affiliate − Ads − Coupons
 * − Penalties − Other (SPEC §4).
 * @example realMargin({ ...emptyTotals(), sale: 100, fee: 8 }) // 92
 */
export function realMargin(totals: LedgerTotals): number {
  return LEDGER_TYPES.reduce((margin, type) => margin + ledgerSign(type) * totals[type], 0);
}

/** Real margin ÷ Sales; null when there are no sales (a rate over nothing is not 0). */
export function marginRate(totals: LedgerTotals): number | null {
  return totals.sale === 0 ? null : realMargin(totals) / totals.sale;
}
