// withDocumentLock on the harness's LockService: the three commands that write (the weekly
// update, a checklist tick, the journal) rely on it never leaving the lock held, whatever the
// body does, and on it not running the body while another execution holds the lock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDocumentLock } from '../../src/gas/documentLock';
import { createGasEnvironment, type GasEnvironment } from '../../src/local/harness/environment';

const WAIT = { ms: 10_000, busy: 'sidebar.busy' } as const;

/** The part of Apps Script's LockService read here (the tests see no Apps Script types). */
interface GoogleLockService {
  getDocumentLock(): { hasLock(): boolean };
}

let env: GasEnvironment;

/** Whether this run holds the document lock now. */
function held(): boolean {
  const lockService = env.globals.LockService as GoogleLockService;
  return lockService.getDocumentLock().hasLock();
}

beforeEach(() => {
  env = createGasEnvironment({ name: 'Lock', timeZone: 'Asia/Seoul', locale: 'en_US', sheets: [] });
  vi.stubGlobal('LockService', env.globals.LockService);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('withDocumentLock', () => {
  it('runs the body holding the lock, answers what it returns and releases the lock', () => {
    const answer = withDocumentLock('en', WAIT, () => ({ ok: true, heldInside: held() }));
    expect(answer).toEqual({ ok: true, heldInside: true });
    expect(held()).toBe(false);
  });

  it('releases the lock when the body throws, and lets the error through', () => {
    expect(() =>
      withDocumentLock('en', WAIT, () => {
        throw new Error('write failed');
      }),
    ).toThrow('write failed');
    expect(held()).toBe(false);
  });

  it('does not run the body while another execution holds the lock, and says so', () => {
    const release = env.holdDocumentLock();
    const body = vi.fn(() => ({ ok: true }));
    expect(withDocumentLock('ko', WAIT, body)).toEqual({
      ok: false,
      message: '다른 작업이 진행 중입니다. 잠시 뒤에 다시 시도해 주세요.',
    });
    expect(body).not.toHaveBeenCalled();
    release();
    expect(withDocumentLock('ko', WAIT, body)).toEqual({ ok: true });
  });
});
