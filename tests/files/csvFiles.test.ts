import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../src/local/workbookFile';
import { expectFileError, useTempDir } from './fileTestHelpers';

const tempDir = useTempDir();

async function folderWith(folderName: string, files: Record<string, string>): Promise<string> {
  const folder = join(tempDir(), folderName);
  await mkdir(folder);
  for (const [fileName, text] of Object.entries(files)) {
    await writeFile(join(folder, fileName), text);
  }
  return folder;
}

describe('loading a single CSV file', () => {
  it('makes one tab named after the file, with the default settings', async () => {
    const path = join(tempDir(), 'Orders.csv');
    await writeFile(path, '\uFEFForder id,amount\n8123456789012345,12.50\n');
    expect(await loadWorkbookFile(path)).toEqual({
      name: 'Orders',
      timeZone: 'Asia/Seoul',
      locale: 'ko_KR',
      sheets: [
        {
          name: 'Orders',
          values: [
            ['order id', 'amount'],
            ['8123456789012345', '12.50'],
          ],
        },
      ],
    });
  });

  it('reads .tsv and .txt files the same way and takes the given settings', async () => {
    const tsv = join(tempDir(), 'traffic.TSV');
    await writeFile(tsv, 'date\tvisitors\n2025-09-01\t1,234\n');
    const workbook = await loadWorkbookFile(tsv, { timeZone: 'UTC', locale: 'en_US' });
    expect(workbook).toEqual({
      name: 'traffic',
      timeZone: 'UTC',
      locale: 'en_US',
      sheets: [
        {
          name: 'traffic',
          values: [
            ['date', 'visitors'],
            ['2025-09-01', '1,234'],
          ],
        },
      ],
    });
    const txt = join(tempDir(), 'ads.txt');
    await writeFile(txt, Buffer.from('\uFEFFcampaign\tspend\r\nA\t3\r\n', 'utf16le'));
    expect((await loadWorkbookFile(txt)).sheets[0]?.values).toEqual([
      ['campaign', 'spend'],
      ['A', '3'],
    ]);
  });

  it('reads an empty file as an empty tab', async () => {
    const path = join(tempDir(), 'Reviews.csv');
    await writeFile(path, '');
    expect((await loadWorkbookFile(path)).sheets).toEqual([{ name: 'Reviews', values: [] }]);
  });

  it('names the file in a parse error', async () => {
    const path = join(tempDir(), 'broken.csv');
    await writeFile(path, 'a,"b\n');
    await expectFileError(
      loadWorkbookFile(path),
      `${path} has a quoted field opened in row 1 that never closes.`,
      `${path} 파일의 1행에서 시작한 따옴표가 닫히지 않습니다.`,
    );
  });
});

describe('loading a folder of CSV files', () => {
  it('makes each CSV file a tab in alphabetical order, ignoring hidden and other files', async () => {
    const folder = await folderWith('export.2025-09', {
      'Orders.csv': 'id\n1\n',
      'ads.tsv': 'campaign\tspend\nA\t3\n',
      'Ledger.txt': 'Date,Amount\n2025-09-01,5\n',
      '.~lock.Orders.csv#': 'lock',
      '._Orders.csv': 'macOS resource fork',
      'notes.md': '# notes',
      'old.xlsx': 'not read',
    });
    await mkdir(join(folder, 'archive.csv'));
    const workbook = await loadWorkbookFile(folder);
    expect(workbook.name).toBe('export.2025-09');
    expect(workbook.sheets).toEqual([
      {
        name: 'ads',
        values: [
          ['campaign', 'spend'],
          ['A', '3'],
        ],
      },
      {
        name: 'Ledger',
        values: [
          ['Date', 'Amount'],
          ['2025-09-01', '5'],
        ],
      },
      { name: 'Orders', values: [['id'], ['1']] },
    ]);
  });

  it('composes macOS decomposed (NFD) Korean file names', async () => {
    const decomposed = '주문'.normalize('NFD');
    const folder = await folderWith('mac', {
      [`${decomposed}.csv`]: '주문 ID\n1\n',
      [`${'원장'.normalize('NFD')}.csv`]: '날짜\n2025-09-01\n',
    });
    const names = (await loadWorkbookFile(folder)).sheets.map((sheet) => sheet.name);
    expect(names).toEqual(['원장', '주문']);
    expect(names[1]).toHaveLength(2);
  });

  it('keeps empty CSV files as empty tabs', async () => {
    const folder = await folderWith('with-empty', { 'Disputes.csv': '', 'Orders.csv': 'id\n' });
    expect((await loadWorkbookFile(folder)).sheets).toEqual([
      { name: 'Disputes', values: [] },
      { name: 'Orders', values: [['id']] },
    ]);
  });

  it('refuses a folder without CSV files', async () => {
    const folder = await folderWith('no-csv', { 'readme.md': 'hi', '.hidden.csv': 'a\n' });
    await expectFileError(
      loadWorkbookFile(folder),
      `The folder ${folder} holds no .csv, .tsv or .txt files.`,
      `${folder} 폴더에 .csv, .tsv, .txt 파일이 없습니다.`,
    );
  });

  it('refuses two files for the same tab', async () => {
    const folder = await folderWith('clash', { 'Orders.csv': 'a\n', 'orders.tsv': 'a\n' });
    await expectFileError(
      loadWorkbookFile(folder),
      `The folder ${folder} has two files for the same tab: Orders.csv and orders.tsv. Please keep one of them.`,
      `${folder} 폴더에 같은 탭이 되는 파일이 둘 있습니다: Orders.csv, orders.tsv. 하나만 남겨 주세요.`,
    );
  });
});

describe('paths that cannot be opened', () => {
  it('reports a missing path', async () => {
    const path = join(tempDir(), 'missing.xlsx');
    await expectFileError(
      loadWorkbookFile(path),
      `No file or folder found at ${path}. Please check the name and where it is.`,
      `파일이나 폴더를 찾을 수 없습니다: ${path}. 이름과 위치를 확인해 주세요.`,
    );
  });

  it('reports an unsupported extension', async () => {
    const path = join(tempDir(), 'orders.xls');
    await writeFile(path, 'old binary excel');
    await expectFileError(
      loadWorkbookFile(path),
      `${path} is not a file this tool can open: use an Excel file (.xlsx), a .csv, .tsv or .txt file, or a folder of .csv files.`,
      `열 수 없는 종류의 파일입니다: ${path}. 엑셀 파일(.xlsx), .csv·.tsv·.txt 파일, 또는 .csv 파일이 든 폴더를 적어 주세요.`,
    );
  });
});
