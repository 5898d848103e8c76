import { GasEnumValue, gasEnum } from './gasEnum';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { FakeSheet } from './fakeSheet';

export const DeveloperMetadataVisibility = gasEnum('DOCUMENT', 'PROJECT');
export const DeveloperMetadataLocationType = gasEnum('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');

/** The sheet a metadata item is attached to, or null for the spreadsheet itself. */
type Owner = FakeSheet | null;

export class FakeDeveloperMetadataLocation implements ServiceObject {
  readonly [SERVICE] = 'DeveloperMetadataLocation';

  constructor(private readonly owner: Owner) {}

  getLocationType(): GasEnumValue {
    return this.owner
      ? DeveloperMetadataLocationType.SHEET
      : DeveloperMetadataLocationType.SPREADSHEET;
  }

  getSheet(): FakeSheet | null {
    return this.owner;
  }
}

export class FakeDeveloperMetadata implements ServiceObject {
  readonly [SERVICE] = 'DeveloperMetadata';

  constructor(
    private readonly store: DeveloperMetadataStore,
    readonly owner: Owner,
    private readonly id: number,
    private key: string,
    private value: string | null,
    private visibility: GasEnumValue,
  ) {}

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this.key;
  }

  setKey(key: string): FakeDeveloperMetadata {
    this.key = String(key);
    return this;
  }

  getValue(): string | null {
    return this.value;
  }

  setValue(value: string | null): FakeDeveloperMetadata {
    this.value = value === null || value === undefined ? null : String(value);
    return this;
  }

  getVisibility(): GasEnumValue {
    return this.visibility;
  }

  setVisibility(visibility: GasEnumValue): FakeDeveloperMetadata {
    this.visibility = visibility;
    return this;
  }

  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.owner);
  }

  remove(): void {
    this.store.remove(this);
  }
}

/** All developer metadata of one spreadsheet, whatever it is attached to. */
export class DeveloperMetadataStore {
  private items: FakeDeveloperMetadata[] = [];
  private nextId = 1;

  /** Accepts Apps Script's overloads: (key), (key, value), (key, visibility), (key, value, visibility). */
  add(owner: Owner, key: string, ...rest: unknown[]): FakeDeveloperMetadata {
    const visibility =
      rest.find((arg) => arg instanceof GasEnumValue) ?? DeveloperMetadataVisibility.DOCUMENT;
    const value = rest.find((arg) => !(arg instanceof GasEnumValue));
    const item = new FakeDeveloperMetadata(
      this,
      owner,
      this.nextId++,
      String(key),
      value === undefined || value === null ? null : String(value),
      visibility as GasEnumValue,
    );
    this.items.push(item);
    return item;
  }

  attachedTo(owner: Owner): FakeDeveloperMetadata[] {
    return this.items.filter((item) => item.owner === owner);
  }

  /** Everything, or only what is attached to one sheet. */
  within(sheet: FakeSheet | undefined): FakeDeveloperMetadata[] {
    return sheet ? this.attachedTo(sheet) : this.items.slice();
  }

  remove(item: FakeDeveloperMetadata): void {
    this.items = this.items.filter((other) => other !== item);
  }

  removeSheet(sheet: FakeSheet): void {
    this.items = this.items.filter((item) => item.owner !== sheet);
  }
}

export class FakeDeveloperMetadataFinder implements ServiceObject {
  readonly [SERVICE] = 'DeveloperMetadataFinder';
  private filters: Array<(item: FakeDeveloperMetadata) => boolean> = [];

  constructor(private readonly candidates: () => FakeDeveloperMetadata[]) {}

  withKey(key: string): FakeDeveloperMetadataFinder {
    return this.where((item) => item.getKey() === key);
  }

  withValue(value: string): FakeDeveloperMetadataFinder {
    return this.where((item) => item.getValue() === value);
  }

  withId(id: number): FakeDeveloperMetadataFinder {
    return this.where((item) => item.getId() === id);
  }

  withVisibility(visibility: GasEnumValue): FakeDeveloperMetadataFinder {
    return this.where((item) => item.getVisibility() === visibility);
  }

  withLocationType(type: GasEnumValue): FakeDeveloperMetadataFinder {
    return this.where((item) => item.getLocation().getLocationType() === type);
  }

  find(): FakeDeveloperMetadata[] {
    return this.candidates().filter((item) => this.filters.every((filter) => filter(item)));
  }

  private where(filter: (item: FakeDeveloperMetadata) => boolean): FakeDeveloperMetadataFinder {
    this.filters.push(filter);
    return this;
  }
}
