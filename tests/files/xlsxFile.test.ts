import ExcelJS from 'exceljs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadWorkbookFile,
  saveWorkbookXlsx,
  WorkbookFileError,
} from '../../src/local/workbookFile';
import type { WorkbookData } from '../../src/local/workbookData';
import { expectFileError, useTempDir } from './fileTestHelpers';

const tempDir = useTempDir();

/** Writes a workbook built directly with exceljs, the way other programs' files look to us. */
async function excelFile(
  fileName: string,
  build: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(tempDir(), fileName);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** exceljs takes and gives Excel's zone-less date-times as Dates at that wall clock in UTC. */
function wallClock(text: string): Date {
  return new Date(`${text}Z`);
}

describe('loading .xlsx cells', () => {
  it('maps every kind of cell to what Range.getValues() gives', async () => {
    const path = await excelFile('kinds.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('주문');
      sheet.getRow(1).values = ['number', 'text', 'rich', 'link', 'yes', 'no', 'error'];
      sheet.getRow(2).values = [
        3.25,
        '1234567890123456',
        { richText: [{ text: 'Hello ' }, { text: 'World', font: { bold: true } }] },
        { text: 'AliExpress', hyperlink: 'https://www.aliexpress.com' },
        true,
        false,
        { error: '#N/A' },
      ];
    });
    const workbook = await loadWorkbookFile(path);
    expect(workbook.sheets[0]).toEqual({
      name: '주문',
      values: [
        ['number', 'text', 'rich', 'link', 'yes', 'no', 'error'],
        [3.25, '1234567890123456', 'Hello World', 'AliExpress', true, false, '#N/A'],
      ],
    });
  });

  it('gives a formula cell its cached result as value and the formula with "="', async () => {
    const path = await excelFile('formulas.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getCell('A1').value = 2;
      sheet.getCell('B1').value = { formula: 'A1*3', result: 6 };
      sheet.getCell('C1').value = { formula: 'A1-2', result: 0 };
      sheet.getCell('D1').value = {
        formula: 'VLOOKUP(A1,X!A:C,2,FALSE)',
        result: { error: '#N/A' },
      };
      sheet.getCell('E1').value = { formula: 'A1&"x"', result: '2x' };
      sheet.getCell('F1').value = { formula: 'A1>1', result: true };
    });
    const sheet = (await loadWorkbookFile(path)).sheets[0];
    expect(sheet?.values).toEqual([[2, 6, 0, '#N/A', '2x', true]]);
    expect(sheet?.formulas).toEqual([
      ['', '=A1*3', '=A1-2', '=VLOOKUP(A1,X!A:C,2,FALSE)', '=A1&"x"', '=A1>1'],
    ]);
  });

  it('spells out shared formulas for every cell that shares them', async () => {
    const path = await excelFile('shared.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getColumn(1).values = [1, 2];
      sheet.getCell('B1').value = {
        formula: 'A1*2',
        result: 2,
        shareType: 'shared',
        ref: 'B1:B2',
      } as ExcelJS.CellFormulaValue;
      sheet.getCell('B2').value = { sharedFormula: 'B1', result: 4 };
    });
    const sheet = (await loadWorkbookFile(path)).sheets[0];
    expect(sheet?.values).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(sheet?.formulas).toEqual([
      ['', '=A1*2'],
      ['', '=A2*2'],
    ]);
  });

  it('keeps number formats, with "" for General', async () => {
    const path = await excelFile('formats.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getRow(1).values = [3, 1500, '00123', 7];
      sheet.getCell('A1').numFmt = '$#,##0.00_)';
      sheet.getCell('B1').numFmt = '[$₩]#,##0';
      sheet.getCell('C1').numFmt = '@';
    });
    const sheet = (await loadWorkbookFile(path)).sheets[0];
    expect(sheet?.values).toEqual([[3, 1500, '00123', 7]]);
    expect(sheet?.numberFormats).toEqual([['$#,##0.00_)', '[$₩]#,##0', '@', '']]);
  });

  it('blanks merged cells except the top-left one and records the merges', async () => {
    const path = await excelFile('merges.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getCell('A1').value = 'Title';
      sheet.mergeCells('A1:C1');
      sheet.getCell('A2').value = 'Left';
      sheet.getCell('B2').value = 'Block';
      sheet.mergeCells('B2:C3');
    });
    const sheet = (await loadWorkbookFile(path)).sheets[0];
    expect(sheet?.values).toEqual([
      ['Title', '', ''],
      ['Left', 'Block', ''],
      ['', '', ''],
    ]);
    expect(sheet?.merges).toEqual(['A1:C1', 'B2:C3']);
  });

  it('makes rows rectangular and trims trailing empty rows and columns', async () => {
    const path = await excelFile('ragged.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getCell('A1').value = 'a';
      sheet.getCell('C2').value = 'c';
      sheet.getCell('A3').value = '';
      sheet.getCell('F9').numFmt = '0.00';
    });
    const sheet = (await loadWorkbookFile(path)).sheets[0];
    expect(sheet?.values).toEqual([
      ['a', '', ''],
      ['', '', 'c'],
    ]);
    expect(sheet?.numberFormats).toBeUndefined();
  });

  it('keeps sheet order and names, an empty sheet as [] and frozen rows', async () => {
    const path = await excelFile('order.xlsx', (workbook) => {
      workbook.addWorksheet('설정').getCell('A1').value = 'x';
      workbook.addWorksheet('Empty');
      const orders = workbook.addWorksheet('Orders', { views: [{ state: 'frozen', ySplit: 2 }] });
      orders.getCell('A1').value = 'y';
    });
    const workbook = await loadWorkbookFile(path);
    expect(workbook.name).toBe('order');
    expect(workbook.sheets).toEqual([
      { name: '설정', values: [['x']] },
      { name: 'Empty', values: [] },
      { name: 'Orders', values: [['y']], frozenRows: 2 },
    ]);
  });
});

describe('loading .xlsx dates', () => {
  async function dateFile(fileName: string): Promise<string> {
    return excelFile(fileName, (workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.getRow(1).values = [
        wallClock('2025-01-15T09:30:00'),
        wallClock('2025-07-01T12:00:00'),
        wallClock('2025-03-09T01:30:00'),
        wallClock('2025-03-09T03:30:00'),
        wallClock('2025-11-02T00:30:00'),
        wallClock('2025-11-02T02:30:00'),
      ];
      sheet.getCell('G1').value = { formula: 'A1+1', result: wallClock('2025-01-16T09:30:00') };
      sheet.getRow(1).eachCell((cell) => (cell.numFmt = 'yyyy-mm-dd hh:mm'));
    });
  }

  it('reads wall-clock date-times as instants in Asia/Seoul (UTC+9, no DST)', async () => {
    const workbook = await loadWorkbookFile(await dateFile('seoul.xlsx'));
    expect(workbook.timeZone).toBe('Asia/Seoul');
    expect(workbook.sheets[0]?.values[0]).toEqual([
      new Date('2025-01-15T00:30:00Z'),
      new Date('2025-07-01T03:00:00Z'),
      new Date('2025-03-08T16:30:00Z'),
      new Date('2025-03-08T18:30:00Z'),
      new Date('2025-11-01T15:30:00Z'),
      new Date('2025-11-01T17:30:00Z'),
      new Date('2025-01-16T00:30:00Z'),
    ]);
    expect(workbook.sheets[0]?.formulas?.[0]?.[6]).toBe('=A1+1');
    expect(workbook.sheets[0]?.numberFormats?.[0]?.[0]).toBe('yyyy-mm-dd hh:mm');
  });

  it('applies the DST offset in force on each date in America/New_York', async () => {
    const path = await dateFile('new-york.xlsx');
    const workbook = await loadWorkbookFile(path, { timeZone: 'America/New_York' });
    expect(workbook.sheets[0]?.values[0]).toEqual([
      new Date('2025-01-15T14:30:00Z'), // EST, UTC-5
      new Date('2025-07-01T16:00:00Z'), // EDT, UTC-4
      new Date('2025-03-09T06:30:00Z'), // 01:30 EST, just before the switch
      new Date('2025-03-09T07:30:00Z'), // 03:30 EDT, just after it
      new Date('2025-11-02T04:30:00Z'), // 00:30 EDT, before clocks go back
      new Date('2025-11-02T07:30:00Z'), // 02:30 EST, after
      new Date('2025-01-16T14:30:00Z'),
    ]);
  });
});

describe('workbook settings', () => {
  it('falls back to Asia/Seoul and ko_KR, or the given options, when the file has none', async () => {
    const path = await excelFile('plain.xlsx', (workbook) => {
      workbook.addWorksheet('Sheet1').getCell('A1').value = 1;
    });
    const defaults = await loadWorkbookFile(path);
    expect([defaults.timeZone, defaults.locale]).toEqual(['Asia/Seoul', 'ko_KR']);
    const given = await loadWorkbookFile(path, { timeZone: 'Europe/Berlin', locale: 'de_DE' });
    expect([given.timeZone, given.locale]).toEqual(['Europe/Berlin', 'de_DE']);
  });

  it('ignores a description written by someone else', async () => {
    const path = await excelFile('described.xlsx', (workbook) => {
      workbook.description = 'Q3 orders, do not edit';
      workbook.addWorksheet('Sheet1').getCell('A1').value = 1;
    });
    const workbook = await loadWorkbookFile(path, { locale: 'en_US' });
    expect([workbook.timeZone, workbook.locale]).toEqual(['Asia/Seoul', 'en_US']);
  });
});

describe('saving .xlsx', () => {
  const data: WorkbookData = {
    name: 'Round trip',
    timeZone: 'America/New_York',
    locale: 'en_US',
    sheets: [
      {
        name: '주문',
        values: [
          ['주문 ID', '금액', '주문 시간', '합계', '확인', '메모'],
          ['8123456789012345', 12.5, new Date('2025-07-01T16:00:00Z'), 25, true, '=not a formula'],
          ['8123456789012346', 0, new Date('2025-01-15T17:00:00Z'), 0, false, ''],
          ['Merged note', '', '', '', '', ''],
        ],
        numberFormats: [
          ['', '', '', '', '', ''],
          ['@', '$#,##0.00_)', 'yyyy-mm-dd hh:mm', '[$₩]#,##0', '', ''],
          ['@', '$#,##0.00_)', 'yyyy-mm-dd hh:mm', '[$₩]#,##0', '', ''],
          ['', '', '', '', '', ''],
        ],
        formulas: [
          ['', '', '', '', '', ''],
          ['', '', '', '=B2*2', '', ''],
          ['', '', '', '=B3*2', '', ''],
          ['', '', '', '', '', ''],
        ],
        merges: ['A4:F4'],
        frozenRows: 1,
      },
      { name: 'Empty', values: [] },
      { name: 'Ledger', values: [['Date'], [new Date('2025-03-09T07:30:00Z')]] },
    ],
  };

  it('loads back exactly what it saved, time zone and locale included', async () => {
    const path = join(tempDir(), 'Round trip.xlsx');
    await saveWorkbookXlsx(data, path);
    const loaded = await loadWorkbookFile(path, { timeZone: 'Asia/Seoul', locale: 'ko_KR' });
    expect(loaded).toEqual({
      ...data,
      sheets: [
        data.sheets[0],
        data.sheets[1],
        { ...data.sheets[2], numberFormats: [[''], ['yyyy-mm-dd hh:mm:ss']] },
      ],
    });
  });

  it('stores dates as the wall clock of the workbook time zone, as Excel expects', async () => {
    const path = join(tempDir(), 'wall-clock.xlsx');
    await saveWorkbookXlsx(data, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const orders = workbook.getWorksheet('주문');
    expect(orders?.getCell('C2').value).toEqual(wallClock('2025-07-01T12:00:00'));
    expect(orders?.getCell('C3').value).toEqual(wallClock('2025-01-15T12:00:00'));
    expect(workbook.getWorksheet('Ledger')?.getCell('A2').value).toEqual(
      wallClock('2025-03-09T03:30:00'),
    );
  });
});

describe('saving and loading big workbooks', () => {
  const base = { name: 'Big', timeZone: 'Asia/Seoul', locale: 'ko_KR' };

  it('writes row by row, with merges that span rows written once all their rows are', async () => {
    // Past the rows the writer writes before it lets the zip catch up, a merge across the pause.
    const values = Array.from({ length: 3_000 }, (_, r) => [r + 1, `SKU-${r % 40}`, '']);
    values[498] = [499, 'merged', 'hidden'];
    values[500] = [501, 'hidden too', ''];
    const dates = values.map((_, r) => new Date(Date.UTC(2025, 0, 1, r)));
    const sheet = {
      name: '원장',
      values: values.map((row, r) => [...row, dates[r]!]),
      merges: ['B499:C502', 'A1:A2'],
      frozenRows: 1,
    };
    const path = join(tempDir(), 'big.xlsx');
    await saveWorkbookXlsx({ ...base, sheets: [sheet] }, path);
    const [loaded] = (await loadWorkbookFile(path)).sheets;
    const expected = sheet.values.map((row) => row.slice());
    for (const [r, c] of [
      [1, 0],
      [498, 2],
      [499, 1],
      [499, 2],
      [500, 1],
      [500, 2],
      [501, 1],
      [501, 2],
    ]) {
      expected[r]![c] = '';
    }
    expect(loaded?.values).toEqual(expected);
    expect(loaded?.merges).toEqual(['A1:A2', 'B499:C502']);
    expect([loaded?.frozenRows, loaded?.numberFormats?.[2999]?.[3]]).toEqual([
      1,
      'yyyy-mm-dd hh:mm:ss',
    ]);
  });

  it('keeps text exactly: markup, entities, spaces, line breaks and Korean of any length', async () => {
    // Korean is three bytes a character: over 64 KB of it, some fall across two chunks.
    const korean = Array.from({ length: 2_000 }, (_, r) => [`${r}번 상품 한국어 설명 글자`]);
    const tricky = [
      ['&amp; <b>"x"</b> \'y\''],
      [' 8207841133554507 '],
      ['줄\n바꿈'],
      ['=not a formula'],
    ];
    const sheet = { name: 'Text', values: [...tricky, ...korean] };
    const path = join(tempDir(), 'text.xlsx');
    await saveWorkbookXlsx({ ...base, sheets: [sheet] }, path);
    expect((await loadWorkbookFile(path)).sheets[0]?.values).toEqual(sheet.values);
  });

  it("keeps a blank row's number formats in the file, as Excel shows them", async () => {
    const sheet = {
      name: 'Formats',
      values: [
        ['a', 'b'],
        ['', ''],
        ['c', 'd'],
      ],
      numberFormats: [
        ['', ''],
        ['@', '@'],
        ['', ''],
      ],
    };
    const path = join(tempDir(), 'formats.xlsx');
    await saveWorkbookXlsx({ ...base, sheets: [sheet] }, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.getWorksheet('Formats')?.getCell('B2').numFmt).toBe('@');
  });

  it('leaves the file it would replace as it was when a save fails', async () => {
    const path = join(tempDir(), 'kept.xlsx');
    await saveWorkbookXlsx({ ...base, sheets: [{ name: 'A', values: [[1]] }] }, path);
    const overlapping = { name: 'A', values: [[2, 3, 4]], merges: ['A1:B1', 'B1:C1'] };
    await expect(saveWorkbookXlsx({ ...base, sheets: [overlapping] }, path)).rejects.toThrow(
      WorkbookFileError,
    );
    expect((await loadWorkbookFile(path)).sheets[0]?.values).toEqual([[1]]);
    expect((await readdir(tempDir())).filter((name) => name.includes('kept.xlsx'))).toEqual([
      'kept.xlsx',
    ]);
  });
});

describe('.xlsx errors', () => {
  it('names a corrupt file that only looks like .xlsx', async () => {
    const path = join(tempDir(), 'broken.xlsx');
    await writeFile(path, 'order id,amount\n1,2\n');
    await expectFileError(
      loadWorkbookFile(path),
      `${path} is not a readable .xlsx workbook. Please save it again as .xlsx from Excel or Google Sheets.`,
      `${path} 파일을 엑셀 파일(.xlsx)로 읽을 수 없습니다. 엑셀이나 구글 시트에서 .xlsx로 다시 저장해 주세요.`,
    );
  });

  it('refuses a workbook with no sheets', async () => {
    const path = await excelFile('no-sheets.xlsx', () => {});
    await expectFileError(
      loadWorkbookFile(path),
      `${path} holds no sheets.`,
      `${path} 파일에 시트가 하나도 없습니다.`,
    );
  });

  it('refuses an unknown time zone before reading', async () => {
    const path = await excelFile('tz.xlsx', (workbook) => workbook.addWorksheet('A'));
    await expectFileError(
      loadWorkbookFile(path, { timeZone: 'Asia/Busan' }),
      '"Asia/Busan" is not a known time zone: write one like Asia/Seoul.',
      '알 수 없는 시간대입니다: "Asia/Busan". Asia/Seoul처럼 적어 주세요.',
    );
  });

  it('explains why a save failed', async () => {
    const base = { name: 'x', timeZone: 'Asia/Seoul', locale: 'ko_KR' };
    const missingFolder = join(tempDir(), 'no-such-folder', 'out.xlsx');
    await expectFileError(
      saveWorkbookXlsx({ ...base, sheets: [{ name: 'A', values: [[1]] }] }, missingFolder),
      `Could not save ${missingFolder}: its folder does not exist.`,
      `${missingFolder} 파일을 저장하지 못했습니다. 저장할 폴더가 없습니다.`,
    );
    const out = join(tempDir(), 'out.xlsx');
    const longName = 'AliExpress 2025년 9월 전체 주문 및 정산 내역 요약';
    await expectFileError(
      saveWorkbookXlsx({ ...base, sheets: [{ name: longName, values: [] }] }, out),
      `Cannot save ${out}: the tab name "${longName}" is longer than the 31 characters .xlsx allows.`,
      `${out} 파일을 저장할 수 없습니다. 탭 이름이 .xlsx에서 쓸 수 있는 31자보다 깁니다: "${longName}"`,
    );
    await expectFileError(
      saveWorkbookXlsx({ ...base, sheets: [{ name: 'a/b', values: [] }] }, out),
      `Cannot save ${out}: the tab name "a/b" is not allowed in .xlsx.`,
    );
    const overlapping = { name: 'A', values: [[1, 2, 3]], merges: ['A1:B1', 'B1:C1'] };
    await expectFileError(
      saveWorkbookXlsx({ ...base, sheets: [overlapping] }, out),
      `Cannot save ${out}: the merge B1:C1 in tab "A" overlaps another or is not a range.`,
      `${out} 파일을 저장할 수 없습니다. "A" 탭의 병합 범위가 다른 병합과 겹치거나 올바르지 않습니다: B1:C1`,
    );
  });
});
