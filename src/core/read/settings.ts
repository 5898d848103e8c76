/**
 * The Settings / 설정 tab (docs/rules.md §6): key–value rows, then an FX table. Keys are matched by
 * English or Korean name like headers; a missing or blank key takes its default.
 */
import { isBlank, normalizeText } from './cell';
import { parseCount } from './count';
import { currencyFromSymbol } from './currency';
import { cellText, parseDateTime, type WeekStartsOn } from '../time/dates';
import type { FxRate } from '../metrics/fx';
import { normalizeHeader } from './headers';
import type { Lang } from '../text/language';
import { msg, type Msg } from '../text/messages';
import { parseUnsignedDecimal } from './numberText';
import { parsePercent } from './percent';
import { fail, ok, type Parsed, type Problem } from './problem';
import { mapHeaderRow, missingRequirements } from './tabs';
import { columnName, setupHeaders, tabSpec } from './tabSpecs';

export interface Settings {
  baseCurrency: string;
  /** Fractions: 0.08 is 8%. */
  commissionRate: number;
  processingDays: number;
  /** 1 = January. */
  peakMonths: number[];
  peakExtraDays: number;
  /** 0 = Sunday, 1 = Monday. */
  weekStartsOn: WeekStartsOn;
  kpiWindowDays: number;
  targetMarginRate: number;
  targetDisputeRate: number;
  targetResponseHours: number;
  targetRating: number;
  targetEarlyDefectRate: number;
  targetWrongShipmentRate: number;
  categoryConversion: number;
  stockLeadTimeDays: number;
  fxRepriceThreshold: number;
  /** Days after delivery within which AliExpress usually pays an order out (payout check). */
  payoutDelayDays: number;
  bannedTitleWords: string[];
}

/** How one kind of setting value is read from a cell and written by "Set up sheets". */
interface ValueKind<T> {
  parse(cell: unknown): Parsed<T>;
  show(value: T, lang: Lang): string | number;
}

interface SettingSpec<T> {
  en: string;
  ko: string;
  kind: ValueKind<T>;
  default: T;
}

/** Every rate of Settings (commission, targets, FX threshold) lies in 0–100% (docs/rules.md §3). */
const percent: ValueKind<number> = {
  parse: (cell) => {
    const rate = parsePercent(cell);
    return rate.ok && rate.value > 1 ? fail(msg('expected.rateInRange')) : rate;
  },
  show: (value) => `${Math.round(value * 10_000) / 100}%`,
};

function decimalOf(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return typeof cell === 'string' ? parseUnsignedDecimal(normalizeText(cell), 'thousands') : null;
}

const number: ValueKind<number> = {
  parse: (cell) => {
    const value = decimalOf(cell);
    return value !== null && value >= 0 ? ok(value) : fail(msg('expected.number'));
  },
  show: (value) => value,
};

/** Base units per unit: far above any currency's (a bitcoin is ~10^8 won); more is a typo. */
const MAX_FX_RATE = 1e12;

/** Ten years: more is a typo, and a date that many days away would be no date at all. */
const MAX_DAYS = 3_650;

/** A number of days from `min` to MAX_DAYS. */
const dayCount = (min: number): ValueKind<number> => ({
  parse: (cell) => {
    const count = parseCount(cell);
    if (!count.ok || (count.value >= min && count.value <= MAX_DAYS)) return count;
    return fail(msg('expected.dayCount', { min, max: MAX_DAYS.toLocaleString('en-US') }));
  },
  show: (value) => value,
});

const currencyCode: ValueKind<string> = {
  parse: (cell) => {
    const code = typeof cell === 'string' ? currencyFromSymbol(normalizeText(cell)) : null;
    return code === null ? fail(msg('expected.currencyCode')) : ok(code);
  },
  show: (value) => value,
};

const WEEKDAYS: Record<WeekStartsOn, { en: string; ko: string; names: string[] }> = {
  0: {
    en: 'Sunday',
    ko: '일',
    names: ['Sunday', 'Sun', '일', '일요일', '星期日', '星期天', '周日'],
  },
  1: { en: 'Monday', ko: '월', names: ['Monday', 'Mon', '월', '월요일', '星期一', '周一'] },
};

const WEEKDAY_BY_NAME = new Map(
  ([0, 1] as const).flatMap((day) =>
    WEEKDAYS[day].names.map((name) => [normalizeHeader(name), day]),
  ),
);

const weekday: ValueKind<WeekStartsOn> = {
  parse: (cell) => {
    const day = WEEKDAY_BY_NAME.get(normalizeHeader(cell));
    return day === undefined ? fail(msg('expected.weekday')) : ok(day);
  },
  show: (value, lang) => WEEKDAYS[value][lang],
};

function monthOf(text: string): number | null {
  const month = Number(text.replace(/[월月]$/u, ''));
  return Number.isInteger(month) && month >= 1 && month <= 12 ? month : null;
}

const months: ValueKind<number[]> = {
  parse: (cell) => {
    const parts = normalizeText(String(cell))
      .split(/[\s,、;]+/u)
      .filter(Boolean);
    const values = parts.map(monthOf);
    return values.length > 0 && values.every((month) => month !== null)
      ? ok(values as number[])
      : fail(msg('expected.months'));
  },
  show: (value) => value.join(','),
};

const wordList: ValueKind<string[]> = {
  parse: (cell) =>
    ok(
      String(cell)
        .split(/[,，、;\n]/u)
        .map((word) => normalizeText(word))
        .filter(Boolean),
    ),
  show: (value) => value.join(', '),
};

/** Every setting, in the order "Set up sheets" writes them. */
const SETTING_SPECS: { [K in keyof Settings]: SettingSpec<Settings[K]> } = {
  baseCurrency: { en: 'Base currency', ko: '기준 통화', kind: currencyCode, default: 'KRW' },
  commissionRate: { en: 'Commission rate', ko: '수수료율', kind: percent, default: 0.08 },
  processingDays: { en: 'Processing days', ko: '처리 기간(일)', kind: dayCount(0), default: 3 },
  peakMonths: { en: 'Peak months', ko: '성수기 월', kind: months, default: [11, 12, 1, 2] },
  peakExtraDays: {
    en: 'Peak extra days',
    ko: '성수기 추가 일수',
    kind: dayCount(0),
    default: 2,
  },
  weekStartsOn: { en: 'Week starts on', ko: '주 시작 요일', kind: weekday, default: 1 },
  kpiWindowDays: { en: 'KPI window days', ko: 'KPI 기간(일)', kind: dayCount(1), default: 28 },
  targetMarginRate: { en: 'Target margin rate', ko: '목표 마진율', kind: percent, default: 0.15 },
  targetDisputeRate: { en: 'Target dispute rate', ko: '목표 분쟁률', kind: percent, default: 0.02 },
  targetResponseHours: {
    en: 'Target response hours',
    ko: '목표 응답 시간',
    kind: number,
    default: 12,
  },
  targetRating: { en: 'Target rating', ko: '목표 평점', kind: number, default: 4.7 },
  targetEarlyDefectRate: {
    en: 'Target early-defect rate',
    ko: '목표 초기 불량률',
    kind: percent,
    default: 0.01,
  },
  targetWrongShipmentRate: {
    en: 'Target wrong-shipment rate',
    ko: '목표 오배송률',
    kind: percent,
    default: 0.003,
  },
  categoryConversion: {
    en: 'Category average conversion',
    ko: '카테고리 평균 전환율',
    kind: percent,
    default: 0.02,
  },
  stockLeadTimeDays: {
    en: 'Stock lead time days',
    ko: '재고 리드타임(일)',
    kind: dayCount(0),
    default: 10,
  },
  fxRepriceThreshold: {
    en: 'FX reprice threshold',
    ko: '환율 재조정 기준',
    kind: percent,
    default: 0.03,
  },
  payoutDelayDays: {
    en: 'Payout delay days',
    ko: '정산 대기일',
    kind: dayCount(0),
    default: 15,
  },
  bannedTitleWords: { en: 'Banned title words', ko: '금지 단어', kind: wordList, default: [] },
};

const SETTING_KEYS = Object.keys(SETTING_SPECS) as (keyof Settings)[];

/** The header above the key–value rows that "Set up sheets" writes; read past, not a setting. */
const KEY_VALUE_HEADER = { en: ['Setting', 'Value'], ko: ['설정', '값'] } as const;

const KEY_BY_NAME = new Map(
  SETTING_KEYS.flatMap((key) =>
    [SETTING_SPECS[key].en, SETTING_SPECS[key].ko].map((name) => [normalizeHeader(name), key]),
  ),
);

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTING_SPECS[key].default]),
) as unknown as Settings;

export interface SettingsRead {
  settings: Settings;
  fxRates: FxRate[];
  problems: Problem[];
}

const fxForm = tabSpec('settings').forms[0];

/** The FX table starts at the first row naming at least its Currency and Rate columns. */
const isFxHeader = (row: readonly unknown[]): boolean =>
  missingRequirements(fxForm, mapHeaderRow(row, fxForm).columns).length === 0;

/**
 * Reads the Settings tab. Rows whose first cell is not a known setting name are notes and are
 * passed over (so are later repeats of a key: the first row counts); a known setting with an
 * unreadable value keeps its default and gives a Problem.
 * FX dates written as text are read in `timeZone`.
 * @example readSettings([['수수료율', '5%']], 'Settings', 'Asia/Seoul').settings.commissionRate // 0.05
 */
export function readSettings(
  values: readonly unknown[][],
  tabName: string,
  timeZone: string,
): SettingsRead {
  const fxHeaderRow = values.findIndex(isFxHeader);
  const keyRows = fxHeaderRow < 0 ? values : values.slice(0, fxHeaderRow);
  const { settings, problems } = readKeyValueRows(keyRows, tabName, timeZone);
  if (fxHeaderRow < 0) return { settings, fxRates: [], problems };
  const fx = readFxRows(values, fxHeaderRow, tabName, timeZone);
  return { settings, fxRates: fx.rates, problems: [...problems, ...fx.problems] };
}

function readKeyValueRows(
  rows: readonly unknown[][],
  tabName: string,
  timeZone: string,
): { settings: Settings; problems: Problem[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: Problem[] = [];
  const seen = new Set<keyof Settings>();
  rows.forEach((row, index) => {
    const [name, value] = row;
    const key = KEY_BY_NAME.get(normalizeHeader(name));
    if (key === undefined || seen.has(key) || isBlank(value)) return;
    seen.add(key);
    const parsed = readSetting(key, value, settings);
    if (!parsed.ok) {
      problems.push({
        tab: tabName,
        row: index + 1,
        column: String(name).trim(),
        value: cellText(value, timeZone),
        expected: parsed.expected,
      });
    }
  });
  return { settings, problems };
}

/** Parses one setting's cell into `settings`; the default stays when it cannot be read. */
function readSetting<K extends keyof Settings>(
  key: K,
  cell: unknown,
  settings: Settings,
): Parsed<Settings[K]> {
  const parsed = SETTING_SPECS[key].kind.parse(cell);
  if (parsed.ok) settings[key] = parsed.value;
  return parsed;
}

function readFxRows(
  values: readonly unknown[][],
  headerRow: number,
  tabName: string,
  timeZone: string,
): { rates: FxRate[]; problems: Problem[] } {
  const { columns } = mapHeaderRow(values[headerRow] ?? [], fxForm);
  const headers = values[headerRow] ?? [];
  const rates: FxRate[] = [];
  const problems: Problem[] = [];
  for (let index = headerRow + 1; index < values.length; index++) {
    const row = values[index] ?? [];
    const cellOf = (key: keyof typeof columns): unknown => {
      const position = columns[key];
      return position === undefined ? '' : row[position];
    };
    if (row.every(isBlank)) continue;
    const read = readFxRow(cellOf('currency'), cellOf('rate'), cellOf('from'), timeZone);
    if ('rate' in read) {
      rates.push(read.rate);
    } else {
      const position = columns[read.column];
      problems.push({
        tab: tabName,
        row: index + 1,
        column: String(position === undefined ? read.column : headers[position]).trim(),
        value: cellText(cellOf(read.column), timeZone),
        expected: read.expected,
      });
    }
  }
  return { rates, problems };
}

type FxRowRead = { rate: FxRate } | { column: 'currency' | 'rate' | 'from'; expected: Msg };

function readFxRow(
  currencyCell: unknown,
  rateCell: unknown,
  fromCell: unknown,
  timeZone: string,
): FxRowRead {
  const currency = currencyCode.parse(currencyCell);
  if (!currency.ok) return { column: 'currency', expected: currency.expected };
  const rate = decimalOf(rateCell);
  if (rate === null || rate <= 0 || rate > MAX_FX_RATE) {
    return { column: 'rate', expected: msg('expected.fxRate') };
  }
  if (isBlank(fromCell)) return { rate: { currency: currency.value, rate, from: null } };
  const from = parseDateTime(fromCell, { timeZone });
  if (!from.ok) return { column: 'from', expected: msg('expected.fxDate') };
  return { rate: { currency: currency.value, rate, from: from.value } };
}

/**
 * The rows "Set up sheets" writes on the Settings tab: a Setting/Value header, every setting
 * with its default, a blank row and the FX table's header. Three columns wide, so the block is
 * rectangular. Percentages are written as text like '8%' (Sheets turns them into numbers).
 */
export function settingsRowsForSetup(lang: Lang): (string | number)[][] {
  const row = (cells: (string | number)[]): (string | number)[] =>
    [...cells, '', '', ''].slice(0, 3);
  const settingRows = SETTING_KEYS.map((key) =>
    row([settingName(key, lang), defaultShown(key, lang)]),
  );
  return [
    row([...KEY_VALUE_HEADER[lang]]),
    ...settingRows,
    row([]),
    row(setupHeaders('settings', lang)),
  ];
}

function settingName(key: keyof Settings, lang: Lang): string {
  return columnName(SETTING_SPECS[key], lang);
}

function defaultShown<K extends keyof Settings>(key: K, lang: Lang): string | number {
  const spec = SETTING_SPECS[key];
  return spec.kind.show(spec.default, lang);
}
