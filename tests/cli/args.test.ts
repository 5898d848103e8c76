import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/local/cli/args';

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
    [[]],
    [['monthly', 'a.xlsx']],
    [['weekly']],
    [['weekly', 'a', 'b']],
    [['weekly', 'a', '--bogus']],
    [['weekly', 'a', '--paste']],
  ])('refuses %j with a usage line', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
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
    expect(() => parseCliArgs(['weekly', 'a', '--as-of', text])).toThrow(
      new UsageError(`--as-of takes a real day like 2025-03-09, not "${text}".`),
    );
  });

  it.each(badDays)('--now %j (not a real day) is a usage error', (text) => {
    expect(() => parseCliArgs(['weekly', 'a', '--now', text])).toThrow(UsageError);
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
    expect(() => parseCliArgs(['weekly', 'a', '--now', text])).toThrow(
      new UsageError(
        `--now takes a real day like 2025-03-09 or a day and time like 2025-03-09T14:30, not "${text}".`,
      ),
    );
  });

  it('refuses a day and time for --as-of', () => {
    expect(() => parseCliArgs(['weekly', 'a', '--as-of', '2025-03-09T14:30'])).toThrow(UsageError);
  });
});
