import { gasException } from './exception';
import { SERVICE, type ServiceObject } from './serviceBoundary';

/** Apps Script's quotas: 9 KB per value, 500 KB per property store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** One property store. Values are stored as strings, as Apps Script converts them. */
export class FakeProperties implements ServiceObject {
  readonly [SERVICE] = 'Properties';
  private readonly entries: Map<string, string>;

  constructor(initial: Record<string, string> = {}) {
    this.entries = new Map(Object.entries(initial));
  }

  getProperty(key: string): string | null {
    return this.entries.get(String(key)) ?? null;
  }

  setProperty(key: string, value: unknown): FakeProperties {
    return this.setProperties({ [key]: value });
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    const next = new Map(deleteAllOthers ? [] : this.entries);
    for (const [key, value] of Object.entries(properties)) {
      if (value === null || value === undefined) throw gasException('Invalid argument: value');
      const text = String(value);
      if (byteLength(text) > MAX_VALUE_BYTES) throw gasException('Argument too large: value');
      next.set(key, text);
    }
    const total = [...next].reduce(
      (sum, [key, value]) => sum + byteLength(key) + byteLength(value),
      0,
    );
    if (total > MAX_STORE_BYTES) {
      throw gasException(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.replaceWith(next);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.entries.delete(String(key));
    return this;
  }

  getKeys(): string[] {
    return [...this.entries.keys()];
  }

  private replaceWith(next: Map<string, string>): void {
    this.entries.clear();
    for (const [key, value] of next) this.entries.set(key, value);
  }
}

/** Document properties are null when no document is open (a time trigger in an add-on). */
export class FakePropertiesService implements ServiceObject {
  readonly [SERVICE] = 'PropertiesService';

  constructor(
    private readonly document: FakeProperties | null,
    private readonly user: FakeProperties,
  ) {}

  getDocumentProperties(): FakeProperties | null {
    return this.document;
  }

  getUserProperties(): FakeProperties {
    return this.user;
  }
}
