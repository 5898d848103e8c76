import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { saveWorkbookXlsx } from '../workbookFile';
import type { CellValue } from '../workbookData';
import {
  buildDemoWorkbook,
  DEMO_CHAIN_START_WEEK,
  demoWeeklyPastes,
  type DemoOptions,
} from './demoWorkbook';

/**
 * `dir/start.xlsx`, the workbook as of week 2 with that week's downloads in its export tabs, and
 * `dir/week-3/주문.csv` … `dir/week-8/정산.csv`, each week's downloads as the CSV folders the CLI
 * reads (one `<tab name>.csv` a tab). Returns the paths written.
 */
export async function writeDemoWeeklyFiles(
  dir: string,
  options: Pick<DemoOptions, 'seed' | 'scale'> = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const start = join(dir, 'start.xlsx');
  const startWorkbook = buildDemoWorkbook({
    ...options,
    asOfWeek: DEMO_CHAIN_START_WEEK,
    windows: 'download',
  });
  await saveWorkbookXlsx(startWorkbook, start);
  const written = [start];
  for (const paste of demoWeeklyPastes(options)) {
    const folder = join(dir, paste.label);
    await mkdir(folder, { recursive: true });
    for (const tab of paste.tabs) {
      const path = join(folder, `${tab.name}.csv`);
      await writeFile(path, csvText(tab.values));
      written.push(path);
    }
  }
  return written;
}

/**
 * UTF-8 with a BOM, so that Excel opens the Korean and Chinese text as UTF-8. The export tabs
 * hold text and plain numbers only (their times are text as the exports write them), so each
 * cell is written as it is; a line break inside a cell is quoted.
 */
function csvText(values: CellValue[][]): string {
  return `\uFEFF${Papa.unparse(values)}`;
}
