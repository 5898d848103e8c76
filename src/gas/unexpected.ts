import type { Lang } from '../core/text/language';
import { t, type MessageKey } from '../core/text/messages';
import { spreadsheetLanguage } from './locale';

/**
 * An error nobody planned for: its details go to the execution log under a short reference, and
 * the user reads one plain sentence in their language with that reference, never a stack trace
 * or an engine's words (`TypeError: Cannot read properties…`).
 * @example plainFailure(error, 'ko') // '…예상하지 못한 문제가 생겼습니다 (기록 번호 251027-0930-12)…'
 */
export function plainFailure(
  error: unknown,
  lang: Lang,
  key: MessageKey = 'error.unexpected',
): string {
  const ref = logReference();
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`Seller Routine ${ref}: ${detail}`);
  return t(key, lang, { ref });
}

/** A reference a seller can read out: the time, to the second, in UTC (`251027-093012`). */
function logReference(): string {
  const digits = new Date().toISOString().replace(/\D/g, '');
  return `${digits.slice(2, 8)}-${digits.slice(8, 14)}`;
}

/**
 * A menu action or sidebar call whose unexpected errors reach the user as `plainFailure`'s
 * sentence (Sheets shows a thrown error's message; the sidebar's failure handler shows it too).
 */
export function withPlainErrors<A extends unknown[], R>(
  command: (...args: A) => R,
): (...args: A) => R {
  return (...args) => {
    try {
      return command(...args);
    } catch (error) {
      throw new Error(plainFailure(error, safeLanguage()), { cause: error });
    }
  };
}

/** The spreadsheet's language, or English when even that cannot be read. */
export function safeLanguage(): Lang {
  try {
    return spreadsheetLanguage();
  } catch {
    return 'en';
  }
}
