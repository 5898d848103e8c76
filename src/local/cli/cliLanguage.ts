import type { Lang } from '../../core/text/language';

/**
 * The language of the command line's own sentences, from the locale that decides messages on
 * Linux and macOS: LC_ALL, else LC_MESSAGES, else LANG, each skipped when unset or empty.
 * Korean when that locale is Korean (ko, ko_KR.UTF-8, ko-KR); English for any other, C and
 * POSIX included, and when none is set (as on Windows).
 * @example cliLanguage({ LANG: 'ko_KR.UTF-8' }) // 'ko'
 */
export function cliLanguage(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko(?![a-z])/i.test(locale) ? 'ko' : 'en';
}
