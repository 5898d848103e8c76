import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

const documentLock = () => scriptSpreadsheet().services.LockService.getDocumentLock()!;

describe('the lock and the session, as observed in Apps Script', () => {
  // testlock.js, "Basic Lock operations": t.is(lock.tryLock(10000), true, "tryLock with positive
  // timeout should acquire the lock")
  it('tryLock with a positive timeout takes a free lock', () => {
    expect(documentLock().tryLock(10_000)).toBe(true);
  });

  // testlock.js, same section: t.is(lock.tryLock(10000), true, "tryLock should return true if lock
  // is already held")
  it('tryLock answers true again while this script holds the lock', () => {
    const lock = documentLock();
    lock.tryLock(10_000);
    expect(lock.tryLock(10_000)).toBe(true);
  });

  // testlock.js, "Lock edge cases": t.is(lock.tryLock(0), true, "tryLock(0) should acquire the
  // lock immediately and return true")
  it('tryLock(0) takes a free lock at once', () => {
    expect(documentLock().tryLock(0)).toBe(true);
  });

  // testlock.js, same section: t.is(lock.tryLock(-100), false, "tryLock with a negative timeout
  // should fail and return false")
  it('tryLock with a negative timeout fails', () => {
    expect(documentLock().tryLock(-100)).toBe(false);
  });

  // testlock.js, "Basic Lock operations": lock.releaseLock(); then the lock can be taken again
  it('a released lock can be taken again', () => {
    const lock = documentLock();
    lock.tryLock(1000);
    lock.releaseLock();
    expect(lock.tryLock(0)).toBe(true);
  });

  // testsession.js: t.true(is.nonEmptyString(Session.getActiveUserLocale()))
  it("the user's locale is a non-empty string", () => {
    const locale = scriptSpreadsheet().services.Session.getActiveUserLocale();
    expect(typeof locale).toBe('string');
    expect(locale.length).toBeGreaterThan(0);
  });
});
