import { gasException } from './exception';
import { SERVICE, type ServiceObject } from './serviceBoundary';

/** Who holds one lock: nobody, this script run, or another (simulated) execution. */
export class LockState {
  holder: 'none' | 'script' | 'other' = 'none';
}

/**
 * A Lock of this script run. Waiting is never real: a lock held by "another execution" stays
 * held for the whole test, so tryLock answers false and waitLock times out at once.
 */
export class FakeLock implements ServiceObject {
  readonly [SERVICE] = 'Lock';

  constructor(private readonly state: LockState) {}

  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.holder === 'other') return false;
    this.state.holder = 'script';
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw gasException('Lock timeout: another process was holding the lock for too long.');
    }
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

  constructor(
    private readonly document: LockState | null,
    private readonly script: LockState,
    private readonly user: LockState,
  ) {}

  getDocumentLock(): FakeLock | null {
    return this.document ? new FakeLock(this.document) : null;
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.script);
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.user);
  }
}
