import type { CellValue, SheetData } from '../workbookData';

/**
 * A tab: the header row, then `rows`. `numberFormats` maps a column index to the format of its
 * number and date cells (text cells keep the default format, as in a pasted export).
 */
export function sheetOf(
  name: string,
  header: readonly string[],
  rows: CellValue[][],
  numberFormats: Record<number, string> = {},
): SheetData {
  const values = [[...header], ...rows];
  for (const row of values) {
    if (row.length !== header.length) {
      throw new Error(
        `demo tab ${name}: a row has ${row.length} cells, the header ${header.length}`,
      );
    }
  }
  if (Object.keys(numberFormats).length === 0) return { name, values };
  const formats = values.map((row, index) =>
    row.map((value, column) =>
      index > 0 && (typeof value === 'number' || value instanceof Date)
        ? (numberFormats[column] ?? '')
        : '',
    ),
  );
  return { name, values, numberFormats: formats };
}
