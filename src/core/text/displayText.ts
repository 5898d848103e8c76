/** Numbers and times for sentences and cards, in the reader's language: '12.48%', '1,234'. */
import type { Lang } from './language';

const LOCALES: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

/** Shown where a figure could not be computed. */
export const NO_FIGURE = '—';

/**
 * A number with at most `maxDigits` decimals and thousands grouping.
 * @example formatNumber(1234.567, 'en', 1) // '1,234.6'
 */
export function formatNumber(value: number, lang: Lang, maxDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDigits }).format(value);
}

/**
 * A fraction as a percentage with up to two decimals, so 0.39% and 0.3% stay apart.
 * @example formatPercent(0.1247, 'ko') // '12.47%'
 */
export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(fraction);
}

/**
 * A signed percentage for a change: '+4.89%', '-3%'.
 * @example formatChange(0.0489, 'en') // '+4.89%'
 */
export function formatChange(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(fraction);
}

/**
 * 'YYYY-MM-DD HH:mm' in the time zone: one unambiguous form for both languages.
 * @example formatDateTime(new Date('2025-10-26T14:59:00Z'), 'Asia/Seoul') // '2025-10-26 23:59'
 */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}
