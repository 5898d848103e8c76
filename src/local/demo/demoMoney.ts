/** Money is kept in integer cents (or whole won) so that sums stay exact. */
export type Cents = number;
export type DemoCurrency = 'USD' | 'EUR';

const SYMBOL: Record<DemoCurrency, string> = { USD: 'US $', EUR: '€ ' };

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** As AliExpress exports write it: `US $1,234.56`, `-US $7.00` (sign before the symbol). */
export function moneyText(cents: Cents, currency: DemoCurrency = 'USD'): string {
  const sign = cents < 0 ? '-' : '';
  return `${sign}${SYMBOL[currency]}${decimalText(Math.abs(cents))}`;
}

/** `1,234.56` from 123456 cents; plain integer work, since Intl is slow at 100k calls. */
function decimalText(cents: Cents): string {
  const whole = Math.floor(cents / 100);
  const wholeText = whole < 1000 ? String(whole) : grouped.format(whole);
  return `${wholeText}.${String(cents % 100).padStart(2, '0')}`;
}

/** `1,234`, as Business Advisor writes counts. */
export function countText(count: number): string {
  return grouped.format(count);
}

/** `12.34%`. */
export function percentText(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

/** `12,000원`, as a Korean seller types an amount. */
export function wonText(won: number): string {
  return `${grouped.format(won)}원`;
}

export function percentOf(cents: Cents, fraction: number): Cents {
  return Math.round(cents * fraction);
}
