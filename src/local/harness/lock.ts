import { SERVICE, type ServiceObject } from './serviceBoundary';

/** Who holds the document lock: nobody, this script run, or another (simulated) execution. */
export class LockState {
  holder: 'none' | 'script' | 'other' = 'none';
}

/**
 * The document lock of this script run. Waiting is never real: a lock held by "another
 * execution" stays held for the whole test, so tryLock answers false at once.
 */
export class FakeLock implements ServiceObject {
  readonly [SERVICE] = 'Lock';

  constructor(private readonly state: LockState) {}

  /** A negative timeout never takes the lock, as in Apps Script. */
  tryLock(timeoutInMillis: number): boolean {
    if (timeoutInMillis < 0 || this.state.holder === 'other') return false;
    this.state.holder = 'script';
    return true;
  }

  releaseLock(): void {
    if (this.state.holder === 'script') this.state.holder = 'none';
  }

  hasLock(): boolean {
    return this.state.holder === 'script';
  }
}

/** The document lock is null when no document is open (a time trigger in an add-on). */
export class FakeLockService implements ServiceObject {
  readonly [SERVICE] = 'LockService';

  constructor(private readonly document: LockState | null) {}

  getDocumentLock(): FakeLock | null {
    return this.document ? new FakeLock(this.document) : null;
  }
}
