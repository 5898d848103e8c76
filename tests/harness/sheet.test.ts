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
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Orders', '원장']);
    expect(ss.getSheetByName('orders')).toBeNull();
    expect(ss.getSheetByName('원장')?.getIndex()).toBe(2);
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

  it('resolves Sheet!A1 ranges, quoted names included, and the active sheet without a name', () => {
    const ss = createGasEnvironment(twoTabs()).spreadsheet;
    expect(ss.getRange('Orders!B2:B3').getValues()).toEqual([['SKU-1'], ['SKU-2']]);
    expect(ss.getRange("'원장'!A1").getValue()).toBe('날짜');
    expect(ss.getRange('A2').getValue()).toBe(1);
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
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
    sheet.getRange('A10').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(4);
    sheet.getRange('C8').setFormula('=A2');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([8, 3]);
  });

  it('inserts and deletes rows, moving the cells below', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('Orders')!;
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['No'], [''], [''], [1], [2]]);
    sheet.deleteRows(2, 3);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['No'], [2], [3]]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(() => sheet.deleteRows(999, 2)).toThrow('Those rows are out of bounds.');
  });

  it('never deletes every non-frozen row', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('원장')!;
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('appendRow writes after the last row and grows a full sheet', () => {
    const sheet = createGasEnvironment(workbookWith(numberedRows(999))).spreadsheet.getSheets()[0]!;
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.appendRow([1000, '=A1', "'0012", '42']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:D1001').getValues()).toEqual([[1000, '', '0012', 42]]);
    expect(sheet.getRange('B1001').getFormula()).toBe('=A1');
  });

  it('clears contents only or everything', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('Orders')!;
    sheet.getRange('A1').setFontWeight('bold');
    sheet.clearContents();
    expect([sheet.getLastRow(), sheet.getRange('A1').getFontWeight()]).toEqual([0, 'bold']);
    sheet.getRange('A1:B1').merge();
    sheet.clear();
    expect([sheet.getRange('A1').getFontWeight(), sheet.getRange('A1:B1').isPartOfMerge()]).toEqual(
      ['normal', false],
    );
  });

  it('keeps frozen rows, widths, visibility and tab colour', () => {
    const sheet = createGasEnvironment(twoTabs()).spreadsheet.getSheetByName('원장')!;
    expect(sheet.getFrozenRows()).toBe(1);
    sheet
      .setFrozenRows(2)
      .setColumnWidths(1, 3, 160)
      .setColumnWidth(2, 80)
      .hideSheet()
      .setTabColor('#123456');
    expect([
      sheet.getFrozenRows(),
      sheet.getColumnWidth(1),
      sheet.getColumnWidth(2),
      sheet.getColumnWidth(4),
    ]).toEqual([2, 160, 80, 100]);
    expect([sheet.isSheetHidden(), sheet.getTabColor()]).toEqual([true, '#123456']);
    expect(sheet.showSheet().isSheetHidden()).toBe(false);
  });

  it('never hides the last visible sheet, and moves the view off a sheet it hides', () => {
    const { spreadsheet } = createGasEnvironment(twoTabs());
    const [first, second] = spreadsheet.getSheets() as [FakeSheet, FakeSheet];
    second.activate().hideSheet();
    expect(spreadsheet.getActiveSheet()).toBe(first);
    expect(() => first.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(first.isSheetHidden()).toBe(false);
    second.activate(); // activating a hidden sheet shows it
    expect([second.isSheetHidden(), spreadsheet.getActiveSheet()]).toEqual([false, second]);
  });
});

describe('protection, developer metadata, charts and conditional formats', () => {
  it('protects a sheet once and removes the protection', () => {
    const env = createGasEnvironment(twoTabs());
    const sheet = env.spreadsheet.getSheetByName('원장')!;
    const protection = sheet.protect().setDescription('Ledger is append-only').setWarningOnly(true);
    expect(sheet.protect()).toBe(protection);
    expect([protection.getDescription(), protection.isWarningOnly()]).toEqual([
      'Ledger is append-only',
      true,
    ]);
    const SHEET = servicesOf(env).SpreadsheetApp.ProtectionType.SHEET;
    expect(sheet.getProtections(SHEET)).toEqual([protection]);
    protection.remove();
    expect(sheet.getProtections(SHEET)).toEqual([]);
  });

  it('stores metadata on sheets and the spreadsheet and finds it by key and value', () => {
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
    const found = ss
      .createDeveloperMetadataFinder()
      .withKey('seller-routine.tab')
      .withValue('orders')
      .find();
    expect(found.map((item) => item.getLocation().getSheet()?.getName())).toEqual(['Orders']);
    found[0]!.setValue('orders-v2');
    expect(ss.createDeveloperMetadataFinder().withValue('orders-v2').find()).toHaveLength(1);
    found[0]!.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('seller-routine.tab').find()).toHaveLength(1);
    ss.deleteSheet(ledger);
    expect(ss.createDeveloperMetadataFinder().withKey('seller-routine.tab').find()).toHaveLength(0);
  });

  it('records charts built, inserted, updated and removed', () => {
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
    expect(sheet.getCharts()).toHaveLength(1);
    const updated = chart.modify().setOption('title', 'Weekly margin').build();
    sheet.updateChart(updated);
    const [stored] = sheet.getCharts();
    expect(String(stored!.getType())).toBe('COLUMN');
    expect(stored!.getOptions().get('title')).toBe('Weekly margin');
    expect(stored!.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B4']);
    expect([
      stored!.getContainerInfo().getAnchorRow(),
      stored!.getContainerInfo().getAnchorColumn(),
    ]).toEqual([2, 5]);
    sheet.removeChart(stored!);
    expect(sheet.getCharts()).toEqual([]);
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
    const condition = stored!.getBooleanCondition()!;
    expect([
      String(condition.getCriteriaType()),
      condition.getCriteriaValues(),
      condition.getBackground(),
    ]).toEqual(['TEXT_EQUAL_TO', ['BAD'], '#f4cccc']);
    expect(condition.getFontColor()).toBe('#990000');
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
