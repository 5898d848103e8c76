import type { Lang } from '../core/text/language';
import { layoutLedgerAppend } from '../core/ledger/ledgerAppend';
import { moneyFormat, TEXT_FORMAT } from '../core/views/outputTabs';
import { setupHeaders, tabSpec } from '../core/read/tabSpecs';
import { ensureSize, fitGrid } from './spreadsheetIo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a Ledger append needs from the read phase. */
export interface LedgerTarget {
  /** The existing Ledger tab's name and values, or null to create one. */
  tab: { name: string; values: unknown[][] } | null;
  /** Rows from planLedgerImport: Date, Type, Amount, Currency, SKU, Order ID, Memo, Source Key. */
  planned: unknown[][];
  lang: Lang;
  baseCurrency: string;
}

/**
 * Appends the planned rows below the Ledger's last row with one setValues. The last row is read
 * again just before the write, so a row the user typed while the update ran is never written
 * over. Text columns get the plain-text format first, so an id stays exact and a memo such as
 * "=HYPERLINK(…)" stays text. The user's rows and columns are never moved.
 */
export function appendToLedger(spreadsheet: Spreadsheet, target: LedgerTarget): number {
  if (target.planned.length === 0) return 0;
  const name = target.tab?.name ?? tabSpec('ledger')[target.lang];
  const layout = layoutLedgerAppend(target.tab?.values ?? null, target.planned, name, target.lang);
  const existing = spreadsheet.getSheetByName(name);
  const sheet = existing ?? spreadsheet.insertSheet(name);
  // A Ledger the add-on creates gets exactly its columns; a user's keeps all of theirs.
  if (existing === null) fitGrid(sheet, 1, layout.width);
  if (layout.writeHeader) {
    const header = setupHeaders('ledger', target.lang);
    ensureSize(sheet, 1, header.length);
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  for (const addition of layout.headerAdditions) {
    ensureSize(sheet, layout.headerRow, addition.column);
    sheet.getRange(layout.headerRow, addition.column).setValue(addition.name);
  }
  const firstRow = Math.max(sheet.getLastRow(), layout.headerRow) + 1;
  ensureSize(sheet, firstRow + layout.rows.length - 1, layout.width);
  const rowFormats = Array<string>(layout.width).fill(TEXT_FORMAT);
  rowFormats[layout.columns.date] = 'yyyy-mm-dd hh:mm';
  rowFormats[layout.columns.amount] = moneyFormat(target.baseCurrency);
  const range = sheet.getRange(firstRow, 1, layout.rows.length, layout.width);
  range.setNumberFormats(layout.rows.map(() => rowFormats));
  range.setValues(layout.rows);
  return layout.rows.length;
}
