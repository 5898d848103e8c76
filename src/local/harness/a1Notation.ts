/** A rectangle of cells, 1-based like Apps Script. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Which bounds an A1 reference left open ('A:H' = whole columns, '2:5' = whole rows). */
export type A1Shape = 'cells' | 'columns' | 'rows';

export interface A1Reference {
  /** Sheet name from 'Name!A1' or "'My sheet'!A1", unquoted; null when absent. */
  sheetName: string | null;
  rect: GridRect;
  shape: A1Shape;
}

export interface GridSize {
  maxRows: number;
  maxColumns: number;
}

export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + char.charCodeAt(0) - 64;
  return column;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses 'A1', 'A1:H20', 'A:H', '2:5' or 'A2:H' (open end = to the sheet's last row), with an
 * optional sheet prefix. Returns null for anything Sheets would answer with "Range not found".
 */
export function parseA1(
  notation: string,
  sizeOf: (sheetName: string | null) => GridSize | null,
): A1Reference | null {
  const { sheetName, cells } = splitSheetName(notation.trim());
  const size = sizeOf(sheetName);
  const parts = cells.split(':');
  if (!size || parts.length > 2) return null;
  const start = CELL.exec(parts[0] ?? '');
  const end = CELL.exec(parts[1] ?? parts[0] ?? '');
  if (!start || !end) return null;
  const [, startLetters = '', startDigits = ''] = start;
  const [, endLetters = '', endDigits = ''] = end;
  const shape = shapeOf(startLetters, startDigits, endLetters, endDigits, parts.length === 2);
  if (!shape || /^0+$/.test(startDigits) || /^0+$/.test(endDigits)) return null;
  const firstRow = startDigits ? Number(startDigits) : 1;
  const lastRow = endDigits ? Number(endDigits) : size.maxRows;
  const firstColumn = startLetters ? lettersToColumn(startLetters) : 1;
  const lastColumn = endLetters ? lettersToColumn(endLetters) : size.maxColumns;
  const rect = {
    row: Math.min(firstRow, lastRow),
    column: Math.min(firstColumn, lastColumn),
    numRows: Math.abs(lastRow - firstRow) + 1,
    numColumns: Math.abs(lastColumn - firstColumn) + 1,
  };
  return { sheetName, rect, shape };
}

function shapeOf(
  startLetters: string,
  startDigits: string,
  endLetters: string,
  endDigits: string,
  isPair: boolean,
): A1Shape | null {
  if (startLetters && startDigits && endLetters && endDigits) return 'cells';
  if (!isPair) return null;
  if (startLetters && endLetters && !endDigits) return startDigits ? 'cells' : 'columns';
  if (startDigits && endDigits && !startLetters && !endLetters) return 'rows';
  return null;
}

function splitSheetName(notation: string): { sheetName: string | null; cells: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: notation };
  const rawName = notation.slice(0, bang);
  const quoted = rawName.startsWith("'") && rawName.endsWith("'") && rawName.length >= 2;
  const sheetName = quoted ? rawName.slice(1, -1).replace(/''/g, "'") : rawName;
  return { sheetName, cells: notation.slice(bang + 1) };
}

/** A1 notation of a rectangle as Apps Script's Range.getA1Notation() writes it. */
export function formatA1(rect: GridRect, shape: A1Shape = 'cells'): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (shape === 'columns') return `${columnToLetters(rect.column)}:${columnToLetters(lastColumn)}`;
  if (shape === 'rows') return `${rect.row}:${lastRow}`;
  const start = `${columnToLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnToLetters(lastColumn)}${lastRow}`;
}
