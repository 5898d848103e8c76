import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile, tooManyCells } from '../../src/local/workbookFile';
import { csvFolder, csvShop, runCli, runCliJson, tempDir } from './cliHelpers';

let shop: string;
beforeAll(() => {
  shop = csvShop();
});

describe('seller-routine weekly (the real command)', () => {
  it('prints exactly one JSON object computed by the built bundle', async () => {
    const result = await runCliJson(['weekly', shop, '--as-of', '2025-03-09']);
    // Paid 2025-03-03 and 2025-03-05 (the to-ship order is paid, so it is a sale).
    // Sales 30 USD × 1,400 = 42,000; fees 8% = 3,360; COGS 3 × 3,000 = 9,000 → margin 29,640.
    expect(result.asOf).toBe('2025-03-09');
    expect(result.weeks).toHaveLength(1);
    expect((result.weeks as unknown[])[0]).toMatchObject({
      weekStart: '2025-03-03',
      sales: 42000,
      fees: 3360,
      cogs: 9000,
      realMargin: 29640,
      paidOrders: 2,
    });
    expect(result.ledgerRowsAdded).toBe(6);
    expect(result.serviceCalls).toBeGreaterThan(0);
    expect(result).not.toHaveProperty('runs');
    expect((result.kpis as Array<{ id: string }>).map((k) => k.id)).toEqual([
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
    expect((await runCli(['weekly', shop, '--out', out])).code).toBe(0);
    const saved = await loadWorkbookFile(out);
    expect(saved.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['주문', '원장', '주간 마진', 'SKU 마진', 'KPI', '물류', '확인 필요']),
    );
    expect(saved.sheets.find((s) => s.name === '원장')?.values).toHaveLength(7);
  });

  it.each([
    [['weekly', '/nowhere/shop.xlsx'], 'No file or folder found at /nowhere/shop.xlsx.'],
    [['weekly'], 'Usage: seller-routine weekly'],
    [['weekly', 'a.xlsx', '--now', '2025-09-01T25:00'], '--now takes a real day'],
  ])('exits with code 2 and one line for %j', async (argv, message) => {
    const failure = await runCli(argv);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain(message);
  });

  it('exits with code 2 and one line for a workbook bigger than a Google spreadsheet', async () => {
    // 384,617 rows of one column: a sheet is at least 26 columns wide, so 10,000,042 cells.
    const orders = `주문 ID\n${'8123456789012345\n'.repeat(384_616)}`;
    const folder = csvFolder(tempDir(), 'huge', { '주문.csv': orders });
    const failure = await runCli(['weekly', folder]);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toBe(`${tooManyCells(folder).message}\n`);
    expect(failure.stderr).toMatch(/^\S+ has more than 10,000,000 cells \(rows × columns/);
  });

  it('exits with code 2 when neither Orders nor Ledger is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seller-routine-cli-'));
    writeFileSync(join(dir, '리뷰.csv'), '날짜,별점\n2025-03-03,5\n');
    const failure = await runCli(['weekly', dir]);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/has no Orders or Ledger tab/);
  });
});
