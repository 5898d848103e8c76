import { createHash } from 'node:crypto';
import { SERVICE, type ServiceObject } from './serviceBoundary';

export class FakeUser implements ServiceObject {
  readonly [SERVICE] = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export class FakeSession implements ServiceObject {
  readonly [SERVICE] = 'Session';

  constructor(
    private readonly email: string,
    private readonly locale: string,
    private readonly timeZone: () => string,
  ) {}

  getActiveUser(): FakeUser {
    return new FakeUser(this.email);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.email);
  }

  /** The script's zone; for a script bound to the spreadsheet, the spreadsheet's. */
  getScriptTimeZone(): string {
    return this.timeZone();
  }

  getActiveUserLocale(): string {
    return this.locale;
  }

  /** Stable per user, opaque like Apps Script's. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(this.email).digest('base64url').slice(0, 32);
  }
}
