import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import { numberedRows, servicesOf, workbookWith } from './workbooks';

function readWholeTab(rows: number) {
  const env = createGasEnvironment(workbookWith(numberedRows(rows)));
  const { SpreadsheetApp } = servicesOf(env);
  const sheet = SpreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Data')!;
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
  return { env, values };
}

describe('CallCounter', () => {
  it('counts each call by service and method name', () => {
    const { env, values } = readWholeTab(10);
    expect(values).toHaveLength(11);
    expect(env.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getLastRow': 1,
      'Sheet.getLastColumn': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
    expect(env.calls.total()).toBe(6);
  });

  it('costs the same number of calls for 10 and 10,000 rows', () => {
    const small = readWholeTab(10);
    const large = readWholeTab(10_000);
    expect(large.values).toHaveLength(10_001);
    expect(large.values[10_000]).toEqual([10_000, 'SKU-10000']);
    expect(large.env.calls.byMethod()).toEqual(small.env.calls.byMethod());
  });

  it('does not count the harness calling itself, nor direct test access', () => {
    const env = createGasEnvironment(workbookWith(numberedRows(3)));
    const spreadsheet = servicesOf(env).SpreadsheetApp.getActiveSpreadsheet()!;
    spreadsheet.getActiveSheet().getDataRange().getNumberFormats();
    env.spreadsheet.getSheets()[0]!.getRange('A1').getValues();
    expect(env.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getDataRange': 1,
      'Range.getNumberFormats': 1,
    });
  });

  it('separates Spreadsheet-service calls from other services and resets', () => {
    const env = createGasEnvironment(workbookWith(numberedRows(3)));
    const { SpreadsheetApp, PropertiesService, Session } = servicesOf(env);
    const sheet = SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!;
    sheet.addDeveloperMetadata('k');
    sheet.getDeveloperMetadata()[0]!.getKey();
    sheet.setFrozenRows(1);
    PropertiesService.getDocumentProperties()!.setProperty('a', 'b');
    Session.getActiveUserLocale();
    SpreadsheetApp.getUi().createAddonMenu().addItem('Run', 'run').addToUi();
    expect(env.calls.spreadsheetTotal()).toBe(7);
    // + Properties (2), Session, Ui.createAddonMenu, Menu.addItem, Menu.addToUi
    expect(env.calls.total()).toBe(7 + 2 + 1 + 3);
    expect(env.calls.byMethod()['Menu.addItem']).toBe(1);
    env.calls.reset();
    expect([env.calls.total(), env.calls.byMethod()]).toEqual([0, {}]);
  });

  it('hands scripts the same wrapped object for the same harness object', () => {
    const env = createGasEnvironment(workbookWith(numberedRows(3)));
    const ss = servicesOf(env).SpreadsheetApp.getActiveSpreadsheet()!;
    expect(ss.getSheets()[0]).toBe(ss.getActiveSheet());
    ss.setActiveSheet(ss.insertSheet('Second'));
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Second');
  });
});

describe('large sheets', () => {
  it('round-trips 100,000 rows x 20 columns through one getValues and one setValues', () => {
    const rows = Array.from({ length: 100_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => r * 20 + c),
    );
    const env = createGasEnvironment(workbookWith(rows, 'Big'));
    const ss = servicesOf(env).SpreadsheetApp.getActiveSpreadsheet()!;
    const values = ss.getSheetByName('Big')!.getDataRange().getValues();
    const copy = ss.insertSheet('Copy');
    copy.insertRowsAfter(copy.getMaxRows(), 99_000);
    copy.getRange(1, 1, values.length, 20).setValues(values);
    const stored = env.spreadsheet.getSheetByName('Copy')!;
    expect([stored.getLastRow(), stored.getLastColumn()]).toEqual([100_000, 20]);
    expect(stored.getRange('A100000:T100000').getValues()[0]?.slice(-2)).toEqual([
      1_999_998, 1_999_999,
    ]);
    // getActiveSpreadsheet, getSheetByName, getDataRange, getValues, insertSheet, getMaxRows,
    // insertRowsAfter, getRange, setValues
    expect(env.calls.spreadsheetTotal()).toBe(9);
  });
});
