import { parseArgs } from 'node:util';
import { clockText } from '../../core/time/dates';
// The command line's sentences are not in the add-on's catalogue: load them.
import '../../core/text/commandLineMessages';
import {
  msg,
  render,
  type MessageKey,
  type MessageParams,
  type Msg,
} from '../../core/text/messages';
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

/** The command's syntax, printed in English under the sentence that says what was wrong. */
export const USAGE =
  'Usage: seller-routine weekly <workbook.xlsx | folder of CSVs> [--paste folder]... [--out result.xlsx] [--json] [--as-of YYYY-MM-DD] [--now YYYY-MM-DD[THH:MM]] [--tz Asia/Seoul]';

const COMMAND = 'weekly';

const OPTIONS = {
  out: { type: 'string' },
  json: { type: 'boolean', default: false },
  'as-of': { type: 'string' },
  now: { type: 'string' },
  tz: { type: 'string' },
  paste: { type: 'string', multiple: true },
} as const;

type OptionName = keyof typeof OPTIONS;

/** A value for each option that takes one, shown when it is missing. */
const EXAMPLES: Record<OptionName, string> = {
  out: 'result.xlsx',
  json: '',
  'as-of': '2025-03-09',
  now: '2025-03-09T14:30',
  tz: 'Asia/Seoul',
  paste: 'week-3',
};

/**
 * A command line the CLI cannot run, as a catalogue sentence for the user's language (`message`
 * is its English text). With `showUsage`, the usage line is printed under the sentence.
 */
export class UsageError extends Error {
  override name = 'UsageError';

  constructor(
    readonly sentence: Msg,
    readonly showUsage = false,
  ) {
    super(render(sentence, 'en'));
  }
}

/** @example parseCliArgs(['weekly', 'shop.xlsx', '--json']).json // true */
export function parseCliArgs(argv: string[]): WeeklyArgs {
  const parsed = parseOptions(argv);
  const [command, path, ...extra] = parsed.positionals;
  if (command === undefined) throw usage('cli.noCommand');
  if (command !== COMMAND) throw usage('cli.unknownCommand', { command, known: COMMAND });
  if (!path) throw usage('cli.noPath');
  if (extra.length > 0) {
    const given = extra.map((text) => `"${text}"`).join(' ');
    throw usage('cli.tooManyPaths', { count: extra.length, extra: given });
  }
  const { values } = parsed;
  return {
    command,
    path,
    out: values.out ?? null,
    json: values.json ?? false,
    asOf: checked(values['as-of'], calendarDay, 'as-of', 'cli.badDay'),
    now: checked(values.now, clockText, 'now', 'cli.badDayOrTime'),
    timeZone: values.tz ?? null,
    paste: values.paste ?? [],
  };
}

/** node's own refusals are English sentences of its own: each becomes one of ours. */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch {
    throw refusalOf(argv);
  }
}

/**
 * Why node refused the command line, found in its tokens as node's strict mode finds it: an
 * option it does not know, a value missing (or one that looks like the next option, as in
 * `--out --json`), or a value given to a switch.
 */
function refusalOf(argv: string[]): UsageError {
  const { tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = { option: token.rawName };
    if (!Object.hasOwn(OPTIONS, token.name)) return usage('cli.unknownOption', option);
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined) return usage('cli.optionTakesNoValue', option);
      continue;
    }
    const { value } = token;
    const looksLikeAnOption = !token.inlineValue && value !== undefined && /^-./.test(value);
    if (value === undefined || looksLikeAnOption) {
      return usage('cli.optionNeedsValue', { option: `--${name}`, example: EXAMPLES[name] });
    }
  }
  return usage('cli.badCommandLine');
}

function usage(key: MessageKey, params?: MessageParams): UsageError {
  return new UsageError(msg(key, params), true);
}

/** The option normalised by `read`, null when absent; `key` is the sentence when it cannot be. */
function checked(
  text: string | undefined,
  read: (text: string) => string | null,
  option: OptionName,
  key: MessageKey,
): string | null {
  if (text === undefined) return null;
  const value = read(text);
  if (value === null) throw new UsageError(msg(key, { option: `--${option}`, value: text }));
  return value;
}
