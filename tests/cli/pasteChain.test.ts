// --paste chains, generated-tab ownership across saves, and a closed pipe: the real command,
// spawned as a user runs it, on workbooks built here.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetData, WorkbookData } from '../../src/local/workbookData';
import { loadWorkbookFile, parseCsvText, saveWorkbookXlsx } from '../../src/local/workbookFile';
import { BIN, csvFolder, csvShop, runCli, runCliJson, SHOP_TABS, tempDir } from './cliHelpers';

/** A fixed clock, so that two runs on the same data give the same tabs. */
const CLOCK = ['--as-of', '2025-03-20', '--now', '2025-03-20T09:00'];

const HEADER = 'Order ID,Order Status,Payment Time,Order Amount,Product Code,Shipping Time';
/** Week 3's export: one order done, one waiting to ship. */
const WEEK_3 =
  `${HEADER}\n` +
  '8207841133554601,Completed,2025-03-10 10:00,US $10.00,A-1 * 2,2025-03-11 09:00\n' +
  '8207841133554602,Awaiting shipment,2025-03-12 11:00,US $20.00,A-1 * 1,\n';
/** Week 4's: the waiting order closed without shipping, a new one; the first left the window. */
const WEEK_4 =
  `${HEADER}\n` +
  '8207841133554602,Closed,2025-03-12 11:00,US $20.00,A-1 * 1,\n' +
  '8207841133554603,Completed,2025-03-18 08:00,US $15.00,A-1 * 1,2025-03-19 10:00\n';

const csvCells = (text: string) => parseCsvText(Buffer.from(text));
const tab = (data: WorkbookData, name: string): SheetData | undefined =>
  data.sheets.find((sheet) => sheet.name === name);
const withoutRuns = ({ runs: _runs, ...rest }: Record<string, unknown>) => rest;

/**
 * The seller's workbook before week 3: last month's export under its Korean name (longer than
 * the new ones, with a title row merged over it, formats and a formula), SKUs, settings, notes.
 */
function sellersBook(): WorkbookData {
  const oldOrders = csvCells(
    '订单号,订单状态,付款时间,订单金额,商品编码,发货时间\n' +
      Array.from(
        { length: 6 },
        (_, i) => `820784113355450${i},交易完成,2025-02-0${i + 1} 10:00,US $10.00,A-1 * 1,`,
      ).join('\n'),
  );
  const width = oldOrders[0]?.length ?? 0;
  return {
    name: 'book',
    timeZone: 'Asia/Seoul',
    locale: 'ko_KR',
    sheets: [
      {
        name: '주문',
        values: [['February export', ...Array<string>(width - 1).fill('')], ...oldOrders],
        numberFormats: [
          Array<string>(width).fill(''),
          ...oldOrders.map(() => ['@', ...Array<string>(width - 1).fill('')]),
        ],
        formulas: [
          [...Array<string>(width - 1).fill(''), '=COUNTA(A:A)'],
          ...oldOrders.map(() => Array<string>(width).fill('')),
        ],
        merges: ['A1:C1'],
      },
      { name: '상품', values: csvCells(SHOP_TABS['상품.csv']) },
      { name: '설정', values: csvCells(SHOP_TABS['설정.csv']) },
      { name: 'Notes', values: [['call the supplier', 3]] },
    ],
  };
}

/** What the seller does by hand in Sheets: select the Orders tab, paste the new export over it. */
async function pasteByHand(from: string, to: string, csv: string): Promise<void> {
  const workbook = await loadWorkbookFile(from);
  const orders = tab(workbook, '주문');
  if (!orders) throw new Error(`${from} has no 주문 tab`);
  orders.values = csvCells(csv);
  delete orders.merges;
  delete orders.numberFormats;
  delete orders.formulas;
  await saveWorkbookXlsx(workbook, to);
}

describe('--paste (the real command)', () => {
  let dir: string;
  let book: string;
  let week3: string;
  let week4: string;
  beforeAll(async () => {
    dir = tempDir();
    book = join(dir, 'book.xlsx');
    await saveWorkbookXlsx(sellersBook(), book);
    week3 = csvFolder(dir, 'week-3', { 'Orders.csv': WEEK_3 });
    week4 = csvFolder(dir, 'week-4', { 'Orders.csv': `\uFEFF${WEEK_4}` });
  });

  it('runs a two-week chain exactly as two single runs on hand-pasted exports', async () => {
    const chainOut = join(dir, 'chain.xlsx');
    const chain = await runCliJson([
      'weekly',
      book,
      '--paste',
      week3,
      '--paste',
      week4,
      '--out',
      chainOut,
      ...CLOCK,
    ]);

    const file = (name: string) => join(dir, name);
    await pasteByHand(book, file('p3.xlsx'), WEEK_3);
    const single3 = await runCliJson([
      'weekly',
      file('p3.xlsx'),
      '--out',
      file('w3.xlsx'),
      ...CLOCK,
    ]);
    await pasteByHand(file('w3.xlsx'), file('p4.xlsx'), WEEK_4);
    const single4 = await runCliJson([
      'weekly',
      file('p4.xlsx'),
      '--out',
      file('w4.xlsx'),
      ...CLOCK,
    ]);

    expect(withoutRuns(chain)).toEqual(single4);
    expect(chain.runs).toEqual([
      {
        paste: week3,
        ledgerRowsAdded: single3.ledgerRowsAdded,
        ledgerCorrections: single3.ledgerCorrections,
        seconds: expect.any(Number),
        serviceCalls: single3.serviceCalls,
      },
      {
        paste: week4,
        ledgerRowsAdded: single4.ledgerRowsAdded,
        ledgerCorrections: single4.ledgerCorrections,
        seconds: expect.any(Number),
        serviceCalls: single4.serviceCalls,
      },
    ]);
    const saved = await loadWorkbookFile(chainOut);
    expect(saved.sheets).toEqual((await loadWorkbookFile(file('w4.xlsx'))).sheets);

    // Week 4's export alone is in the Orders tab: nothing of February's or week 3's is left.
    expect(tab(saved, '주문')).toEqual({ name: '주문', values: csvCells(WEEK_4) });
    expect(tab(saved, 'Orders')).toBeUndefined();
    expect(tab(saved, 'Notes')).toEqual(tab(sellersBook(), 'Notes'));
    // Every Ledger row one of the two runs added, under the header.
    const runs = chain.runs as Array<{ ledgerRowsAdded: number }>;
    expect(runs.every((run) => run.ledgerRowsAdded > 0)).toBe(true);
    expect(tab(saved, '원장')?.values).toHaveLength(
      1 + runs[0]!.ledgerRowsAdded + runs[1]!.ledgerRowsAdded,
    );
  });

  it('adds no Ledger row when the same export is pasted again, and reports each run', async () => {
    const result = await runCli(['weekly', book, '--paste', week4, '--paste', week4, ...CLOCK]);
    expect(result.code).toBe(0);
    const [first, second] = result.stdout.split('\n');
    expect(first).toMatch(
      new RegExp(`^${week4} · ledger rows added: [1-9]\\d* · \\d+\\.\\d\\d s$`),
    );
    expect(second).toMatch(new RegExp(`^${week4} · ledger rows added: 0 · \\d+\\.\\d\\d s$`));

    const json = await runCliJson(['weekly', book, '--paste', week4, '--paste', week4, ...CLOCK]);
    const runs = json.runs as Array<{ ledgerRowsAdded: number; ledgerCorrections: object }>;
    expect(runs[1]).toMatchObject({ ledgerRowsAdded: 0, ledgerCorrections: {} });
    expect([json.ledgerRowsAdded, json.ledgerCorrections]).toEqual([0, {}]);
  });

  it('hands --now to the add-on; a run it refuses stops the chain, exit 1, nothing saved', async () => {
    // Both are real days, so the command line takes them; the add-on refuses data "as of" a day
    // after its clock, which shows --now reached it.
    const out = join(dir, 'refused.xlsx');
    const argv = ['weekly', book, '--paste', week3, '--paste', week4, '--out', out];
    const result = await runCli([...argv, '--now', '2025-09-01', '--as-of', '2025-12-31']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`${week3}: `)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['a missing folder', (parent: string) => join(parent, 'week-9'), 'week-9: it does not exist.'],
    [
      'a folder without .csv',
      (parent: string) => csvFolder(parent, 'notes-only', { 'readme.md': 'x' }),
      'holds no .csv, .tsv or .txt files.',
    ],
    [
      'a file that is not text',
      (parent: string) =>
        csvFolder(parent, 'zipped', {
          'Orders.csv': new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff]),
        }),
      'Orders.csv is not UTF-8, UTF-16 or Korean (CP949) text.',
    ],
  ])('exits with code 2 on %s, before running or saving anything', async (_, folderIn, message) => {
    const out = join(dir, 'never.xlsx');
    const result = await runCli([
      'weekly',
      book,
      '--paste',
      week3,
      '--paste',
      folderIn(tempDir()),
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(message)]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('generated tabs saved to .xlsx', () => {
  it('stay the same one set when the update runs three times onto the same file', async () => {
    const shop = await loadWorkbookFile(csvShop());
    const path = join(tempDir(), 'book.xlsx');
    await saveWorkbookXlsx(shop, path);
    const saves: WorkbookData[] = [];
    for (let run = 0; run < 3; run++) {
      expect((await runCli(['weekly', path, '--out', path, ...CLOCK])).code).toBe(0);
      saves.push(await loadWorkbookFile(path));
    }
    const [once, twice, thrice] = saves;
    const generated = once!.sheets.filter((sheet) => sheet.developerMetadata);
    expect(generated.map((sheet) => sheet.name)).toEqual([
      '주간 마진',
      'SKU 마진',
      'KPI',
      '물류',
      '정산 확인',
      '확인 필요',
    ]);
    expect(once!.sheets.map((sheet) => sheet.name)).toEqual([
      ...shop.sheets.map((sheet) => sheet.name),
      '원장',
      ...generated.map((sheet) => sheet.name),
    ]);
    expect(twice).toEqual(once);
    expect(thrice).toEqual(once);
  });
});

describe('a closed pipe', () => {
  it('ends the command quietly with code 0', async () => {
    const child = spawn('node', [BIN, 'weekly', csvShop(), '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Like `| head -c 10` that has stopped reading: the report meets a pipe with no reader.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
