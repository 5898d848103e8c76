/** The two languages the product speaks. */
export type Lang = 'ko' | 'en';

/**
 * Korean for a Korean locale ('ko', 'ko_KR', 'ko-KR'), English for everything else.
 * @example languageOf('ko_KR') // 'ko'
 */
export function languageOf(locale: string | null | undefined): Lang {
  return /^ko(?:[_-]|$)/i.test((locale ?? '').trim()) ? 'ko' : 'en';
}
