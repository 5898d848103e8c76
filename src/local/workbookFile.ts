import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { msg } from '../core/text/messages';
import { CellBudget, tooManyCells } from './files/cellBudget';
import { isTextTableFile, loadCsvFile, loadCsvFolder, readFailure } from './files/csvFiles';
import { WorkbookFileError } from './files/workbookFileError';
import { settingsWithDefaults } from './files/workbookSettings';
import type { WorkbookData } from './workbookData';

export { parseCsvText } from './files/csvText';
export { WorkbookFileError, tooManyCells };

export interface LoadOptions {
  /** Used when the file does not carry its own; default 'Asia/Seoul'. */
  timeZone?: string;
  /** Used when the file does not carry its own; default 'ko_KR'. */
  locale?: string;
  /**
   * Refuse, as soon as it is clear, a workbook with more cells than this, counted as the harness
   * counts them (see CellBudget); by default any size is read.
   */
  maxCells?: number;
}

/** An .xlsx workbook, one .csv/.tsv/.txt file, or a folder where each `<tab name>.csv` is a tab. */
export async function loadWorkbookFile(
  path: string,
  options: LoadOptions = {},
): Promise<WorkbookData> {
  const { maxCells, ...given } = options;
  const settings = settingsWithDefaults(given);
  const budget = maxCells === undefined ? undefined : new CellBudget(path, maxCells);
  const kind = await pathKind(path);
  if (kind === 'folder') return loadCsvFolder(path, settings, budget);
  if (extname(path).toLowerCase() === '.xlsx') {
    const { loadXlsxFile } = await import('./files/xlsxFile');
    return loadXlsxFile(path, settings, budget);
  }
  if (isTextTableFile(path)) return loadCsvFile(path, settings, budget);
  throw new WorkbookFileError(msg('file.unsupported', { path }));
}

/*
 * The .xlsx code is imported when a workbook is one: exceljs takes about 0.3 s to load, a tenth
 * of a 100,000-order run from CSV files that never use it.
 */
export async function saveWorkbookXlsx(data: WorkbookData, path: string): Promise<void> {
  const { saveXlsxFile } = await import('./files/xlsxWriter');
  await saveXlsxFile(data, path);
}

async function pathKind(path: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    const sentence = missing
      ? msg('file.notFound', { path })
      : msg('file.cannotOpen', { path, reason: readFailure(cause) });
    throw new WorkbookFileError(sentence, { cause });
  }
}
