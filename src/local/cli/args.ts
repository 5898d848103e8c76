import { parseArgs } from 'node:util';

export interface WeeklyArgs {
  command: 'weekly';
  path: string;
  out: string | null;
  json: boolean;
  asOf: string | null;
  timeZone: string | null;
}

export const USAGE =
  'Usage: seller-routine weekly <workbook.xlsx | folder of CSVs> [--out result.xlsx] [--json] [--as-of YYYY-MM-DD] [--tz Asia/Seoul]';

/** Thrown for a command line the CLI cannot run: the message is the one line to print. */
export class UsageError extends Error {}

/** @example parseCliArgs(['weekly', 'shop.xlsx', '--json']).json // true */
export function parseCliArgs(argv: string[]): WeeklyArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        tz: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
  const [command, path, ...extra] = parsed.positionals;
  if (command !== 'weekly' || !path || extra.length > 0) throw new UsageError(USAGE);
  const asOf = parsed.values['as-of'] ?? null;
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new UsageError(`--as-of takes a day like 2025-03-09, not "${asOf}".`);
  }
  return {
    command,
    path,
    out: parsed.values.out ?? null,
    json: parsed.values.json ?? false,
    asOf,
    timeZone: parsed.values.tz ?? null,
  };
}
