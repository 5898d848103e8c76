import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { msg, type Msg } from '../../core/text/messages';
import type { SheetData, WorkbookData } from '../workbookData';
import type { CellBudget } from './cellBudget';
import { decodeCsvText, parseDecodedCsv } from './csvText';
import { folderName, nameWithoutExtension } from './fileName';
import type { WorkbookSettings } from './workbookSettings';
import { WorkbookFileError } from './workbookFileError';

const TEXT_TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt'];

export function isTextTableFile(path: string): boolean {
  return TEXT_TABLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** One CSV/TSV file as a workbook with one tab named after the file. */
export async function loadCsvFile(
  path: string,
  settings: WorkbookSettings,
  budget?: CellBudget,
): Promise<WorkbookData> {
  const sheet = await loadCsvSheet(path, budget);
  return { name: sheet.name, ...settings, sheets: [sheet] };
}

/** A folder where each `<tab name>.csv` (or .tsv/.txt) is one tab, in alphabetical order. */
export async function loadCsvFolder(
  path: string,
  settings: WorkbookSettings,
  budget?: CellBudget,
): Promise<WorkbookData> {
  return { name: folderName(path), ...settings, sheets: await loadCsvTabs(path, budget) };
}

/** The tabs of a CSV folder alone: what `--paste` lays over a workbook. */
export async function loadCsvTabs(path: string, budget?: CellBudget): Promise<SheetData[]> {
  const entries = await readFolder(path);
  const fileNames = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && isTextTableFile(entry.name))
    .map((entry) => entry.name);
  if (fileNames.length === 0) {
    throw new WorkbookFileError(msg('file.noTextFiles', { path }));
  }
  rejectDuplicateTabs(path, fileNames);
  fileNames.sort(byTabName);
  return Promise.all(fileNames.map((fileName) => loadCsvSheet(join(path, fileName), budget)));
}

async function loadCsvSheet(path: string, budget: CellBudget | undefined): Promise<SheetData> {
  const values = parseDecodedCsv(await readCsvText(path), path, budget);
  return { name: nameWithoutExtension(path), values };
}

/** The file's bytes are garbage once this returns: only its text is parsed. */
async function readCsvText(path: string): Promise<string> {
  return decodeCsvText(await readFileOrExplain(path), path);
}

async function readFolder(path: string): Promise<Dirent[]> {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch (cause) {
    const sentence = msg('file.cannotReadFolder', { path, reason: readFailure(cause) });
    throw new WorkbookFileError(sentence, { cause });
  }
}

async function readFileOrExplain(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    const sentence = msg('file.cannotRead', { path, reason: readFailure(cause) });
    throw new WorkbookFileError(sentence, { cause });
  }
}

/** Why a path could not be read, for a person rather than an errno (a file.reason.* key). */
export function readFailure(cause: unknown): Msg {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return msg('file.reason.notFound');
  if (code === 'ENOTDIR') return msg('file.reason.notFolder');
  if (code === 'EISDIR') return msg('file.reason.isFolder');
  if (code === 'EACCES' || code === 'EPERM') return msg('file.reason.permission');
  if (code === 'ERR_FS_FILE_TOO_LARGE') return msg('file.reason.tooLarge');
  return msg('file.reason.unreadable');
}

function byTabName(a: string, b: string): number {
  return nameWithoutExtension(a).localeCompare(nameWithoutExtension(b), 'en');
}

/** Sheets tab names are unique regardless of case, so `Orders.csv` and `orders.tsv` clash. */
function rejectDuplicateTabs(folder: string, fileNames: string[]): void {
  const seen = new Map<string, string>();
  for (const fileName of fileNames) {
    const key = nameWithoutExtension(fileName).toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new WorkbookFileError(
        msg('file.sameTab', { folder, first: earlier, second: fileName }),
      );
    }
    seen.set(key, fileName);
  }
}
