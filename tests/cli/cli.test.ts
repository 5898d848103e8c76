import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/local/cli/args';
import { loadWorkbookFile } from '../../src/local/workbookFile';

const run = promisify(execFile);
const BIN = new URL('../../bin/seller-routine.js', import.meta.url).pathname;

/** A tiny shop as a folder of CSV files, the way a seller exports it. */
function csvShop(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seller-routine-cli-'));
  const shop = join(dir, 'shop');
  mkdirSync(shop);
  writeFileSync(
    join(shop, '주문.csv'),
    '\uFEFF订单号,订单状态,付款时间,订单金额,商品编码,发货时间\n' +
      '8207841133554507,交易完成,2025-03-03 10:00,US $10.00,A-1 * 2,2025-03-04 09:00\n' +
      '8207841133554508,等待您发货,2025-03-05 11:00,US $20.00,A-1 * 1,\n',
  );
  writeFileSync(join(shop, '상품.csv'), 'SKU,상품명,원가\nA-1,Thing,"3,000"\n');
  writeFileSync(
    join(shop, '설정.csv'),
    '설정,값\n기준 통화,KRW\n수수료율,8%\n\n통화,환율,날짜\nUSD,1400,\n',
  );
  return shop;
}

let shop: string;
beforeAll(() => {
  shop = csvShop();
});

describe('parseCliArgs', () => {
  it('reads every option', () => {
    expect(
      parseCliArgs([
        'weekly',
        'a.xlsx',
        '--out',
        'b.xlsx',
        '--json',
        '--as-of',
        '2025-03-09',
        '--tz',
        'UTC',
      ]),
    ).toEqual({
      command: 'weekly',
      path: 'a.xlsx',
      out: 'b.xlsx',
      json: true,
      asOf: '2025-03-09',
      timeZone: 'UTC',
    });
  });

  it.each([
    [[]],
    [['monthly', 'a.xlsx']],
    [['weekly']],
    [['weekly', 'a', '--as-of', '9 March']],
    [['weekly', 'a', '--bogus']],
  ])('refuses %j with a usage line', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('seller-routine weekly (the real command)', () => {
  it('prints exactly one JSON object computed by the built bundle', async () => {
    const { stdout } = await run('node', [BIN, 'weekly', shop, '--json', '--as-of', '2025-03-09']);
    const result = JSON.parse(stdout);
    // Paid 2025-03-03 and 2025-03-05 (the to-ship order is paid, so it is a sale).
    // Sales 30 USD × 1,400 = 42,000; fees 8% = 3,360; COGS 3 × 3,000 = 9,000 → margin 29,640.
    expect(result.asOf).toBe('2025-03-09');
    expect(result.weeks).toHaveLength(1);
    expect(result.weeks[0]).toMatchObject({
      weekStart: '2025-03-03',
      sales: 42000,
      fees: 3360,
      cogs: 9000,
      realMargin: 29640,
      paidOrders: 2,
    });
    expect(result.ledgerRowsAdded).toBe(6);
    expect(result.serviceCalls).toBeGreaterThan(0);
    expect(result.kpis.map((k: { id: string }) => k.id)).toEqual([
      'marginRate',
      'disputeRate',
      'responseHours',
      'rating',
      'earlyDefectRate',
      'wrongShipmentRate',
      'repurchaseRate',
      'conversion',
    ]);
  });

  it('saves the updated workbook with --out', async () => {
    const out = join(shop, '..', 'result.xlsx');
    await run('node', [BIN, 'weekly', shop, '--out', out]);
    const saved = await loadWorkbookFile(out);
    expect(saved.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['주문', '원장', '주간 마진', 'SKU 마진', 'KPI', '물류', '확인 필요']),
    );
    expect(saved.sheets.find((s) => s.name === '원장')?.values).toHaveLength(7);
  });

  it.each([
    [['weekly', '/nowhere/shop.xlsx'], 'File not found: /nowhere/shop.xlsx'],
    [['weekly'], 'Usage: seller-routine weekly'],
  ])('exits with code 2 and one line for %j', async (argv, message) => {
    const failure = await run('node', [BIN, ...argv]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain(message);
  });

  it('exits with code 2 when neither Orders nor Ledger is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seller-routine-cli-'));
    writeFileSync(join(dir, '리뷰.csv'), '날짜,별점\n2025-03-03,5\n');
    const failure = await run('node', [BIN, 'weekly', dir]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /no Orders \(주문\) or Ledger \(원장\) tab/,
    );
  });
});
