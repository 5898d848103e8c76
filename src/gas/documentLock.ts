import type { Lang } from '../core/text/language';
import { t, type MessageKey } from '../core/text/messages';

/** How long a command waits for the lock, and what it says when the lock stays taken. */
export interface LockWait {
  ms: number;
  busy: MessageKey;
}

/**
 * Runs `body` holding the document lock, so that two executions (two quick clicks, or the
 * trigger and a click) never read-modify-write the same tabs or properties at once. When another
 * execution keeps the lock longer than `wait.ms`, `body` does not run and the answer is the
 * `wait.busy` sentence in `lang`. The lock is released however `body` ends.
 */
export function withDocumentLock<T>(
  lang: Lang,
  wait: LockWait,
  body: () => T,
): T | { ok: false; message: string } {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(wait.ms)) return { ok: false, message: t(wait.busy, lang) };
  try {
    return body();
  } finally {
    releaseQuietly(lock);
  }
}

/**
 * A release that fails must not turn a finished command into a failure: Apps Script releases
 * every lock when the execution ends anyway.
 */
function releaseQuietly(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (error) {
    console.error(`Seller Routine: the document lock was not released: ${String(error)}`);
  }
}
