import type { FakeSheet } from '../../src/local/harness/fakeSheet';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import type { WorkbookData } from '../../src/local/workbookData';
import { numberedRows, servicesOf, workbookWith } from './workbooks';

const twoTabs = (): WorkbookData => ({
  name: 'Shop',
  timeZone: 'Asia/Seoul',
  locale: 'ko_KR',
  sheets: [
    { name: 'Orders', values: numberedRows(3) },
    { name: '원장', values: [['날짜', '금액']], frozenRows: 1 },
  ],
});

describe('Spreadsheet', () => {
  it('describes itself and finds tabs by exact, case-sensitive name', () => {
    const ss = createGasEnvironment(twoTabs()).spreadsheet;
    expect([ss.getName(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual([
      'Shop',
      'Asia/Seoul',
      'ko_KR',
    ]);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Orders', '원장']);
    expect(ss.getSheetByName('orders')).toBeNull();
    expect(ss.getSheetByName('원장')?.getIndex()).toBe(2);
  });

  it('copies the data it starts from, unless told to take them', () => {
    const data = twoTabs();
    const copied = createGasEnvironment(data).spreadsheet.getSheetByName('Orders') as FakeSheet;
    copied.getRange('A1').setValue('changed');
    expect(data.sheets[0]?.values[0]?.[0]).not.toBe('changed');
    const taken = createGasEnvironment(data, { takeData: true }).spreadsheet;
    const orders = taken.getSheetByName('Orders') as FakeSheet;
    expect(orders.getDataRange().getValues()).toEqual(numberedRows(3));
    orders.getRange('A1').setValue('changed');
    expect(data.sheets[0]?.values[0]?.[0]).toBe('changed');
    expect(taken.toWorkbookData().sheets[0]?.values).toEqual(data.sheets[0]?.values);
  });

  it('inserts tabs at an index, activates them, and refuses duplicate names', () => {
    const ss = createGasEnvironment(twoTabs()).spreadsheet;
    const kpi = ss.insertSheet('KPI', 0);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['KPI', 'Orders', '원장']);
    expect(ss.getActiveSheet()).toBe(kpi);
    expect([kpi.getMaxRows(), kpi.getMaxColumns(), kpi.getLastRow(), kpi.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(() => ss.insertSheet('Orders')).toThrow(
      'A sheet with the name "Orders" already exists. Please enter another name.',
    );
    expect(() => kpi.setName('원장')).toThrow(
      'A sheet with the name "원장" already exists. Please enter another name.',
    );
  });

  it('deletes tabs but never the last one', () => {
    const ss = createGasEnvironment(twoTabs()).spreadsheet;
    ss.deleteSheet(ss.getSheetByName('Orders')!);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['원장']);
    expect(() => ss.deleteSheet(ss.getSheetByName('원장')!)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('records toasts with Sheets defaults', () => {
    const env = createGasEnvironment(twoTabs());
    env.spreadsheet.toast('Done');
    env.spreadsheet.toast('Imported 3 rows', 'Seller Routine', 10);
    expect(env.ui.toasts).toEqual([
      { message: 'Done', title: '', timeoutSeconds: 5 },
      { message: 'Imported 3 rows', title: 'Seller Routine', timeoutSeconds: 10 },
    ]);
  });
});

describe('Sheet size and rows', () => {
  it('is at least 1000 x 26, and larger when the data is', () => {
    const wide = createGasEnvironment(
      workbookWith([Array.from({ length: 30 }, (_, i) => i)]),
    ).spreadsheet;
    expect([wide.getSheets()[0]!.getMaxRows(), wide.getSheets()[0]!.getMaxColumns()]).toEqual([
      1000, 30,
    ]);
    const tall = createGasEnvironment(workbookWith(numberedRows(1500))).spreadsheet.getSheets()[0]!;
    expect([tall.getMaxRows(), tall.getLastRow(), tall.getLastColumn()]).toEqual([1501, 1501, 2]);
  });

  it('reports the data range and the last row with content (formulas count, formats do not)', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('Orders')!;
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B4');
    sheet.getRange('A10').setNumberFormat('0.00').setFontWeight('bold');
    expect(sheet.getLastRow()).toBe(4);
    sheet.getRange('C8').setValue('=A2');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([8, 3]);
  });

  it('inserts rows, moving the cells below; deletes columns, moving the cells right', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('Orders')!;
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['No'], [''], [''], [1], [2]]);
    expect(() => sheet.insertRowsAfter(1003, 1)).toThrow('Those rows are out of bounds.');
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['SKU', '']]);
    expect(sheet.getMaxColumns()).toBe(25);
    expect(() => sheet.deleteColumns(1, 25)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
  });

  it('clears contents only', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('Orders')!;
    sheet.getRange('A1').setFontWeight('bold');
    sheet.clearContents();
    expect([sheet.getLastRow(), sheet.getRange('A1').getFontWeight()]).toEqual([0, 'bold']);
  });

  it('keeps frozen rows and visibility', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('원장')!;
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.setFrozenRows(2).hideSheet();
    expect([sheet.getFrozenRows(), sheet.isSheetHidden()]).toEqual([2, true]);
    expect(sheet.showSheet().isSheetHidden()).toBe(false);
  });

  it('never hides the last visible sheet, and moves the view off a sheet it hides', () => {
    const { spreadsheet } = createGasEnvironment(twoTabs());
    const [first, second] = spreadsheet.getSheets() as [FakeSheet, FakeSheet];
    spreadsheet.setActiveSheet(second);
    second.hideSheet();
    expect(spreadsheet.getActiveSheet()).toBe(first);
    expect(() => first.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(first.isSheetHidden()).toBe(false);
  });
});

describe('developer metadata, charts and conditional formats', () => {
  it('stores metadata on sheets and the spreadsheet and finds it by key', () => {
    const ss = createGasEnvironment(twoTabs()).spreadsheet;
    const ledger = ss.getSheetByName('원장')!;
    ledger.addDeveloperMetadata('seller-routine.tab', 'ledger');
    ss.getSheetByName('Orders')!.addDeveloperMetadata('seller-routine.tab', 'orders');
    ss.addDeveloperMetadata('seller-routine.version');
    expect(ledger.getDeveloperMetadata().map((item) => [item.getKey(), item.getValue()])).toEqual([
      ['seller-routine.tab', 'ledger'],
    ]);
    expect(ss.getDeveloperMetadata().map((item) => [item.getKey(), item.getValue()])).toEqual([
      ['seller-routine.version', null],
    ]);
    const found = ss.createDeveloperMetadataFinder().withKey('seller-routine.tab').find();
    expect(found.map((item) => item.getLocation().getSheet()?.getName())).toEqual([
      '원장',
      'Orders',
    ]);
    found[1]!.setValue('orders-v2');
    expect(ss.getSheetByName('Orders')!.getDeveloperMetadata()[0]?.getValue()).toBe('orders-v2');
    ss.deleteSheet(ledger);
    expect(ss.createDeveloperMetadataFinder().withKey('seller-routine.tab').find()).toHaveLength(1);
  });

  it('records the type and ranges of the charts inserted', () => {
    const env = createGasEnvironment(twoTabs());
    const sheet = env.spreadsheet.getSheetByName('Orders')!;
    const { ChartType } = servicesOf(env).Charts;
    const chart = sheet
      .newChart()
      .setChartType(ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Margin')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(String(stored!.getType())).toBe('COLUMN');
    expect(stored!.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B4']);
  });

  it('records conditional format rules', () => {
    const env = createGasEnvironment(twoTabs());
    const sheet = env.spreadsheet.getSheetByName('Orders')!;
    const rule = servicesOf(env)
      .SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('BAD')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setRanges([sheet.getRange('B2:B4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [stored] = sheet.getConditionalFormatRules();
    expect(stored!.getBooleanCondition()?.getCriteriaValues()).toEqual(['BAD']);
    expect(stored!.getGradientCondition()).toBeNull();
    expect(stored!.getRanges().map((range) => range.getA1Notation())).toEqual(['B2:B4']);
  });
});

describe('toWorkbookData', () => {
  it('returns values, formats, formulas, frozen rows and merges of every tab', () => {
    const env = createGasEnvironment(twoTabs());
    const ledger = env.spreadsheet.getSheetByName('원장')!;
    ledger.getRange('A2:B2').setValues([[new Date('2025-03-01T00:00:00Z'), '=1+1']]);
    ledger.getRange('A2').setNumberFormat('yyyy-mm-dd');
    expect(env.toWorkbookData().sheets[1]).toEqual({
      name: '원장',
      values: [
        ['날짜', '금액'],
        [new Date('2025-03-01T00:00:00Z'), ''],
      ],
      numberFormats: [
        ['', ''],
        ['yyyy-mm-dd', ''],
      ],
      formulas: [
        ['', ''],
        ['', '=1+1'],
      ],
      frozenRows: 1,
    });
    expect(env.toWorkbookData().sheets[0]).toEqual({ name: 'Orders', values: numberedRows(3) });
  });
});
