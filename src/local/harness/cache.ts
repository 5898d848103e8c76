import { SERVICE, type ServiceObject } from './serviceBoundary';

/** Apps Script's default and maximum cache lifetimes. */
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21_600;

interface Entry {
  value: string;
  expiresAt: number;
}

/** One cache; entries expire against the environment's clock. */
export class FakeCache implements ServiceObject {
  readonly [SERVICE] = 'Cache';
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => Date) {}

  get(key: string): string | null {
    const entry = this.entries.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.now().getTime()) {
      this.entries.delete(String(key));
      return null;
    }
    return entry.value;
  }

  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: unknown, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    const seconds = Math.min(expirationInSeconds, MAX_TTL_SECONDS);
    this.entries.set(String(key), {
      value: String(value),
      expiresAt: this.now().getTime() + seconds * 1000,
    });
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

/** The document cache is null when no document is open (a time trigger in an add-on). */
export class FakeCacheService implements ServiceObject {
  readonly [SERVICE] = 'CacheService';

  constructor(
    private readonly document: FakeCache | null,
    private readonly script: FakeCache,
    private readonly user: FakeCache,
  ) {}

  getDocumentCache(): FakeCache | null {
    return this.document;
  }

  getScriptCache(): FakeCache {
    return this.script;
  }

  getUserCache(): FakeCache {
    return this.user;
  }
}
