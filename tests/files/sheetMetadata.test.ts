import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import type { WorkbookData } from '../../src/local/workbookData';
import { loadWorkbookFile, saveWorkbookXlsx } from '../../src/local/workbookFile';
import { useTempDir } from './fileTestHelpers';

const tempDir = useTempDir();

const KEY = 'sellerRoutine.tab';

function tagged(): WorkbookData {
  return {
    name: 'tagged',
    timeZone: 'Asia/Seoul',
    locale: 'ko_KR',
    sheets: [
      { name: '주문', values: [['Order ID']] },
      {
        name: '주간 마진',
        values: [['Week']],
        developerMetadata: [
          { key: KEY, value: 'weeklyMargin' },
          { key: 'note', value: null },
        ],
      },
      { name: 'KPI', values: [], developerMetadata: [{ key: KEY, value: 'kpi' }] },
    ],
  };
}

describe('sheet developer metadata in the harness', () => {
  it('is loaded onto the sheets and found as Apps Script finds it', () => {
    const { spreadsheet } = createGasEnvironment(tagged());
    const weekly = spreadsheet.getSheetByName('주간 마진');
    expect(weekly?.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      [KEY, 'weeklyMargin'],
      ['note', null],
    ]);
    expect(spreadsheet.getSheetByName('주문')?.getDeveloperMetadata()).toEqual([]);
    expect(spreadsheet.getDeveloperMetadata()).toEqual([]);
    const found = spreadsheet.createDeveloperMetadataFinder().withKey(KEY).find();
    expect(found.map((m) => m.getLocation().getSheet()?.getName())).toEqual(['주간 마진', 'KPI']);
  });

  it('is exported by toWorkbookData as it stands after the script ran', () => {
    const env = createGasEnvironment(tagged());
    const { spreadsheet } = env;
    spreadsheet.getSheetByName('주문')?.addDeveloperMetadata('checked', 'yes');
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('KPI')!);
    spreadsheet.addDeveloperMetadata('spreadsheet-level'); // not a sheet's: not in SheetData
    expect(env.toWorkbookData().sheets).toEqual([
      {
        name: '주문',
        values: [['Order ID']],
        developerMetadata: [{ key: 'checked', value: 'yes' }],
      },
      tagged().sheets[1],
    ]);
  });
});

describe('sheet developer metadata in .xlsx files', () => {
  it('survives a save and a load, keyed by tab name', async () => {
    const path = join(tempDir(), 'tagged.xlsx');
    await saveWorkbookXlsx(tagged(), path);
    expect(await loadWorkbookFile(path)).toEqual(tagged());
  });

  it('survives the harness, a save and a load, so a generated tab stays generated', async () => {
    const path = join(tempDir(), 'through-harness.xlsx');
    await saveWorkbookXlsx(createGasEnvironment(tagged()).toWorkbookData(), path);
    const reloaded = createGasEnvironment(await loadWorkbookFile(path)).spreadsheet;
    const owned = reloaded.createDeveloperMetadataFinder().withKey(KEY).find();
    expect(owned.map((m) => [m.getLocation().getSheet()?.getName(), m.getValue()])).toEqual([
      ['주간 마진', 'weeklyMargin'],
      ['KPI', 'kpi'],
    ]);
  });

  /** A file whose description was written by hand (an older save, or a damaged one). */
  let describedFiles = 0;
  async function described(description: string): Promise<WorkbookData> {
    const workbook = new ExcelJS.Workbook();
    workbook.description = description;
    workbook.addWorksheet('주간 마진').getCell('A1').value = 'Week';
    workbook.addWorksheet('KPI').getCell('A1').value = 'KPI';
    const path = join(tempDir(), `described-${++describedFiles}.xlsx`);
    await workbook.xlsx.writeFile(path);
    return loadWorkbookFile(path);
  }

  it('loads a file saved before sheet metadata was kept, with its settings and none', async () => {
    const loaded = await described('{"timeZone":"Europe/Berlin","locale":"de_DE"}');
    expect([loaded.timeZone, loaded.locale]).toEqual(['Europe/Berlin', 'de_DE']);
    expect(loaded.sheets.map((sheet) => sheet.developerMetadata)).toEqual([undefined, undefined]);
  });

  it('drops malformed entries and tabs the workbook does not have, keeps the rest', async () => {
    const loaded = await described(
      JSON.stringify({
        timeZone: 'UTC',
        sheetMetadata: {
          '주간 마진': [{ key: KEY, value: 'weeklyMargin' }, { key: 3 }, 'x', { value: 'v' }],
          KPI: { key: KEY, value: 'kpi' },
          Gone: [{ key: KEY, value: 'logistics' }],
        },
      }),
    );
    expect(loaded.timeZone).toBe('UTC');
    expect(loaded.sheets.map((sheet) => sheet.developerMetadata)).toEqual([
      [{ key: KEY, value: 'weeklyMargin' }],
      undefined,
    ]);
  });

  it('writes no sheetMetadata field when no tab has metadata', async () => {
    const path = join(tempDir(), 'plain.xlsx');
    await saveWorkbookXlsx({ ...tagged(), sheets: [{ name: 'A', values: [[1]] }] }, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(JSON.parse(workbook.description ?? '')).toEqual({
      timeZone: 'Asia/Seoul',
      locale: 'ko_KR',
    });
  });
});
