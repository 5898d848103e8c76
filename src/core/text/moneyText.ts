import type { Lang } from './language';

/**
 * An amount for a sentence, in the base currency: '₩1,234,000', '$1,234.56'.
 * @example formatMoney(1234000, 'KRW', 'ko') // '₩1,234,000'
 */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
      style: 'currency',
      currency,
    }).format(amount);
  } catch {
    // An unknown currency code: still show the number and the code.
    return `${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${currency}`;
  }
}
