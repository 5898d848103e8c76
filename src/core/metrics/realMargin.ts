import { LEDGER_TYPES, ledgerSign, type LedgerType } from '../ledger/ledgerType';
import { sum } from './stats';

/** Base-currency sum of each ledger type, as entered (costs positive). */
export type LedgerTotals = Record<LedgerType, number>;

export function emptyTotals(): LedgerTotals {
  return Object.fromEntries(LEDGER_TYPES.map((type) => [type, 0])) as LedgerTotals;
}

/** Collects amounts by ledger type, then totals each with `sum` (the order of rows never matters). */
export class TypeAmounts {
  private readonly amounts = new Map<LedgerType, number[]>(LEDGER_TYPES.map((type) => [type, []]));

  add(type: LedgerType, amount: number): void {
    this.amounts.get(type)?.push(amount);
  }

  totals(): LedgerTotals {
    const totals = emptyTotals();
    for (const [type, values] of this.amounts) totals[type] = sum(values);
    return totals;
  }
}

/**
 * Each type's base-currency total, the same in whatever order the rows come.
 * @example ledgerTotals([{ type: 'sale', baseAmount: 100 }]).sale // 100
 */
export function ledgerTotals(
  entries: ArrayLike<{ type: LedgerType; baseAmount: number }>,
): LedgerTotals {
  const amounts = new TypeAmounts();
  // An index, not for…of: no iterator result per entry before the loop is optimised.
  for (let i = 0; i < entries.length; i++) amounts.add(entries[i].type, entries[i].baseAmount);
  return amounts.totals();
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
