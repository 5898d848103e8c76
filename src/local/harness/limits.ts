import type { SheetData, WorkbookData } from '../workbookData';
import { columnToLetters } from './a1Notation';
import { gasException } from './exception';

/** Size of a sheet Sheets creates: 1000 rows x 26 columns. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Sheets' ceilings: characters in one cell, and cells in a spreadsheet, blank ones included. */
export const MAX_CELL_CHARACTERS = 50_000;
export const MAX_SPREADSHEET_CELLS = 10_000_000;

export interface GridExtent {
  rows: number;
  columns: number;
}

/** The grid a loaded sheet gets: room for its data, and never less than a new sheet. */
export function loadedSheetExtent(data?: SheetData): GridExtent {
  return {
    rows: Math.max(data?.values.length ?? 0, NEW_SHEET_ROWS),
    columns: Math.max(widestRow(data?.values ?? []), NEW_SHEET_COLUMNS),
  };
}

/**
 * The first text longer than a Sheets cell holds, as the tab and its A1 cell; null when none is.
 * Such a cell cannot be in a spreadsheet, so the CLI refuses a file that has one.
 */
export function overlongCell(data: WorkbookData): { tab: string; cell: string } | null {
  for (const sheet of data.sheets) {
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) {
          return { tab: sheet.name, cell: `${columnToLetters(c + 1)}${r + 1}` };
        }
      }
    }
  }
  return null;
}

/** A loop, not Math.max(...widths): spreading 125,000 rows into one call overflows the stack. */
function widestRow(rows: readonly (readonly unknown[])[]): number {
  let widest = 0;
  for (const row of rows) if (row.length > widest) widest = row.length;
  return widest;
}

/** The cells of a loaded sheet whose content is `rows` x `columns`, blank ones included. */
export function loadedSheetCells(rows: number, columns: number): number {
  return Math.max(rows, NEW_SHEET_ROWS) * Math.max(columns, NEW_SHEET_COLUMNS);
}

/** The cells a spreadsheet holding `data` has, counted as Sheets counts them for its limit. */
export function spreadsheetCells(data: WorkbookData): number {
  if (data.sheets.length === 0) return loadedSheetCells(0, 0);
  let cells = 0;
  for (const sheet of data.sheets) {
    const { rows, columns } = loadedSheetExtent(sheet);
    cells += rows * columns;
  }
  return cells;
}

/** Sheets refuses any change that would leave the spreadsheet with more than 10 million cells. */
export function assertCellLimit(cells: number): void {
  if (cells > MAX_SPREADSHEET_CELLS) {
    throw gasException(
      `This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`,
    );
  }
}

/** Text longer than a cell holds is refused, whatever the cell's format. */
export function assertFitsInCell(input: unknown): void {
  if (typeof input === 'string' && input.length > MAX_CELL_CHARACTERS) {
    throw gasException(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
}
