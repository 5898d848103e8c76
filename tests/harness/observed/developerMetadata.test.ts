import { describe, expect, it } from 'vitest';
import { scriptSpreadsheet } from './observedKit';

describe('developer metadata, as observed in Apps Script', () => {
  // testsheetsdeveloper.js, "Developer Metadata": const returnedSheet =
  // sheet.addDeveloperMetadata("sheetKey", "sheetValue"); t.is(returnedSheet.getSheetId(), …)
  it('addDeveloperMetadata answers the sheet it was called on', () => {
    const { sheet } = scriptSpreadsheet();
    expect(sheet.addDeveloperMetadata('seller-routine.tab', 'ledger')).toBe(sheet);
  });

  // testsheetsdeveloper.js, same section: t.is(foundSheetMeta.length, 1); t.is(getKey(), "sheetKey");
  // t.is(getValue(), "sheetValue")
  it("lists a sheet's metadata with its key and value", () => {
    const { sheet } = scriptSpreadsheet();
    sheet.addDeveloperMetadata('seller-routine.tab', 'ledger');
    const items = sheet.getDeveloperMetadata();
    expect(items.map((item) => [item.getKey(), item.getValue()])).toEqual([
      ['seller-routine.tab', 'ledger'],
    ]);
  });

  // testsheetsdeveloper.js, same section: t.is(..getLocation().getLocationType().toString(), "SHEET")
  // — the item is located on its sheet
  it('locates sheet metadata on its sheet', () => {
    const { sheet } = scriptSpreadsheet();
    sheet.addDeveloperMetadata('seller-routine.tab', 'ledger');
    expect(sheet.getDeveloperMetadata()[0]!.getLocation().getSheet()!.getName()).toBe('Sheet1');
  });

  // testsheetsdeveloper.js, "Test Finder from Spreadsheet": ss.createDeveloperMetadataFinder()
  // .withKey("colKey").find() — t.is(results.length, 1) for metadata attached below the spreadsheet
  it("the spreadsheet's finder finds metadata attached to its sheets", () => {
    const { spreadsheet } = scriptSpreadsheet();
    spreadsheet.insertSheet('원장').addDeveloperMetadata('seller-routine.tab', 'ledger');
    const found = spreadsheet.createDeveloperMetadataFinder().withKey('seller-routine.tab').find();
    expect(found.map((item) => item.getValue())).toEqual(['ledger']);
  });

  // testsheetsdeveloper.js, "Test update": sheetMeta.setValue("updatedValue").setKey(…);
  // t.is(sheet.getDeveloperMetadata()[0].getValue(), "updatedValue")
  it('setValue changes the stored value and answers the item, for chaining', () => {
    const { sheet } = scriptSpreadsheet();
    sheet.addDeveloperMetadata('seller-routine.tab', 'ledger');
    const item = sheet.getDeveloperMetadata()[0]!;
    expect(item.setValue('ledger-v2')).toBe(item);
    expect(sheet.getDeveloperMetadata()[0]!.getValue()).toBe('ledger-v2');
  });
});
