import { FakeConditionalFormatRuleBuilder, InterpolationType } from './conditionalFormat';
import { gasException } from './exception';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { FakeSpreadsheet } from './fakeSpreadsheet';
import type { FakeUi } from './ui';

/**
 * The SpreadsheetApp global. `active` is null when the script runs without a document, like a
 * time trigger of an add-on: then there is no active spreadsheet and no Ui.
 */
export class FakeSpreadsheetApp implements ServiceObject {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly InterpolationType = InterpolationType;

  constructor(
    private readonly active: FakeSpreadsheet | null,
    private readonly ui: FakeUi,
  ) {}

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.active;
  }

  getUi(): FakeUi {
    if (!this.active) throw gasException('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
}
