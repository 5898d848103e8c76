// Shared set-up for the observed-behaviour tests: each file in this folder ports assertions of
// the public gas-fakes project's tests (github.com/brucemcpherson/gas-fakes, test/*.js), which
// run against live Apps Script as well as gas-fakes' own fake. The tests are ours, with our data;
// each names the file and the assertion it comes from.
import { createGasEnvironment, type GasEnvironment } from '../../../src/local/harness/environment';
import type { CellValue } from '../../../src/local/workbookData';
import { servicesOf } from '../workbooks';

/** A spreadsheet with one tab, 'Sheet1', reached as a script reaches it (through the boundary). */
export function scriptSpreadsheet(values: CellValue[][] = []) {
  const env: GasEnvironment = createGasEnvironment({
    name: 'Observed',
    timeZone: 'Asia/Seoul',
    locale: 'ko_KR',
    sheets: [{ name: 'Sheet1', values }],
  });
  const services = servicesOf(env);
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet()!;
  return { env, services, spreadsheet, sheet: spreadsheet.getSheets()[0]! };
}

/** A rows x columns block of one value, the shape Range.getValues() and friends answer. */
export const filled = <T>(rows: number, columns: number, value: T): T[][] =>
  Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
