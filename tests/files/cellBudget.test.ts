import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../src/local/workbookData';
import { loadWorkbookFile, saveWorkbookXlsx, tooManyCells } from '../../src/local/workbookFile';
import { expectFileError, useTempDir } from './fileTestHelpers';

const tempDir = useTempDir();

/*
 * A loaded tab counts at least 1000 rows x 26 columns, as in the harness: 26,000 cells. With a
 * budget of 52,000 cells, two small tabs fit, a third does not, nor one tab of 2,001 rows.
 */
const MAX = 52_000;
const small = (name: string): SheetData => ({ name, values: [['x']] });
const tall: SheetData = { name: 'Tall', values: Array.from({ length: 2_001 }, () => ['x']) };

async function csvFolderOf(name: string, sheets: SheetData[]): Promise<string> {
  const folder = join(tempDir(), name);
  await mkdir(folder);
  for (const sheet of sheets) {
    await writeFile(join(folder, `${sheet.name}.csv`), sheet.values.join('\n'));
  }
  return folder;
}

async function xlsxOf(name: string, sheets: SheetData[]): Promise<string> {
  const path = join(tempDir(), `${name}.xlsx`);
  await saveWorkbookXlsx({ name, timeZone: 'Asia/Seoul', locale: 'ko_KR', sheets }, path);
  return path;
}

describe.each([
  ['a CSV folder', csvFolderOf],
  ['an .xlsx workbook', xlsxOf],
])('reading %s with at most a number of cells', (_, write) => {
  it('reads a workbook that fits', async () => {
    const path = await write('fits', [small('A'), small('B')]);
    expect((await loadWorkbookFile(path, { maxCells: MAX })).sheets).toHaveLength(2);
  });

  it('refuses one more tab, or one tab too tall, in one line', async () => {
    const threeTabs = await write('three', [small('A'), small('B'), small('C')]);
    await expectFileError(
      loadWorkbookFile(threeTabs, { maxCells: MAX }),
      tooManyCells(threeTabs, MAX).message,
    );
    const tallTab = await write('tall', [tall]);
    await expectFileError(
      loadWorkbookFile(tallTab, { maxCells: MAX }),
      `${tallTab} has more than 52,000 cells (rows × columns of every tab), more than a Google spreadsheet holds.`,
      `${tallTab}의 칸 수(모든 탭의 행 × 열)가 52,000칸을 넘어 구글 시트 한 파일에 담을 수 없습니다.`,
    );
  });

  it('reads any size without a budget', async () => {
    const path = await write('unbounded', [tall, small('A')]);
    const { sheets } = await loadWorkbookFile(path);
    expect(sheets.find((sheet) => sheet.name === 'Tall')?.values).toHaveLength(2_001);
  });
});
