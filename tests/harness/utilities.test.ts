import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import { servicesOf, workbookWith } from './workbooks';

const { Utilities } = servicesOf(createGasEnvironment(workbookWith([])));
const mondayJustAfterMidnightInSeoul = new Date(Date.UTC(2025, 0, 5, 15, 4, 9, 7));

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  it('formats numbers, names and zones in Asia/Seoul', () => {
    const date = mondayJustAfterMidnightInSeoul;
    expect(Utilities.formatDate(date, 'Asia/Seoul', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2025-01-06 00:04:09',
    );
    expect(Utilities.formatDate(date, 'Asia/Seoul', 'yy/M/d H:m:s.SSS')).toBe('25/1/6 0:4:9.007');
    expect(Utilities.formatDate(date, 'Asia/Seoul', 'hh:mm a, EEE EEEE MMM')).toBe(
      '12:04 AM, Mon Monday Jan',
    );
    expect(Utilities.formatDate(date, 'Asia/Seoul', 'z XXX Z')).toBe('KST +09:00 +0900');
    expect(Utilities.formatDate(date, 'Asia/Seoul', "yyyy'년' M'월' d'일'")).toBe('2025년 1월 6일');
    expect(Utilities.formatDate(date, 'Asia/Seoul', "h 'o''clock'")).toBe("12 o'clock");
  });

  it('follows daylight saving time in America/Los_Angeles', () => {
    const pattern = 'yyyy-MM-dd HH:mm z XXX';
    expect(
      Utilities.formatDate(new Date(Date.UTC(2025, 2, 9, 9, 59)), 'America/Los_Angeles', pattern),
    ).toBe('2025-03-09 01:59 PST -08:00');
    expect(
      Utilities.formatDate(new Date(Date.UTC(2025, 2, 9, 10, 0)), 'America/Los_Angeles', pattern),
    ).toBe('2025-03-09 03:00 PDT -07:00');
    expect(
      Utilities.formatDate(new Date(Date.UTC(2025, 10, 2, 8, 30)), 'America/Los_Angeles', pattern),
    ).toBe('2025-11-02 01:30 PDT -07:00');
    expect(
      Utilities.formatDate(new Date(Date.UTC(2025, 10, 2, 9, 30)), 'America/Los_Angeles', pattern),
    ).toBe('2025-11-02 01:30 PST -08:00');
  });

  it('falls back to GMT for an unknown zone, like Java', () => {
    expect(
      Utilities.formatDate(mondayJustAfterMidnightInSeoul, 'Mars/Base', 'yyyy-MM-dd HH:mm XXX'),
    ).toBe('2025-01-05 15:04 Z');
  });

  it('refuses a string where a Date belongs, with the Apps Script message', () => {
    expect(() => Utilities.formatDate('2025-01-01' as never, 'Asia/Seoul', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('other Utilities', () => {
  it('makes v4 UUIDs and round-trips base64 with signed bytes', () => {
    expect(Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(Utilities.base64Encode('셀러')).toBe('7IWA65+s');
    expect(Utilities.base64Decode('7IWA65+s')).toEqual([-20, -123, -128, -21, -97, -84]);
    const blob = Utilities.newBlob('a,b', 'text/csv', 'x.csv');
    expect([
      blob.getDataAsString(),
      blob.getContentType(),
      blob.getName(),
      blob.getBytes(),
    ]).toEqual(['a,b', 'text/csv', 'x.csv', [97, 44, 98]]);
  });
});
