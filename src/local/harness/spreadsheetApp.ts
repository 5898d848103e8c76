import {
  BooleanCriteria,
  FakeConditionalFormatRuleBuilder,
  InterpolationType,
} from './conditionalFormat';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './developerMetadata';
import { gasException } from './exception';
import { ProtectionType } from './protection';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { FakeSheet } from './fakeSheet';
import type { FakeSpreadsheet } from './fakeSpreadsheet';
import type { FakeUi } from './ui';

/**
 * The SpreadsheetApp global. `active` is null when the script runs without a document, like a
 * time trigger of an add-on: then there is no active spreadsheet and no Ui.
 */
export class FakeSpreadsheetApp implements ServiceObject {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly InterpolationType = InterpolationType;

  constructor(
    private readonly active: FakeSpreadsheet | null,
    private readonly ui: FakeUi,
  ) {}

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.active;
  }

  getActive(): FakeSpreadsheet | null {
    return this.active;
  }

  getActiveSheet(): FakeSheet | null {
    return this.active?.getActiveSheet() ?? null;
  }

  getUi(): FakeUi {
    if (!this.active) throw gasException('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }

  /** Writes are applied at once in the harness. */
  flush(): void {}

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
