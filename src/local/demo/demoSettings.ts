import { DEMO_FACTS } from './facts';
import { PROCESSING_DAYS } from './demoOrders';
import { dayDate } from './demoPeriod';
import type { CellValue, SheetData } from '../workbookData';

type SettingRow = [key: string, value: CellValue, format?: string];

/** docs/rules.md §6 keys in Korean with their defaults (percentages as fractions shown as %). */
const SETTINGS: readonly SettingRow[] = [
  ['기준 통화', 'KRW'],
  ['수수료율', 0.08, '0%'],
  ['처리 기간(일)', PROCESSING_DAYS],
  ['성수기 월', '11,12,1,2'],
  ['성수기 추가 일수', 2],
  ['주 시작 요일', '월'],
  ['KPI 기간(일)', 28],
  ['목표 마진율', 0.15, '0%'],
  ['목표 분쟁률', 0.02, '0%'],
  ['목표 응답 시간', 12],
  ['목표 평점', 4.7],
  ['목표 초기 불량률', 0.01, '0%'],
  ['목표 오배송률', 0.003, '0.0%'],
  ['카테고리 평균 전환율', 0.02, '0%'],
  ['재고 리드타임(일)', 10],
  ['환율 재조정 기준', 0.03, '0%'],
  ['금지 단어', DEMO_FACTS.bannedTitleWords.join(', ')],
];

/** KRW per unit from that day on. USD climbs past the reprice threshold; EUR has no rate. */
const FX_RATES: readonly [currency: string, rate: number, day: number][] = [
  ['USD', DEMO_FACTS.fx.firstRate, 0],
  ['USD', 1362, 21],
  ['USD', DEMO_FACTS.fx.latestRate, 35],
  ['CNY', 186, 0],
  ['CNY', 192, 35],
];

export function settingsSheet(): SheetData {
  const values: CellValue[][] = [
    ...SETTINGS.map(([key, value]) => [key, value, '']),
    ['', '', ''],
    ['통화', '환율', '날짜'],
    ...FX_RATES.map(([currency, rate, day]) => [currency, rate, dayDate(day)]),
  ];
  const numberFormats = [
    ...SETTINGS.map(([, , format]) => ['', format ?? '', '']),
    ['', '', ''],
    ['', '', ''],
    ...FX_RATES.map(() => ['', '#,##0', 'yyyy-mm-dd']),
  ];
  return { name: '설정', values, numberFormats };
}
