import { SERVICE, type ServiceObject } from './serviceBoundary';

export class FakeSession implements ServiceObject {
  readonly [SERVICE] = 'Session';

  constructor(private readonly locale: string) {}

  getActiveUserLocale(): string {
    return this.locale;
  }
}
