/** One row of the Settings FX table: base-currency units for one unit of `currency`. */
export interface FxRate {
  currency: string;
  rate: number;
  /** First instant the rate applies; null = always (the fallback before any dated rate). */
  from: Date | null;
}

interface CurrencyRates {
  undated: number | null;
  /** Ascending by `from`; among equal dates the later table row comes last and wins. */
  dated: { from: number; rate: number }[];
}

/**
 * Converts amounts to the base currency with the rate in force on the amount's date. Rates
 * must be positive finite numbers (the Settings reader reports any other as a Problem).
 */
export class FxTable {
  private readonly baseCurrency: string;
  private readonly rates = new Map<string, CurrencyRates>();

  constructor(baseCurrency: string, rates: FxRate[]) {
    this.baseCurrency = currencyKey(baseCurrency);
    for (const { currency, rate, from } of rates) {
      const entry = this.entryFor(currencyKey(currency));
      if (from === null) entry.undated = rate;
      else entry.dated.push({ from: from.getTime(), rate });
    }
    for (const entry of this.rates.values()) entry.dated.sort((a, b) => a.from - b.from);
  }

  /**
   * Base units per unit of `currency` on `date`: 1 for the base currency; else the latest rate
   * dated on or before `date`, else the undated one; null when there is none. An amount
   * without a date (null) takes the newest rate known.
   */
  rateOn(currency: string, date: Date | null): number | null {
    // Most amounts are in the base currency, already written as its code.
    if (currency === this.baseCurrency) return 1;
    // A rate's own code is asked as it is; any other spelling ('usd ') is made one first.
    let entry = this.rates.get(currency);
    if (entry === undefined) {
      const key = currencyKey(currency);
      if (key === this.baseCurrency) return 1;
      entry = this.rates.get(key);
      if (entry === undefined) return null;
    }
    const at = date === null ? Infinity : date.getTime();
    // Every amount asks: a scan of the few sorted rates, with nothing made per call.
    let inForce = entry.undated;
    for (const dated of entry.dated) {
      if (dated.from > at) break;
      inForce = dated.rate;
    }
    return inForce;
  }

  /** The amount in the base currency, or null when the currency has no rate on that date. */
  convert(amount: number, currency: string, date: Date | null): number | null {
    const rate = this.rateOn(currency, date);
    return rate === null ? null : amount * rate;
  }

  private entryFor(currency: string): CurrencyRates {
    let entry = this.rates.get(currency);
    if (entry === undefined) {
      entry = { undated: null, dated: [] };
      this.rates.set(currency, entry);
    }
    return entry;
  }
}

function currencyKey(currency: string): string {
  return currency.trim().toUpperCase();
}
