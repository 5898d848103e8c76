import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPasteFolders, pasteTabs } from '../../src/local/cli/paste';
import type { SheetData, WorkbookData } from '../../src/local/workbookData';
import { WorkbookFileError } from '../../src/local/workbookFile';
import { render } from '../../src/core/text/messages';
import { csvFolder, tempDir } from './cliHelpers';

const OWNED = [{ key: 'sellerRoutine.tab', value: 'weeklyMargin' }];

/** A workbook the add-on has run on: Korean input tabs, the Ledger, a generated tab, a note. */
function workbook(): WorkbookData {
  return {
    name: 'shop',
    timeZone: 'Asia/Seoul',
    locale: 'ko_KR',
    sheets: [
      {
        name: '주문',
        values: [
          ['Order export, March', '', ''],
          ['Order ID', 'Amount', 'Total'],
          ['1', 10, 20],
          ['2', 30, 60],
          ['3', 50, 100],
        ],
        numberFormats: [
          ['', '', ''],
          ['', '', ''],
          ['@', '$#,##0.00', '0'],
          ['@', '$#,##0.00', '0'],
          ['@', '$#,##0.00', '0'],
        ],
        formulas: [
          ['', '', ''],
          ['', '', ''],
          ['', '', '=B3*2'],
          ['', '', '=B4*2'],
          ['', '', '=B5*2'],
        ],
        merges: ['A1:C1'],
        frozenRows: 2,
      },
      {
        name: '원장',
        values: [
          ['Date', 'Type'],
          [new Date('2025-03-03T01:00:00Z'), 'Sale'],
        ],
      },
      { name: '주간 마진', values: [['Week']], developerMetadata: OWNED },
      { name: 'Notes', values: [['call the supplier']] },
    ],
  };
}

const sheet = (data: WorkbookData, name: string): SheetData | undefined =>
  data.sheets.find((candidate) => candidate.name === name);

describe('pasteTabs', () => {
  const pasted = [
    {
      name: 'Orders',
      values: [
        ['Order ID', 'Amount'],
        ['4', '70'],
      ],
    },
  ];

  it('replaces the tab found by its other-language name with only the CSV cells, from A1', () => {
    const result = pasteTabs(workbook(), pasted);
    expect(sheet(result, '주문')).toEqual({
      name: '주문',
      values: pasted[0]?.values,
      frozenRows: 2, // a paste keeps the tab's frozen rows, as in Sheets
    });
    // The shorter CSV leaves no row or column of the old export behind, and no tab named Orders.
    expect(result.sheets.map((s) => s.name)).toEqual(['주문', '원장', '주간 마진', 'Notes']);
  });

  it('leaves the Ledger, generated and other tabs, and the input workbook, untouched', () => {
    const before = workbook();
    const result = pasteTabs(before, pasted);
    expect(result.sheets.slice(1)).toEqual(workbook().sheets.slice(1));
    expect(before).toEqual(workbook());
  });

  it('matches English or Korean names, and any name, whatever their case', () => {
    const result = pasteTabs(workbook(), [
      { name: 'ORDERS', values: [['a']] },
      { name: 'notes', values: [['b']] },
    ]);
    expect(sheet(result, '주문')?.values).toEqual([['a']]);
    expect(sheet(result, 'Notes')?.values).toEqual([['b']]);
    expect(result.sheets).toHaveLength(4);
  });

  it('pastes over a tab of the exact name before another that differs only in case', () => {
    const base = workbook();
    base.sheets.push({ name: 'notes', values: [['old']] });
    const result = pasteTabs(base, [{ name: 'notes', values: [['new']] }]);
    expect(sheet(result, 'Notes')?.values).toEqual([['call the supplier']]);
    expect(sheet(result, 'notes')?.values).toEqual([['new']]);
  });

  it('adds a tab the workbook lacks at the end, under the file name', () => {
    const result = pasteTabs(workbook(), [{ name: 'Disputes', values: [['Order ID']] }]);
    expect(result.sheets.at(-1)).toEqual({ name: 'Disputes', values: [['Order ID']] });
    expect(result.sheets).toHaveLength(5);
  });

  it('keeps the developer metadata of a tab pasted over', () => {
    const result = pasteTabs(workbook(), [{ name: '주간 마진', values: [['x']] }]);
    expect(sheet(result, '주간 마진')).toEqual({
      name: '주간 마진',
      values: [['x']],
      developerMetadata: OWNED,
    });
  });
});

describe('loadPasteFolders', () => {
  it('reads each folder as tabs, in the order given', async () => {
    const parent = tempDir();
    const week3 = csvFolder(parent, 'week-3', { 'Orders.csv': '\uFEFFOrder ID\n1\n' });
    const week4 = csvFolder(parent, 'week-4', {
      '주문.csv': Buffer.from('\uFEFFOrder ID\r\n2,x\r\n', 'utf16le'),
      '광고.csv': 'Campaign\n',
    });
    const folders = await loadPasteFolders([week4, week3]);
    expect(folders).toEqual([
      {
        folder: week4,
        tabs: [
          { name: '광고', values: [['Campaign']] },
          {
            name: '주문',
            values: [
              ['Order ID', ''],
              ['2', 'x'],
            ],
          },
        ],
      },
      { folder: week3, tabs: [{ name: 'Orders', values: [['Order ID'], ['1']] }] },
    ]);
  });

  it.each([
    [
      'a missing folder',
      (parent: string) => join(parent, 'nope'),
      /^Cannot read the folder .*nope: it does not exist\.$/,
      /^폴더를 읽을 수 없습니다: \S+nope\. 그런 파일이나 폴더가 없습니다\.$/,
    ],
    [
      'a file',
      (parent: string) => csvFolder(parent, 'f', { 'a.csv': 'x' }) + '/a.csv',
      /it is not a folder\.$/,
      /a\.csv\. 폴더가 아니라 파일입니다\.$/,
    ],
    [
      'a folder without .csv',
      (parent: string) => csvFolder(parent, 'empty', { 'a.xlsx': 'x' }),
      /holds no \.csv, \.tsv or \.txt files\.$/,
      /empty 폴더에 \.csv, \.tsv, \.txt 파일이 없습니다\.$/,
    ],
    [
      'a file that is not text',
      (parent: string) => {
        const folder = csvFolder(parent, 'binary', {});
        writeFileSync(
          join(folder, 'Orders.csv'),
          Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]),
        );
        return folder;
      },
      /Orders\.csv is not UTF-8, UTF-16 or Korean \(CP949\) text\. Please save it again as CSV\.$/,
      /Orders\.csv 파일이 UTF-8, UTF-16, 한국어\(CP949\) 텍스트가 아닙니다\. CSV로 다시 저장해 주세요\.$/,
    ],
    [
      'two files for one tab',
      (parent: string) => csvFolder(parent, 'both', { 'Orders.csv': 'a\n', '주문.csv': 'b\n' }),
      /has two files for the same tab: Orders and 주문\. Please keep one of them\.$/,
      /both 폴더에 같은 탭이 되는 파일이 둘 있습니다: Orders, 주문\. 하나만 남겨 주세요\.$/,
    ],
  ])('refuses %s with a WorkbookFileError', async (_, folderIn, message, korean) => {
    const error = await loadPasteFolders([folderIn(tempDir())]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).message).toMatch(message);
    expect(render((error as WorkbookFileError).sentence, 'ko')).toMatch(korean);
  });
});
