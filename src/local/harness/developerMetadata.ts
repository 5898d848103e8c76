import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { FakeSheet } from './fakeSheet';

/** The sheet a metadata item is attached to, or null for the spreadsheet itself. */
type Owner = FakeSheet | null;

export class FakeDeveloperMetadataLocation implements ServiceObject {
  readonly [SERVICE] = 'DeveloperMetadataLocation';

  constructor(private readonly owner: Owner) {}

  getSheet(): FakeSheet | null {
    return this.owner;
  }
}

/** A key and value attached to a sheet or to the spreadsheet, with the document's visibility. */
export class FakeDeveloperMetadata implements ServiceObject {
  readonly [SERVICE] = 'DeveloperMetadata';

  constructor(
    readonly owner: Owner,
    private readonly key: string,
    private value: string | null,
  ) {}

  getKey(): string {
    return this.key;
  }

  getValue(): string | null {
    return this.value;
  }

  setValue(value: string | null): FakeDeveloperMetadata {
    this.value = value === null || value === undefined ? null : String(value);
    return this;
  }

  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.owner);
  }
}

/** All developer metadata of one spreadsheet, whatever it is attached to. */
export class DeveloperMetadataStore {
  private items: FakeDeveloperMetadata[] = [];

  /** Apps Script's (key) and (key, value); the add-on never sets a visibility. */
  add(owner: Owner, key: string, value?: string | null): FakeDeveloperMetadata {
    const item = new FakeDeveloperMetadata(
      owner,
      String(key),
      value === undefined || value === null ? null : String(value),
    );
    this.items.push(item);
    return item;
  }

  attachedTo(owner: Owner): FakeDeveloperMetadata[] {
    return this.items.filter((item) => item.owner === owner);
  }

  all(): FakeDeveloperMetadata[] {
    return this.items.slice();
  }

  removeSheet(sheet: FakeSheet): void {
    this.items = this.items.filter((item) => item.owner !== sheet);
  }
}

/** Spreadsheet.createDeveloperMetadataFinder(): searches every item, the sheets' included. */
export class FakeDeveloperMetadataFinder implements ServiceObject {
  readonly [SERVICE] = 'DeveloperMetadataFinder';
  private key: string | null = null;

  constructor(private readonly store: DeveloperMetadataStore) {}

  withKey(key: string): FakeDeveloperMetadataFinder {
    this.key = key;
    return this;
  }

  find(): FakeDeveloperMetadata[] {
    return this.store.all().filter((item) => this.key === null || item.getKey() === this.key);
  }
}
