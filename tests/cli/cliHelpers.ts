import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = new URL('../../bin/seller-routine.js', import.meta.url).pathname;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `seller-routine …` as a user would, in a terminal whose locale is `lang` (English unless
 * a test says otherwise, whatever the machine's own); resolves with the exit code instead of
 * rejecting.
 */
export function runCli(
  argv: readonly string[],
  { lang = 'en_US.UTF-8' }: { lang?: string } = {},
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const options = { env, maxBuffer: 64 * 1024 * 1024 };
  return new Promise((resolve) => {
    execFile('node', [BIN, ...argv], options, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The parsed --json output of a run that must succeed. */
export async function runCliJson(argv: readonly string[]): Promise<Record<string, unknown>> {
  const result = await runCli([...argv, '--json']);
  if (result.code !== 0) throw new Error(`seller-routine exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'seller-routine-cli-'));
}

/** A folder of `<tab name>.csv` files (given by file name) inside `parent`. */
export function csvFolder(
  parent: string,
  name: string,
  files: Record<string, string | Uint8Array>,
): string {
  const folder = join(parent, name);
  mkdirSync(folder);
  for (const [fileName, text] of Object.entries(files)) writeFileSync(join(folder, fileName), text);
  return folder;
}

/** The SKU and Settings tabs of a tiny shop: one SKU at 3,000 won, USD at 1,400, 8% fees. */
export const SHOP_TABS = {
  '상품.csv': 'SKU,상품명,원가\nA-1,Thing,"3,000"\n',
  '설정.csv': '설정,값\n기준 통화,KRW\n수수료율,8%\n\n통화,환율,날짜\nUSD,1400,\n',
};

/** A tiny shop as a folder of CSV files, the way a seller exports it. */
export function csvShop(): string {
  return csvFolder(tempDir(), 'shop', {
    '주문.csv':
      '\uFEFF订单号,订单状态,付款时间,订单金额,商品编码,发货时间\n' +
      '8207841133554507,交易完成,2025-03-03 10:00,US $10.00,A-1 * 2,2025-03-04 09:00\n' +
      '8207841133554508,等待您发货,2025-03-05 11:00,US $20.00,A-1 * 1,\n',
    ...SHOP_TABS,
  });
}
