/** FX reprice alert (docs/rules.md §5): a currency whose rate moved enough to revisit the prices. */
import type { FxRate } from './fx';

export interface FxRepriceRow {
  currency: string;
  /** Base units per unit of the currency when prices were set. */
  rateThen: number;
  /** The rate in force on `asOf`. */
  rateNow: number;
  /** rateNow ÷ rateThen − 1: +0.05 = the currency is worth 5% more in base units. */
  change: number;
  alert: boolean;
}

/** 184.3 / 190 − 1 is −0.029999999999999916 in floating point: still a 3% move. */
const ROUNDING_SLACK = 1e-9;

/**
 * Prices are taken to have been set at the first rate on record: the undated ("always") rate when
 * the table has one, else the earliest dated one. `rateNow` is the rate in force on `asOf` (the
 * latest dated on or before it, else the undated one), the rule FxTable converts amounts with;
 * among rates of one date the later table row wins, as there. Currencies are compared ignoring
 * case; one with no rate in force on `asOf` gets no row. Alert when |change| ≥ threshold.
 * Sorted by currency.
 * @example fxReprice([{ currency: 'USD', rate: 1300, from: null }, { currency: 'USD', rate: 1400, from: d }], asOf)[0].alert // true
 */
export function fxReprice(
  fxRates: readonly FxRate[],
  asOf: Date,
  threshold = 0.03,
): FxRepriceRow[] {
  return [...ratesByCurrency(fxRates)]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([currency, rates]) => {
      const rateNow = rateInForce(rates, asOf.getTime());
      const rateThen = rateInForce(rates, startOf(rates[0]));
      if (rateNow === null || rateThen === null) return [];
      const change = rateNow / rateThen - 1;
      return [
        {
          currency,
          rateThen,
          rateNow,
          change,
          alert: Math.abs(change) >= threshold - ROUNDING_SLACK,
        },
      ];
    });
}

/** Each currency's rates, oldest first; undated ones before every dated one. */
function ratesByCurrency(fxRates: readonly FxRate[]): Map<string, FxRate[]> {
  const byCurrency = new Map<string, FxRate[]>();
  for (const rate of fxRates) {
    const currency = rate.currency.trim().toUpperCase();
    const rates = byCurrency.get(currency) ?? [];
    rates.push(rate);
    byCurrency.set(currency, rates);
  }
  for (const rates of byCurrency.values()) rates.sort((a, b) => startOf(a) - startOf(b));
  return byCurrency;
}

const startOf = (rate: FxRate | undefined): number => rate?.from?.getTime() ?? -Infinity;

/** The last rate starting on or before `at` (sorting is stable, so later rows win ties). */
function rateInForce(rates: readonly FxRate[], at: number): number | null {
  return rates.filter((rate) => startOf(rate) <= at).pop()?.rate ?? null;
}
