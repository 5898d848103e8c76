import { constants } from 'node:buffer';
import Papa from 'papaparse';
import { msg, type MessageParam } from '../../core/text/messages';
import type { CellBudget } from './cellBudget';
import { CellTexts } from './cellTexts';
import { coverRow, fitGridInPlace, type GridSize } from './grid';
import { decodeText, isTooLongForAString } from './textEncoding';
import { WorkbookFileError } from './workbookFileError';

/**
 * The cells of a CSV or TSV file as text, like a paste into Sheets with "convert text to numbers"
 * off: a 16-digit order id keeps every digit. Ragged rows are padded with '' to the widest row
 * and trailing empty rows and columns are dropped. Read a row at a time, so that `budget` can
 * stop a file too big for a spreadsheet before all of it is in memory.
 */
export function parseCsvText(
  bytes: Uint8Array,
  fileName: MessageParam = msg('file.csvText'),
  budget?: CellBudget,
): string[][] {
  return parseDecodedCsv(decodeCsvText(bytes, fileName), fileName, budget);
}

/** parseCsvText on text already decoded (see decodeCsvText), so its bytes can go first. */
export function parseDecodedCsv(
  text: string,
  fileName: MessageParam,
  budget: CellBudget | undefined,
): string[][] {
  const rows: string[][] = [];
  const texts = new CellTexts();
  const size: GridSize = { height: 0, width: 0 };
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    step: ({ data, errors }) => {
      if (errors.some((error) => error.code === 'MissingQuotes')) {
        throw new WorkbookFileError(
          msg('file.unclosedQuote', { file: fileName, row: rows.length + 1 }),
        );
      }
      // A copy of papaparse's row, which is built by push and so holds room for more cells.
      const row = data.slice();
      for (let c = 0; c < row.length; c++) row[c] = texts.keep(row[c] as string, c);
      if (coverRow(size, row, rows.length, isFilled)) budget?.grow(size);
      rows.push(row);
    },
  });
  budget?.finish(size);
  return fitGridInPlace(rows, size, '');
}

/** The text of a CSV file's bytes, or a WorkbookFileError saying why it has none. */
export function decodeCsvText(bytes: Uint8Array, fileName: MessageParam): string {
  let text: string | undefined;
  try {
    text = decodeText(bytes);
  } catch (cause) {
    if (!isTooLongForAString(cause)) throw cause;
    const limit = constants.MAX_STRING_LENGTH.toLocaleString('en-US');
    throw new WorkbookFileError(msg('file.tooManyCharacters', { file: fileName, limit }), {
      cause,
    });
  }
  if (text === undefined) {
    throw new WorkbookFileError(msg('file.notText', { file: fileName }));
  }
  return text;
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
