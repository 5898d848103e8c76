import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/local/cli/args';
import { msg, render, type Msg } from '../../src/core/text/messages';

/** The UsageError that parseCliArgs(argv) throws. */
function refusalOf(argv: string[]): UsageError {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error(`${JSON.stringify(argv)} was taken`);
}

const sentenceOf = (argv: string[]): Msg => refusalOf(argv).sentence;

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
        '--now',
        '2025-03-10T08:05',
        '--tz',
        'UTC',
        '--paste',
        'week-3/',
      ]),
    ).toEqual({
      command: 'weekly',
      path: 'a.xlsx',
      out: 'b.xlsx',
      json: true,
      asOf: '2025-03-09',
      now: '2025-03-10T08:05',
      timeZone: 'UTC',
      paste: ['week-3/'],
    });
  });

  it('gives null and [] for options left out', () => {
    expect(parseCliArgs(['weekly', 'a.xlsx'])).toMatchObject({
      out: null,
      json: false,
      asOf: null,
      now: null,
      timeZone: null,
      paste: [],
    });
  });

  it('keeps repeated --paste folders in the order given, repeats included', () => {
    const argv = ['weekly', 'a.xlsx', '--paste', 'w4', '--json', '--paste', 'w3', '--paste', 'w4'];
    expect(parseCliArgs(argv).paste).toEqual(['w4', 'w3', 'w4']);
  });

  it.each([
    [[], msg('cli.noCommand')],
    [['monthly', 'a.xlsx'], msg('cli.unknownCommand', { command: 'monthly', known: 'weekly' })],
    [['weekly'], msg('cli.noPath')],
    [['weekly', 'a', 'b'], msg('cli.tooManyPaths', { count: 1, extra: '"b"' })],
    [['weekly', 'a', 'b', 'c d'], msg('cli.tooManyPaths', { count: 2, extra: '"b" "c d"' })],
  ])('refuses %j with a sentence and the usage line', (argv, sentence) => {
    const refusal = refusalOf(argv);
    expect(refusal.sentence).toEqual(sentence);
    expect(refusal.showUsage).toBe(true);
  });
});

describe("node's own refusals become sentences of ours", () => {
  it.each([
    [['weekly', 'a', '--bogus'], msg('cli.unknownOption', { option: '--bogus' })],
    [['weekly', 'a', '--bogus=1'], msg('cli.unknownOption', { option: '--bogus' })],
    [['weekly', 'a', '-x'], msg('cli.unknownOption', { option: '-x' })],
    [['weekly', 'a', '--help'], msg('cli.unknownOption', { option: '--help' })],
    [
      ['weekly', 'a', '--paste'],
      msg('cli.optionNeedsValue', { option: '--paste', example: 'week-3' }),
    ],
    [
      ['weekly', 'a', '--as-of'],
      msg('cli.optionNeedsValue', { option: '--as-of', example: '2025-03-09' }),
    ],
    // A value that looks like the next option means the value was forgotten, as node judges it.
    [
      ['weekly', 'a', '--out', '--json'],
      msg('cli.optionNeedsValue', { option: '--out', example: 'result.xlsx' }),
    ],
    [
      ['weekly', 'a', '--tz', '-1'],
      msg('cli.optionNeedsValue', { option: '--tz', example: 'Asia/Seoul' }),
    ],
    [['weekly', 'a', '--json=yes'], msg('cli.optionTakesNoValue', { option: '--json' })],
  ])('%j', (argv, sentence) => {
    const refusal = refusalOf(argv);
    expect(refusal.sentence).toEqual(sentence);
    expect(refusal.showUsage).toBe(true);
  });

  it('takes a value that starts with a dash when it is written with =', () => {
    expect(parseCliArgs(['weekly', 'a', '--out=-x.xlsx']).out).toBe('-x.xlsx');
  });

  it("never passes node's text on", () => {
    const refusal = refusalOf(['weekly', 'a', '--bogus']);
    expect(refusal.message).toBe('There is no option --bogus. The options are listed below.');
    expect(render(refusal.sentence, 'ko')).toBe(
      '--bogus 옵션은 없습니다. 쓸 수 있는 옵션은 아래와 같습니다.',
    );
    expect(refusal.message).not.toMatch(/Unknown option|positional/);
  });
});

describe('--as-of and --now take real calendar days only', () => {
  it.each([
    ['2025-03-09', '2025-03-09'],
    ['2024-02-29', '2024-02-29'], // leap year
    ['2000-02-29', '2000-02-29'], // divisible by 400
    ['2025-12-31', '2025-12-31'],
    ['9999-12-31', '9999-12-31'], // real, however implausible: the add-on judges that
    ['1000-01-01', '1000-01-01'],
  ])('--as-of %s', (text, day) => {
    expect(parseCliArgs(['weekly', 'a', '--as-of', text]).asOf).toBe(day);
  });

  it.each([
    ['2025-03-09', '2025-03-09T00:00'], // a day alone is its midnight
    ['2025-03-09T14:30', '2025-03-09T14:30'],
    ['2025-09-01T00:00', '2025-09-01T00:00'],
    ['2024-02-29T23:59', '2024-02-29T23:59'],
    ['9999-12-31T23:59', '9999-12-31T23:59'],
  ])('--now %s is %s', (text, now) => {
    expect(parseCliArgs(['weekly', 'a', '--now', text]).now).toBe(now);
  });

  const badDays = [
    '2025-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '0000-01-01',
    '0999-12-31', // before 1000: no date of an export
    '2025-3-9',
    '25-03-09',
    '2025/03/09',
    '9 March',
    '',
    ' 2025-03-09',
    '2025-03-09 ',
    '１２３４-01-01', // full-width digits
  ];

  it.each(badDays)('--as-of %j is a usage error naming the flag and an example', (text) => {
    const refusal = refusalOf(['weekly', 'a', '--as-of', text]);
    expect(refusal.sentence).toEqual(msg('cli.badDay', { option: '--as-of', value: text }));
    expect(refusal.message).toBe(`--as-of takes a real day like 2025-03-09, not "${text}".`);
    expect(refusal.showUsage).toBe(false);
  });

  it.each(badDays)('--now %j (not a real day) is a usage error', (text) => {
    expect(sentenceOf(['weekly', 'a', '--now', text])).toEqual(
      msg('cli.badDayOrTime', { option: '--now', value: text }),
    );
  });

  it.each([
    '2025-09-01T25:00',
    '9999-12-31T24:00',
    '2025-09-01T23:60',
    '2025-09-01T9:30',
    '2025-09-01T09:30:00',
    '2025-09-01 09:30',
    '2025-09-01t09:30',
    '2025-09-01T',
    '2025-02-30T10:00',
  ])('--now %j is a usage error naming the flag and an example', (text) => {
    expect(refusalOf(['weekly', 'a', '--now', text]).message).toBe(
      `--now takes a real day like 2025-03-09 or a day and time like 2025-03-09T14:30, not "${text}".`,
    );
  });

  it('refuses a day and time for --as-of', () => {
    expect(sentenceOf(['weekly', 'a', '--as-of', '2025-03-09T14:30'])).toEqual(
      msg('cli.badDay', { option: '--as-of', value: '2025-03-09T14:30' }),
    );
  });
});
