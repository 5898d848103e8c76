import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/local/cli/args';
import { loadWorkbookFile, tooManyCells } from '../../src/local/workbookFile';
import { setupHeaders } from '../../src/core/read/tabSpecs';
import { BIN, csvFolder, csvShop, runCli, runCliJson, SHOP_TABS, tempDir } from './cliHelpers';

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

  it('reports a KPI as its tab shows it: NO DATA from a 분쟁 tab as 시트 준비하기 left it', async () => {
    const dir = csvFolder(tempDir(), 'set-up', {
      '주문.csv':
        '\uFEFF订单号,订单状态,付款时间,订单金额,商品编码\n' +
        '8207841133554507,交易完成,2025-03-03 10:00,US $10.00,A-1 * 2\n',
      '분쟁.csv': `${setupHeaders('disputes', 'ko').join(',')}\n`,
      ...SHOP_TABS,
    });
    const result = await runCliJson(['weekly', dir]);
    const kpis = result.kpis as Array<{ id: string; value: number | null; status: string }>;
    expect(kpis.find((kpi) => kpi.id === 'disputeRate')).toMatchObject({
      value: null,
      status: 'NO DATA',
    });
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

  it('takes --now as the as-of day when no row has a date, never the machine’s clock', async () => {
    const folder = csvFolder(tempDir(), 'no-dates', {
      '주문.csv': '주문 ID,결제 시간,주문 금액\n',
    });
    const result = await runCliJson(['weekly', folder, '--now', '2025-09-01T10:00']);
    expect(result.asOf).toBe('2025-09-01');
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

  it('exits with code 2 and one line for a cell longer than Sheets holds, naming it', async () => {
    const title = 'x'.repeat(50_001);
    const folder = csvFolder(tempDir(), 'long-title', {
      '주문.csv': '주문 ID,결제 시간,주문 금액\n1001,2025-09-01 10:00,"10,000"\n',
      '상품.csv': `SKU,상품명,원가\nA-1,${title},"3,000"\n`,
    });
    const failure = await runCli(['weekly', folder, '--now', '2025-09-10T10:00']);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toBe(
      `${folder}: cell B2 of 상품 holds more than 50,000 characters, more than a Google Sheets cell holds.\n`,
    );
  });

  it('exits with code 2 when neither Orders nor Ledger is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seller-routine-cli-'));
    writeFileSync(join(dir, '리뷰.csv'), '날짜,별점\n2025-03-03,5\n');
    const failure = await runCli(['weekly', dir]);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/has no Orders or Ledger tab/);
  });
});

/** Everything the command prints on a refusal: sentences, and no trace of an exception. */
const EXCEPTION_TEXT = /Error:|Error\b|\n\s+at |node:internal|file:\/\/|Cannot read properties/;

describe("the command's refusals, in the terminal's language", () => {
  let dir: string;
  let paths: Record<'missing' | 'brokenXlsx' | 'noCsv' | 'noOrders', string>;
  beforeAll(() => {
    dir = tempDir();
    const brokenXlsx = join(dir, 'broken.xlsx');
    writeFileSync(brokenXlsx, 'order id,amount\n1,2\n');
    paths = {
      missing: join(dir, 'shop.xlsx'),
      brokenXlsx,
      noCsv: csvFolder(dir, 'notes', { 'readme.md': 'x' }),
      noOrders: csvFolder(dir, 'reviews', { '리뷰.csv': '날짜,별점\n2025-03-03,5\n' }),
    };
  });

  /** Each case: its command line, then what it prints in Korean and in English. */
  const cases: Array<[string, () => string[], string, string]> = [
    [
      'a missing file',
      () => ['weekly', paths.missing],
      `파일이나 폴더를 찾을 수 없습니다: {missing}. 이름과 위치를 확인해 주세요.`,
      `No file or folder found at {missing}. Please check the name and where it is.`,
    ],
    [
      'an unreadable .xlsx',
      () => ['weekly', paths.brokenXlsx],
      '{brokenXlsx} 파일을 엑셀 파일(.xlsx)로 읽을 수 없습니다. 엑셀이나 구글 시트에서 .xlsx로 다시 저장해 주세요.',
      '{brokenXlsx} is not a readable .xlsx workbook. Please save it again as .xlsx from Excel or Google Sheets.',
    ],
    [
      'an unknown option',
      () => ['weekly', paths.brokenXlsx, '--foo'],
      `--foo 옵션은 없습니다. 쓸 수 있는 옵션은 아래와 같습니다.\n${USAGE}`,
      `There is no option --foo. The options are listed below.\n${USAGE}`,
    ],
    [
      'an option without its value',
      () => ['weekly', paths.brokenXlsx, '--paste'],
      `--paste 뒤에 값을 적어 주세요. 예: --paste week-3\n${USAGE}`,
      `--paste needs a value after it, like --paste week-3.\n${USAGE}`,
    ],
    [
      'no command',
      () => [],
      `명령과 파일을 아래처럼 적어 주세요.\n${USAGE}`,
      `Please give a command and a workbook, as below.\n${USAGE}`,
    ],
    [
      'a bad --as-of',
      () => ['weekly', paths.brokenXlsx, '--as-of', '2025-02-30'],
      '--as-of에 쓸 수 없는 날짜입니다: "2025-02-30". 2025-03-09처럼 달력에 있는 날짜를 적어 주세요.',
      '--as-of takes a real day like 2025-03-09, not "2025-02-30".',
    ],
    [
      'a folder without CSVs',
      () => ['weekly', paths.noCsv],
      '{noCsv} 폴더에 .csv, .tsv, .txt 파일이 없습니다.',
      'The folder {noCsv} holds no .csv, .tsv or .txt files.',
    ],
    [
      'a workbook without Orders or Ledger',
      () => ['weekly', paths.noOrders],
      '{noOrders}에 주문 탭도 원장 탭도 없어 업데이트할 것이 없습니다. 주문 내보내기를 주문 탭(폴더라면 주문.csv)으로 넣어 주세요.',
      '{noOrders} has no Orders or Ledger tab, so there is nothing to update. Add your order export as the Orders tab (in a folder, Orders.csv).',
    ],
  ];

  const withPaths = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: keyof typeof paths) => paths[name]);

  describe.each([
    ['ko_KR.UTF-8', 2],
    ['en_US.UTF-8', 3],
  ] as const)('LANG=%s', (lang, column) => {
    it.concurrent.each(cases)('%s: exit 2 and exactly its sentence', async (...row) => {
      const [, argv] = row;
      const result = await runCli(argv(), { lang });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${withPaths(row[column])}\n`);
      expect(result.stderr).not.toMatch(EXCEPTION_TEXT);
    });
  });

  it('follows LC_ALL over LANG', async () => {
    const result = await runCli(['weekly', paths.noCsv], { lang: 'en_US.UTF-8' });
    expect(result.stderr).toBe(`The folder ${paths.noCsv} holds no .csv, .tsv or .txt files.\n`);
    const korean = await new Promise<string>((resolve) => {
      const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8' };
      execFile('node', [BIN, 'weekly', paths.noCsv], { env }, (_, __, stderr) => resolve(stderr));
    });
    expect(korean).toBe(`${paths.noCsv} 폴더에 .csv, .tsv, .txt 파일이 없습니다.\n`);
  });
});
