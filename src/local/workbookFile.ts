import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { isTextTableFile, loadCsvFile, loadCsvFolder } from './files/csvFiles';
import { loadXlsxFile, saveXlsxFile } from './files/xlsxFile';
import { WorkbookFileError } from './files/workbookFileError';
import { settingsWithDefaults } from './files/workbookSettings';
import type { WorkbookData } from './workbookData';

export { parseCsvText } from './files/csvText';
export { WorkbookFileError };

export interface LoadOptions {
  /** Used when the file does not carry its own; default 'Asia/Seoul'. */
  timeZone?: string;
  /** Used when the file does not carry its own; default 'ko_KR'. */
  locale?: string;
}

/** An .xlsx workbook, one .csv/.tsv/.txt file, or a folder where each `<tab name>.csv` is a tab. */
export async function loadWorkbookFile(
  path: string,
  options: LoadOptions = {},
): Promise<WorkbookData> {
  const settings = settingsWithDefaults(path, options);
  const kind = await pathKind(path);
  if (kind === 'folder') return loadCsvFolder(path, settings);
  if (extname(path).toLowerCase() === '.xlsx') return loadXlsxFile(path, settings);
  if (isTextTableFile(path)) return loadCsvFile(path, settings);
  throw new WorkbookFileError(
    `${path} is not a file this tool can open: use an .xlsx workbook, a .csv, .tsv or .txt file, or a folder of .csv files.`,
  );
}

export async function saveWorkbookXlsx(data: WorkbookData, path: string): Promise<void> {
  await saveXlsxFile(data, path);
}

async function pathKind(path: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (cause) {
    throw new WorkbookFileError(`File not found: ${path}`, { cause });
  }
}
