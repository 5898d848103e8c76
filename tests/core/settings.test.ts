import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsRowsForSetup } from '../../src/core/read/settings';
import { inEnglish } from '../support/problems';

const SEOUL = 'Asia/Seoul';

describe('readSettings', () => {
  it('gives the docs/rules.md §6 defaults for an empty tab', () => {
    expect(readSettings([], 'Settings', SEOUL)).toEqual({
      settings: {
        baseCurrency: 'KRW',
        commissionRate: 0.08,
        processingDays: 3,
        peakMonths: [11, 12, 1, 2],
        peakExtraDays: 2,
        weekStartsOn: 1,
        kpiWindowDays: 28,
        targetMarginRate: 0.15,
        targetDisputeRate: 0.02,
        targetResponseHours: 12,
        targetRating: 4.7,
        targetEarlyDefectRate: 0.01,
        targetWrongShipmentRate: 0.003,
        categoryConversion: 0.02,
        stockLeadTimeDays: 10,
        fxRepriceThreshold: 0.03,
        payoutDelayDays: 15,
        bannedTitleWords: [],
      },
      fxRates: [],
      problems: [],
    });
  });

  it('reads Korean keys, and defaults the keys that are missing or blank', () => {
    const values = [
      ['설정', '값'],
      ['기준 통화', 'usd'],
      ['수수료율', '5%'],
      ['처리 기간(일)', 2],
      ['성수기 월', '11월, 12월'],
      ['주 시작 요일', '일요일'],
      ['목표 평점', '4.8'],
      ['금지 단어', 'free shipping, 최저가，best'],
      ['목표 마진율', ''],
      ['메모: 수수료는 카테고리마다 다릅니다', ''],
    ];
    const { settings, problems } = readSettings(values, '설정', SEOUL);
    expect(inEnglish(problems)).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      baseCurrency: 'USD',
      commissionRate: 0.05,
      processingDays: 2,
      peakMonths: [11, 12],
      weekStartsOn: 0,
      targetRating: 4.8,
      bannedTitleWords: ['free shipping', '최저가', 'best'],
    });
  });

  it.each([['8%'], [0.08], ['0.08'], [8]])('reads %j as a commission of 8%%', (cell) => {
    expect(
      readSettings([['Commission rate', cell]], 'Settings', SEOUL).settings.commissionRate,
    ).toBe(0.08);
  });

  it.each([
    ['Monday', 1],
    ['mon', 1],
    ['월', 1],
    ['월요일', 1],
    ['Sunday', 0],
    ['일', 0],
    ['일요일', 0],
  ] as const)('reads the week start %j', (cell, day) => {
    expect(readSettings([['Week starts on', cell]], 'Settings', SEOUL).settings.weekStartsOn).toBe(
      day,
    );
  });

  it('matches keys like headers: case, spaces and punctuation do not matter', () => {
    const values = [
      ['  processing DAYS ', 3],
      ['처리기간 일', 9],
      ['KPI window-days', 14],
    ];
    const { settings } = readSettings(values, 'Settings', SEOUL);
    expect(settings.processingDays).toBe(3);
    expect(settings.kpiWindowDays).toBe(14);
  });

  it('keeps the default and gives a Problem for a value it cannot read', () => {
    const values = [
      ['Commission rate', 'eight'],
      ['Week starts on', 'Friday'],
      ['Peak months', '11,13'],
      ['KPI window days', 0],
      ['Base currency', 'Won?'],
    ];
    const { settings, problems } = readSettings(values, 'Settings', SEOUL);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(inEnglish(problems)).toEqual([
      {
        tab: 'Settings',
        row: 1,
        column: 'Commission rate',
        value: 'eight',
        expected: 'a percentage such as 8% or 0.08',
      },
      {
        tab: 'Settings',
        row: 2,
        column: 'Week starts on',
        value: 'Friday',
        expected: 'Monday or Sunday',
      },
      {
        tab: 'Settings',
        row: 3,
        column: 'Peak months',
        value: '11,13',
        expected: 'month numbers like 11,12,1,2',
      },
      {
        tab: 'Settings',
        row: 4,
        column: 'KPI window days',
        value: '0',
        expected: 'a whole number of days from 1 to 3,650, like 28',
      },
      {
        tab: 'Settings',
        row: 5,
        column: 'Base currency',
        value: 'Won?',
        expected: 'a currency code like KRW or USD',
      },
    ]);
  });

  it('keeps the default for a number of days past ten years, which would be no date at all', () => {
    const values = [
      ['KPI window days', 1_000_000_000],
      ['Processing days', '3,651'],
      ['Payout delay days', 3_650],
    ];
    const { settings, problems } = readSettings(values, 'Settings', SEOUL);
    expect(settings.kpiWindowDays).toBe(DEFAULT_SETTINGS.kpiWindowDays);
    expect(settings.processingDays).toBe(DEFAULT_SETTINGS.processingDays);
    expect(settings.payoutDelayDays).toBe(3_650);
    expect(inEnglish(problems).map(({ row, value, expected }) => [row, value, expected])).toEqual([
      [1, '1000000000', 'a whole number of days from 1 to 3,650, like 28'],
      [2, '3,651', 'a whole number of days from 0 to 3,650, like 28'],
    ]);
  });

  it('reads the FX table below the settings, dated and undated', () => {
    const values = [
      ['Base currency', 'KRW', ''],
      ['', '', ''],
      ['통화', '환율', '날짜'],
      ['USD', 1380, '2025-09-01'],
      ['usd', '1,395.5', new Date('2025-10-01T00:00:00+09:00')],
      ['CNY', 190, ''],
      ['', '', ''],
      ['EUR', 'abc', ''],
      ['JPY', 9.1, 'someday'],
    ];
    const { fxRates, problems } = readSettings(values, '설정', SEOUL);
    expect(fxRates).toEqual([
      { currency: 'USD', rate: 1380, from: new Date('2025-08-31T15:00:00Z') },
      { currency: 'USD', rate: 1395.5, from: new Date('2025-09-30T15:00:00Z') },
      { currency: 'CNY', rate: 190, from: null },
    ]);
    expect(inEnglish(problems)).toEqual([
      {
        tab: '설정',
        row: 8,
        column: '환율',
        value: 'abc',
        expected: 'a rate above 0 like 1380 (at most 1,000,000,000,000)',
      },
      {
        tab: '설정',
        row: 9,
        column: '날짜',
        value: 'someday',
        expected: 'a date like 2025-09-01, or nothing for "always"',
      },
    ]);
  });

  it('reads an FX table without a Date column as always-valid rates', () => {
    const values = [
      ['Currency', 'Rate'],
      ['USD', 1380],
    ];
    expect(readSettings(values, 'Settings', SEOUL).fxRates).toEqual([
      { currency: 'USD', rate: 1380, from: null },
    ]);
  });
});

describe('settingsRowsForSetup', () => {
  it('writes every key with its default in Korean', () => {
    expect(settingsRowsForSetup('ko')).toEqual([
      ['설정', '값', ''],
      ['기준 통화', 'KRW', ''],
      ['수수료율', '8%', ''],
      ['처리 기간(일)', 3, ''],
      ['성수기 월', '11,12,1,2', ''],
      ['성수기 추가 일수', 2, ''],
      ['주 시작 요일', '월', ''],
      ['KPI 기간(일)', 28, ''],
      ['목표 마진율', '15%', ''],
      ['목표 분쟁률', '2%', ''],
      ['목표 응답 시간', 12, ''],
      ['목표 평점', 4.7, ''],
      ['목표 초기 불량률', '1%', ''],
      ['목표 오배송률', '0.3%', ''],
      ['카테고리 평균 전환율', '2%', ''],
      ['재고 리드타임(일)', 10, ''],
      ['환율 재조정 기준', '3%', ''],
      ['정산 대기일', 15, ''],
      ['금지 단어', '', ''],
      ['', '', ''],
      ['통화', '환율', '날짜'],
    ]);
  });

  it.each(['en', 'ko'] as const)('writes rows that read back as the defaults (%s)', (lang) => {
    const rows = settingsRowsForSetup(lang);
    expect(rows[1]?.[0]).toBe(lang === 'en' ? 'Base currency' : '기준 통화');
    expect(readSettings(rows, 'Settings', SEOUL)).toEqual({
      settings: DEFAULT_SETTINGS,
      fxRates: [],
      problems: [],
    });
  });
});
