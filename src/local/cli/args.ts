import { parseArgs } from 'node:util';
import { clockText } from '../../dates';
import { calendarDay } from './calendarText';

export interface WeeklyArgs {
  command: 'weekly';
  path: string;
  out: string | null;
  json: boolean;
  /** YYYY-MM-DD, a real calendar day. */
  asOf: string | null;
  /** YYYY-MM-DDTHH:MM (midnight when only a day was given), read in the spreadsheet's zone. */
  now: string | null;
  timeZone: string | null;
  /** --paste folders in the order given; each one is a weekly run of its own. */
  paste: string[];
}

export const USAGE =
  'Usage: seller-routine weekly <workbook.xlsx | folder of CSVs> [--paste folder]... [--out result.xlsx] [--json] [--as-of YYYY-MM-DD] [--now YYYY-MM-DD[THH:MM]] [--tz Asia/Seoul]';

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
        now: { type: 'string' },
        tz: { type: 'string' },
        paste: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
  const [command, path, ...extra] = parsed.positionals;
  if (command !== 'weekly' || !path || extra.length > 0) throw new UsageError(USAGE);
  const { values } = parsed;
  return {
    command,
    path,
    out: values.out ?? null,
    json: values.json ?? false,
    asOf: checked(values['as-of'], calendarDay, '--as-of takes a real day like 2025-03-09'),
    now: checked(
      values.now,
      clockText,
      '--now takes a real day like 2025-03-09 or a day and time like 2025-03-09T14:30',
    ),
    timeZone: values.tz ?? null,
    paste: values.paste ?? [],
  };
}

/** The option normalised by `read`, null when absent; `expected` starts the error line. */
function checked(
  text: string | undefined,
  read: (text: string) => string | null,
  expected: string,
): string | null {
  if (text === undefined) return null;
  const value = read(text);
  if (value === null) throw new UsageError(`${expected}, not "${text}".`);
  return value;
}
