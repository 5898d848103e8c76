import Papa from 'papaparse';
import { contentSize, fitGrid } from './grid';
import { decodeText } from './textEncoding';
import { WorkbookFileError } from './workbookFileError';

/**
 * The cells of a CSV or TSV file as text, like a paste into Sheets with "convert text to numbers"
 * off: a 16-digit order id keeps every digit. Ragged rows are padded with '' to the widest row
 * and trailing empty rows and columns are dropped.
 */
export function parseCsvText(bytes: Uint8Array, fileName = 'The CSV text'): string[][] {
  const text = decodeText(bytes);
  if (text === undefined) {
    throw new WorkbookFileError(`${fileName} is not UTF-8, UTF-16 or Korean (CP949) text.`);
  }
  const result = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text) });
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    const row = (unclosed.row ?? 0) + 1;
    throw new WorkbookFileError(
      `${fileName} has a quoted field opened in row ${row} that never closes.`,
    );
  }
  return fitGrid(result.data, contentSize(result.data, isFilled), '');
}

/*
 * Papaparse's own guess wants every row to have the same number of fields, so it gives up on
 * ragged files; the header row alone tells a TSV from a CSV.
 */
function guessDelimiter(text: string): ',' | '\t' {
  const fieldsInFirstRow = (delimiter: string) =>
    Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0]?.length ?? 0;
  return fieldsInFirstRow('\t') > fieldsInFirstRow(',') ? '\t' : ',';
}

function isFilled(cell: string): boolean {
  return cell !== '';
}
