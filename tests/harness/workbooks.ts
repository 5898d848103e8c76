import type { FakeCharts } from '../../src/local/harness/chart';
import type { GasEnvironment } from '../../src/local/harness/environment';
import type { FakeHtmlService } from '../../src/local/harness/htmlService';
import type { FakeLockService } from '../../src/local/harness/lock';
import type { FakePropertiesService } from '../../src/local/harness/properties';
import type { FakeScriptApp } from '../../src/local/harness/scriptApp';
import type { FakeSession } from '../../src/local/harness/session';
import type { FakeSpreadsheetApp } from '../../src/local/harness/spreadsheetApp';
import type { CellValue, WorkbookData } from '../../src/local/workbookData';

/** A one-tab workbook for harness tests. */
export function workbookWith(values: CellValue[][], name = 'Data'): WorkbookData {
  return { name: 'Test book', timeZone: 'Asia/Seoul', locale: 'ko_KR', sheets: [{ name, values }] };
}

/** `count` rows of [row number, 'SKU-<n>'] under a header. */
export function numberedRows(count: number): CellValue[][] {
  return [['No', 'SKU'], ...Array.from({ length: count }, (_, i) => [i + 1, `SKU-${i + 1}`])];
}

/** The globals of an environment with their harness types, as a script sees them. */
export function servicesOf(env: GasEnvironment) {
  return env.globals as {
    SpreadsheetApp: FakeSpreadsheetApp;
    PropertiesService: FakePropertiesService;
    LockService: FakeLockService;
    Session: FakeSession;
    HtmlService: FakeHtmlService;
    ScriptApp: FakeScriptApp;
    Charts: FakeCharts;
    console: Console;
  };
}
