import { msg } from '../../src/core/text/messages';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToKey,
  cellText,
  dayFirstFromLocale,
  dayKeyToDate,
  localDateKey,
  parseDateRange,
  parseDateTime,
  weekStartDay,
  weekStartKey,
  type DateContext,
  type WeekStartsOn,
} from '../../src/core/time/dates';

const SEOUL: DateContext = { timeZone: 'Asia/Seoul' };
const LOS_ANGELES: DateContext = { timeZone: 'America/Los_Angeles' };
const EXPECTED_DATE = msg('expected.date');
const EXPECTED_RANGE = msg('expected.range');
const HOUR_MS = 3_600_000;

function instantOf(cell: unknown, ctx: DateContext): string {
  const parsed = parseDateTime(cell, ctx);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(cell)} to parse`);
  return parsed.value.toISOString();
}

describe('cellText: a cell as a Problem quotes it', () => {
  it.each([
    [new Date('2052-09-03T01:00:00Z'), 'Asia/Seoul', '2052-09-03 10:00'],
    [new Date('2025-03-09T10:30:15Z'), 'America/New_York', '2025-03-09 06:30:15'],
    [new Date(Number.NaN), 'Asia/Seoul', ''],
    [new Date('+010000-01-01T00:00:00Z'), 'Asia/Seoul', '+010000-01-01 09:00'],
    ['2025-09-01', 'Asia/Seoul', '2025-09-01'],
    [12.5, 'Asia/Seoul', '12.5'],
    [null, 'Asia/Seoul', ''],
  ])('%j in %s → %j', (cell, zone, text) => {
    expect(cellText(cell, zone)).toBe(text);
  });
});

describe('parseDateTime: text in Asia/Seoul (UTC+9)', () => {
  it.each([
    ['2025-03-02 09:31:06', '2025-03-02T00:31:06.000Z'],
    ['2025-03-02', '2025-03-01T15:00:00.000Z'],
    ['2025-3-2', '2025-03-01T15:00:00.000Z'],
    ['2025-03-02T09:31:06', '2025-03-02T00:31:06.000Z'],
    ['2025-03-02T09:31:06Z', '2025-03-02T09:31:06.000Z'],
    ['2025-03-02T09:31:06.5Z', '2025-03-02T09:31:06.500Z'],
    ['2025-03-02 09:31:06 UTC', '2025-03-02T09:31:06.000Z'],
    ['2025-03-02T09:31:06+01:00', '2025-03-02T08:31:06.000Z'],
    ['2025-03-02T09:31:06-0500', '2025-03-02T14:31:06.000Z'],
    ['2025/03/02', '2025-03-01T15:00:00.000Z'],
    ['2025/05/30 14:02:40', '2025-05-30T05:02:40.000Z'],
    ['2025.03.02', '2025-03-01T15:00:00.000Z'],
    ['2014.06.04 22:11', '2014-06-04T13:11:00.000Z'],
    ['2019-07-15 03:25', '2019-07-14T18:25:00.000Z'],
    ['2025년 3월 2일', '2025-03-01T15:00:00.000Z'],
    ['2025년 3월 2일 14:05', '2025-03-02T05:05:00.000Z'],
    ['2025년 3월 2일 오후 2:05', '2025-03-02T05:05:00.000Z'],
    ['2025年3月2日 14:05', '2025-03-02T05:05:00.000Z'],
    ['2025. 3. 2.', '2025-03-01T15:00:00.000Z'],
    ['2025. 3. 2 오후 2:05:00', '2025-03-02T05:05:00.000Z'],
    ['2025-03-02 오전 12:30', '2025-03-01T15:30:00.000Z'],
    ['2025-03-02 2:05 PM', '2025-03-02T05:05:00.000Z'],
    ['2025-03-02 12:00 pm', '2025-03-02T03:00:00.000Z'],
    ['2025-03-02 12:00 AM', '2025-03-01T15:00:00.000Z'],
    ['03/02/2025', '2025-03-01T15:00:00.000Z'],
    ['01/16/2026 15:57', '2026-01-16T06:57:00.000Z'],
    ['2024-02-29', '2024-02-28T15:00:00.000Z'],
  ])('%j → %s', (text, iso) => {
    expect(instantOf(text, SEOUL)).toBe(iso);
  });
});

describe('parseDateTime: ugly text', () => {
  it.each([
    ['2019-07-19 03:32\n', '2019-07-18T18:32:00.000Z'],
    ['  2025-03-02  09:31  ', '2025-03-02T00:31:00.000Z'],
    ['\uFEFF2025-03-02', '2025-03-01T15:00:00.000Z'],
    ['2025-03-02\u00A009:31', '2025-03-02T00:31:00.000Z'],
    ['２０２５－０３－０２ ０９：３１', '2025-03-02T00:31:00.000Z'],
  ])('%j → %s', (text, iso) => {
    expect(instantOf(text, SEOUL)).toBe(iso);
  });
});

describe('parseDateTime: day-first locales', () => {
  it.each([
    ['03/02/2025', '2025-02-02T15:00:00.000Z'],
    ['02.03.2025 14:05', '2025-03-02T05:05:00.000Z'],
    ['16/01/2026 15:57', '2026-01-16T06:57:00.000Z'],
    ['2025-03-02', '2025-03-01T15:00:00.000Z'],
  ])('%j → %s', (text, iso) => {
    expect(instantOf(text, { ...SEOUL, dayFirst: true })).toBe(iso);
  });

  it('does not guess: 16/01/2026 is no month-first date', () => {
    expect(parseDateTime('16/01/2026', SEOUL)).toEqual({ ok: false, expected: EXPECTED_DATE });
  });
});

describe('parseDateTime: America/Los_Angeles and daylight saving time', () => {
  it.each([
    ['01/16/2026 15:57', '2026-01-16T23:57:00.000Z'], // PST, UTC-8
    ['2025-07-01 12:00', '2025-07-01T19:00:00.000Z'], // PDT, UTC-7
    ['2025-03-09 01:59', '2025-03-09T09:59:00.000Z'], // last minute of PST
    ['2025-03-09 03:00', '2025-03-09T10:00:00.000Z'], // first minute of PDT
    // 02:30 does not exist that night: moved forward by the gap, to 03:30 PDT
    ['2025-03-09 02:30', '2025-03-09T10:30:00.000Z'],
    // 01:30 happens twice when clocks go back: the first (PDT) occurrence
    ['2025-11-02 01:30', '2025-11-02T08:30:00.000Z'],
    ['2025-11-02 02:30', '2025-11-02T10:30:00.000Z'],
    ['2025-03-09T02:30:00Z', '2025-03-09T02:30:00.000Z'], // an explicit zone is not shifted
    ['2025-03-09T02:30:00+09:00', '2025-03-08T17:30:00.000Z'], // nor a fixed offset
  ])('%j → %s', (text, iso) => {
    expect(instantOf(text, LOS_ANGELES)).toBe(iso);
  });
});

describe('parseDateTime: east of Greenwich and far back', () => {
  it.each([
    // 01:30 on 30 March is skipped in London (GMT → BST): moved forward to 02:30 BST
    ['2025-03-30 01:30', 'Europe/London', '2025-03-30T01:30:00.000Z'],
    // 01:30 on 26 October is shown twice: the first occurrence, in BST
    ['2025-10-26 01:30', 'Europe/London', '2025-10-26T00:30:00.000Z'],
    ['2025-10-26 02:00', 'Europe/London', '2025-10-26T02:00:00.000Z'],
    // Seoul kept its local mean time (UTC+8:27:52) until 1908; year 100 is the first read
    ['0100-01-01', 'Asia/Seoul', '0099-12-31T15:32:08.000Z'],
  ])('%j in %s → %s', (text, timeZone, iso) => {
    expect(instantOf(text, { timeZone })).toBe(iso);
  });
});

describe('parseDateTime: spreadsheet serial numbers (days since 1899-12-30, wall clock)', () => {
  it.each([
    [45718, SEOUL, '2025-03-01T15:00:00.000Z'],
    [45718.5, SEOUL, '2025-03-02T03:00:00.000Z'],
    [45718 + (9 * 3600 + 31 * 60 + 6) / 86400, SEOUL, '2025-03-02T00:31:06.000Z'],
    [45718.25, LOS_ANGELES, '2025-03-02T14:00:00.000Z'],
    [45853.5, LOS_ANGELES, '2025-07-15T19:00:00.000Z'],
    [1, { timeZone: 'UTC' }, '1899-12-31T00:00:00.000Z'],
    [100000, { timeZone: 'UTC' }, '2173-10-14T00:00:00.000Z'],
  ])('%d in %j → %s', (serial, ctx, iso) => {
    expect(instantOf(serial, ctx)).toBe(iso);
  });
});

describe('parseDateTime: Date objects', () => {
  it('passes a valid Date through as a copy', () => {
    const date = new Date('2025-03-02T00:31:06Z');
    const parsed = parseDateTime(date, SEOUL);
    expect(parsed).toEqual({ ok: true, value: date });
    if (parsed.ok) expect(parsed.value).not.toBe(date);
  });
});

describe('parseDateTime: refuses what is not a date', () => {
  it.each([
    '2025-02-30',
    '2025-02-29',
    '13/45/2025',
    '2025-13-01',
    '2025-00-10',
    '2025-03-02 24:00',
    '2025-03-02 12:60',
    '2025-03-02 09:31:60',
    '2025-03-02 13:00 PM',
    '2025-03-02 0:30 AM',
    '2025-03-02 오후 2:05 PM',
    '2025-03/02',
    '2025-03-02 09',
    '2025-03-02 noon',
    '오후 2:05',
    '14:05',
    '45718',
    '2025-09-01 ~ 2025-09-07',
    '0050-03-02', // a year before 100: Date.UTC would take it for 1950
    '0099-12-31T10:00:00Z',
    'abc',
    '',
    '   ',
  ])('%j', (text) => {
    expect(parseDateTime(text, SEOUL)).toEqual({ ok: false, expected: EXPECTED_DATE });
  });

  it.each([0, 0.5, -1, 100_001, NaN, Infinity, null, undefined, true, {}, new Date('x')])(
    '%j',
    (cell) => {
      expect(parseDateTime(cell, SEOUL)).toEqual({ ok: false, expected: EXPECTED_DATE });
    },
  );

  it('refuses when the time zone is unknown rather than guessing one', () => {
    expect(parseDateTime('2025-03-02', { timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      expected: EXPECTED_DATE,
    });
  });
});

describe('parseDateRange', () => {
  const firstWeekOfSeptember = {
    start: new Date('2025-08-31T15:00:00Z'),
    end: new Date('2025-09-06T15:00:00Z'),
  };

  it.each([
    '2025-09-01 ~ 2025-09-07',
    '2025-09-01~2025-09-07',
    '2025/09/01 ～ 2025/09/07',
    '2025-09-01 〜 2025-09-07',
    '2025-09-01 - 2025-09-07',
    '2025-09-01 – 2025-09-07',
    '09/01/2025 ~ 09/07/2025',
  ])('%j', (text) => {
    expect(parseDateRange(text, SEOUL)).toEqual({ ok: true, value: firstWeekOfSeptember });
  });

  it.each(['2025-09-01', new Date('2025-08-31T15:00:00Z'), 45901])(
    'reads a single date %j as a one-day range',
    (cell) => {
      const day = new Date('2025-08-31T15:00:00Z');
      expect(parseDateRange(cell, SEOUL)).toEqual({ ok: true, value: { start: day, end: day } });
    },
  );

  it.each([
    '2025-09-07 ~ 2025-09-01',
    '2025-09-01 ~',
    '~ 2025-09-07',
    '2025-09-01 ~ 2025-09-07 ~ 2025-09-14',
    '2025-09-01 ~ abc',
    '',
    null,
  ])('refuses %j', (cell) => {
    expect(parseDateRange(cell, SEOUL)).toEqual({ ok: false, expected: EXPECTED_RANGE });
  });
});

describe('dayFirstFromLocale', () => {
  it.each([
    ['en_US', false],
    ['ko_KR', false],
    ['ja_JP', false],
    ['zh_CN', false],
    ['en_GB', true],
    ['fr_FR', true],
    ['de_DE', true],
    ['ru_RU', true],
    ['es_ES', true],
    ['en-GB', true],
    ['', false],
    ['not a locale', false],
  ])('%j → %s', (locale, dayFirst) => {
    expect(dayFirstFromLocale(locale)).toBe(dayFirst);
  });
});

describe('day keys', () => {
  it.each([
    ['2025-03-01T15:00:00Z', 'Asia/Seoul', '2025-03-02'],
    ['2025-03-01T14:59:59.999Z', 'Asia/Seoul', '2025-03-01'],
    ['2025-03-01T15:00:00Z', 'America/Los_Angeles', '2025-03-01'],
    ['2026-01-17T07:59:00Z', 'America/Los_Angeles', '2026-01-16'],
    ['2026-01-17T08:00:00Z', 'America/Los_Angeles', '2026-01-17'],
  ])('localDateKey(%s, %s) → %s', (iso, zone, key) => {
    expect(localDateKey(new Date(iso), zone)).toBe(key);
  });

  it.each([
    ['2024-12-30', 7, '2025-01-06'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-09', 0, '2025-03-09'],
    ['2025-01-01', 365, '2026-01-01'],
  ])('addDaysToKey(%s, %d) → %s', (key, days, result) => {
    expect(addDaysToKey(key, days)).toBe(result);
  });

  it.each([
    ['2025-03-02', 'Asia/Seoul', '2025-03-01T15:00:00.000Z'],
    ['2025-03-09', 'America/Los_Angeles', '2025-03-09T08:00:00.000Z'], // PST
    ['2025-03-10', 'America/Los_Angeles', '2025-03-10T07:00:00.000Z'], // PDT
    ['2025-03-02', 'UTC', '2025-03-02T00:00:00.000Z'],
  ])('dayKeyToDate(%s, %s) → %s', (key, zone, iso) => {
    expect(dayKeyToDate(key, zone).toISOString()).toBe(iso);
  });
});

describe('weekStartKey', () => {
  // Noon in Seoul, so the day is the same in both zones' reading of the examples.
  it.each([
    ['2024-12-30', 1, '2024-12-30'], // ISO week 1 of 2025 starts on Monday 2024-12-30
    ['2025-01-01', 1, '2024-12-30'],
    ['2025-01-05', 1, '2024-12-30'], // Sunday ends the ISO week
    ['2025-01-06', 1, '2025-01-06'],
    ['2024-12-30', 0, '2024-12-29'],
    ['2025-01-04', 0, '2024-12-29'],
    ['2025-01-05', 0, '2025-01-05'], // Sunday starts a Sunday week
    ['2025-03-02', 1, '2025-02-24'],
    ['2024-03-01', 1, '2024-02-26'],
  ] as [string, WeekStartsOn, string][])('%s with week start %d → %s', (day, weekStartsOn, key) => {
    expect(weekStartKey(new Date(`${day}T12:00:00+09:00`), 'Asia/Seoul', weekStartsOn)).toBe(key);
  });

  it('refuses an invalid date or zone instead of making a week of it', () => {
    expect(() => weekStartKey(new Date(Number.NaN), 'Asia/Seoul', 1)).toThrow(RangeError);
    expect(() => weekStartDay(new Date('2025-01-06'), 'Not/AZone', 1)).toThrow(RangeError);
  });

  it('uses the day in the spreadsheet time zone', () => {
    const instant = new Date('2025-01-05T20:00:00Z'); // Monday 05:00 in Seoul, Sunday noon in LA
    expect(weekStartKey(instant, 'Asia/Seoul', 1)).toBe('2025-01-06');
    expect(weekStartKey(instant, 'America/Los_Angeles', 1)).toBe('2024-12-30');
    expect(weekStartKey(instant, 'America/Los_Angeles', 0)).toBe('2025-01-05');
  });

  it('keeps weeks 7 days across a DST change', () => {
    const sundayAfterSpringForward = new Date('2025-03-16T06:00:00Z'); // 23:00 PDT on the 15th
    expect(weekStartKey(sundayAfterSpringForward, 'America/Los_Angeles', 1)).toBe('2025-03-10');
  });
});

describe('properties', () => {
  const zones = [
    'Asia/Seoul',
    'America/Los_Angeles',
    'UTC',
    'Europe/Berlin',
    'Australia/Sydney',
    'America/Sao_Paulo',
  ];
  const someInstant = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z') })
    .filter((date) => !Number.isNaN(date.getTime()));

  it('reads back the local time it was formatted as (minute precision)', () => {
    const styles = [
      'yyyy-MM-dd HH:mm',
      "yyyy-MM-dd'T'HH:mm:ss",
      'yyyy/MM/dd HH:mm',
      'yyyy.MM.dd HH:mm',
      'MM/dd/yyyy HH:mm',
      "yyyy'년' M'월' d'일' HH:mm",
      'yyyy-MM-dd h:mm a',
    ];
    fc.assert(
      fc.property(
        someInstant,
        fc.constantFrom(...zones),
        fc.constantFrom(...styles),
        (date, zone, style) => {
          const minute = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
          const text = format(minute, style, { in: tz(zone) });
          const parsed = parseDateTime(text, { timeZone: zone });
          if (!parsed.ok) throw new Error(`${text} did not parse`);
          const shift = minute.getTime() - parsed.value.getTime();
          // An hour repeated when clocks go back reads as its first occurrence.
          expect(
            shift === 0 ||
              (shift === HOUR_MS && format(parsed.value, style, { in: tz(zone) }) === text),
          ).toBe(true);
        },
      ),
    );
  });

  it('reads the common export form as the general reader does', () => {
    // An ideographic space after the text takes it past the fast path, to the general reader.
    const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const commonForm = fc
      .tuple(
        fc.integer({ min: 990, max: 2200 }).map((n) => String(n).padStart(4, '0')),
        twoDigits,
        twoDigits,
        fc.option(fc.tuple(twoDigits, twoDigits, fc.option(twoDigits))),
        fc.constantFrom('', ' ', '\t', '\n '),
      )
      .map(([year, month, day, time, space]) => {
        const clock = time && ` ${time[0]}:${time[1]}${time[2] === null ? '' : `:${time[2]}`}`;
        return `${space}${year}-${month}-${day}${clock ?? ''}${space}`;
      });
    fc.assert(
      fc.property(commonForm, fc.constantFrom(...zones), (text, timeZone) => {
        expect(parseDateTime(text, { timeZone })).toEqual(
          parseDateTime(`${text}\u3000`, { timeZone }),
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('puts every instant in the week that starts on its week start key', () => {
    fc.assert(
      fc.property(
        someInstant,
        fc.constantFrom(...zones),
        fc.constantFrom<WeekStartsOn>(0, 1),
        (date, zone, weekStartsOn) => {
          const weekStart = weekStartKey(date, zone, weekStartsOn);
          const day = localDateKey(date, zone);
          expect(weekStart <= day && day < addDaysToKey(weekStart, 7)).toBe(true);
          expect(new Date(`${weekStart}T00:00:00Z`).getUTCDay()).toBe(weekStartsOn);
        },
      ),
    );
  });

  it('places every instant between its day start and the next day start', () => {
    fc.assert(
      fc.property(someInstant, fc.constantFrom(...zones), (date, zone) => {
        const day = localDateKey(date, zone);
        expect(dayKeyToDate(day, zone).getTime()).toBeLessThanOrEqual(date.getTime());
        expect(dayKeyToDate(addDaysToKey(day, 1), zone).getTime()).toBeGreaterThan(date.getTime());
      }),
    );
  });
});
