/**
 * The generated tabs (docs/rules.md §2) as plain 2D arrays with a number format for every cell, so the
 * adapter writes each tab with one setValues and one setNumberFormats. Text cells get the
 * plain-text format '@', which also keeps text such as `=1+1` from becoming a formula.
 */
import { titleIssueText } from '../text/titleIssueText';
import { roundCents } from '../read/money';
import type { CellOut } from '../functions/spec';
import type { Kpi, KpiId } from '../metrics/kpis';
import { shownKpi } from './kpiCards';
import type { Lang } from '../text/language';
import { t, type MessageKey } from '../text/messages';
import { describeProblem } from '../text/problemText';
import { NO_SKU } from '../metrics/skuMargin';
import { UNKNOWN_COUNTRY } from '../metrics/delivery';
import { MARGIN_COLUMNS, WEEK_COLUMNS } from '../metrics/weekColumns';
import type { WeekRow } from '../metrics/weeklyMargin';
import type { WeeklyUpdate } from '../weeklyUpdate';
import type { Problem } from '../read/problem';
import { maxOf } from '../metrics/stats';
import { clipText } from '../read/cell';

export type OutputTabId =
  'weeklyMargin' | 'skuMargin' | 'kpi' | 'logistics' | 'payoutCheck' | 'problems';

export interface OutputTab {
  id: OutputTabId;
  /** Localised name, e.g. '주간 마진'. */
  name: string;
  rows: CellOut[][];
  /** Same shape as rows. */
  formats: string[][];
  /** 0-based column holding KPI statuses (OK/WARN/BAD/NO DATA), for conditional colours. */
  statusColumn?: number;
  /**
   * A block of numbers where fewer is better (0-based), coloured as a heat map: green for the
   * fewest, yellow at the median, red for the most. The numbers stay in the cells.
   */
  heat?: { row: number; column: number; rows: number; columns: number };
}

export const TEXT_FORMAT = '@';
const PERCENT_FORMAT = '0.0%';
const NUMBER_FORMAT = '#,##0.##';
const DATE_FORMAT = 'yyyy-mm-dd';

/** A number format showing amounts in the base currency, e.g. ₩1,234,000 or $1,234.56. */
export function moneyFormat(currency: string): string {
  switch (currency) {
    case 'KRW':
      return '[$₩]#,##0';
    case 'JPY':
      return '[$¥]#,##0';
    case 'USD':
      return '[$$]#,##0.00';
    case 'EUR':
      return '[$€]#,##0.00';
    default:
      return `#,##0.00 "${currency}"`;
  }
}

type Kind = 'text' | 'money' | 'percent' | 'number' | 'date';

/** One typed cell; null becomes a blank (never a 0: a missing figure is not zero). */
interface Cell {
  value: CellOut | null;
  kind: Kind;
}

const text = (value: string | null): Cell => ({ value, kind: 'text' });
/** Money to the cent (docs/rules.md §5): never `3524167.500000001` in a cell. */
const money = (value: number | null): Cell => ({
  value: value === null ? null : roundCents(value),
  kind: 'money',
});
const percent = (value: number | null): Cell => ({ value, kind: 'percent' });
const number = (value: number | null): Cell => ({ value, kind: 'number' });

function toTab(id: OutputTabId, lang: Lang, currency: string, cells: Cell[][]): OutputTab {
  const width = maxOf(cells.map((row) => row.length)) ?? 1;
  const formatOf: Record<Kind, string> = {
    text: TEXT_FORMAT,
    money: moneyFormat(currency),
    percent: PERCENT_FORMAT,
    number: NUMBER_FORMAT,
    date: DATE_FORMAT,
  };
  const padded = cells.map((row) => [...row, ...Array<Cell>(width - row.length).fill(text(''))]);
  return {
    id,
    name: t(`tab.${id}`, lang),
    rows: padded.map((row) => row.map((cell) => cell.value ?? '')),
    formats: padded.map((row) => row.map((cell) => formatOf[cell.kind])),
  };
}

const header = (lang: Lang, keys: readonly MessageKey[]): Cell[] =>
  keys.map((key) => text(t(key, lang)));

/** How each Weekly Margin column is shown. */
function weekCell(key: (typeof WEEK_COLUMNS)[number][0], week: WeekRow): Cell {
  if (key === 'weekStart') return text(week.weekStart);
  if (key === 'marginRate' || key === 'disputeRate') return percent(week[key]);
  if (key === 'paidOrders' || key === 'disputes') return number(week[key]);
  return money(week[key]);
}

function weeklyMarginTab(update: WeeklyUpdate): OutputTab {
  const { lang } = update;
  const rows = update.weeks.map((week) => WEEK_COLUMNS.map(([key]) => weekCell(key, week)));
  return toTab('weeklyMargin', lang, update.settings.baseCurrency, [
    header(
      lang,
      WEEK_COLUMNS.map(([, label]) => label),
    ),
    ...rows,
  ]);
}

function skuMarginTab(update: WeeklyUpdate): OutputTab {
  const { lang } = update;
  const cover = new Map(update.stockCover.map((row) => [row.sku, row]));
  const titles = new Map(update.titles.map((row) => [row.sku, row.check]));
  const rows = update.skus.map((row) => {
    const check = titles.get(row.sku);
    const issues = check === undefined ? undefined : titleIssueText(check, lang);
    return [
      text(row.sku === NO_SKU ? t('label.noSku', lang) : row.sku),
      text(row.title),
      ...MARGIN_COLUMNS.map(([key]) => money(row[key])),
      percent(row.marginRate),
      text(row.paretoClass ?? ''),
      number(cover.get(row.sku)?.stock ?? null),
      number(cover.get(row.sku)?.coverDays ?? null),
      text(check ? issues || 'OK' : ''),
    ];
  });
  return toTab('skuMargin', lang, update.settings.baseCurrency, [
    header(lang, [
      'col.sku',
      'col.title',
      ...MARGIN_COLUMNS.map(([, label]) => label),
      'col.marginRate',
      'col.pareto',
      'col.stock',
      'col.coverDays',
      'col.titleCheck',
    ]),
    ...rows,
  ]);
}

const RATE_KPIS: ReadonlySet<KpiId> = new Set([
  'marginRate',
  'disputeRate',
  'earlyDefectRate',
  'wrongShipmentRate',
  'repurchaseRate',
  'conversion',
]);

/** The same value, status and advice as the sidebar's card: NO DATA never says what to fix. */
function kpiRow(kpi: Kpi, update: WeeklyUpdate): Cell[] {
  const { lang } = update;
  const measure = RATE_KPIS.has(kpi.id) ? percent : number;
  const { value, status, advice } = shownKpi(kpi, update);
  return [
    text(t(`kpi.${kpi.id}`, lang)),
    measure(value),
    measure(kpi.target),
    text(status),
    text(advice ?? ''),
  ];
}

function kpiTab(update: WeeklyUpdate): OutputTab {
  const { lang } = update;
  const tab = toTab('kpi', lang, update.settings.baseCurrency, [
    header(lang, ['col.kpi', 'col.value', 'col.target', 'col.status', 'col.todo']),
    ...update.kpis.map((kpi) => kpiRow(kpi, update)),
  ]);
  return { ...tab, statusColumn: 3 };
}

function logisticsTab(update: WeeklyUpdate): OutputTab {
  const { lang, delivery } = update;
  const weeks = [...new Set(delivery.table.map((cell) => cell.weekStart))].sort();
  const countries = [...new Set(delivery.table.map((cell) => cell.country))].sort();
  const median = new Map(delivery.table.map((c) => [`${c.country}|${c.weekStart}`, c.medianDays]));
  const countryName = (country: string) =>
    country === UNKNOWN_COUNTRY ? t('label.unknownCountry', lang) : country;
  const heat = countries.map((country) => [
    text(countryName(country)),
    ...weeks.map((week) => number(median.get(`${country}|${week}`) ?? null)),
  ]);
  const stalled = delivery.stalled.map((order) => [
    text(order.orderId),
    text(countryName(order.country)),
    number(order.daysInTransit),
  ]);
  const tab = toTab('logistics', lang, update.settings.baseCurrency, [
    [text(t('col.medianDays', lang))],
    [text(t('col.country', lang)), ...weeks.map(text)],
    ...heat,
    [],
    header(lang, ['col.stalledOrder', 'col.country', 'col.daysInTransit']),
    ...stalled,
  ]);
  if (countries.length === 0 || weeks.length === 0) return tab;
  return { ...tab, heat: { row: 2, column: 1, rows: countries.length, columns: weeks.length } };
}

/** A raw value shown in the Problems tab is cut to this length. */
const MAX_WRITTEN_VALUE_CHARS = 1_000;

/** The Problems tab lists this many rows one by one; the rest as one summary row per kind. */
export const LISTED_PROBLEMS = 1_000;

function problemRow(
  problem: Problem,
  lang: Lang,
  sentence = describeProblem(problem, lang),
): Cell[] {
  return [
    text(problem.tab),
    number(problem.row),
    text(problem.column),
    text(clipText(problem.value, MAX_WRITTEN_VALUE_CHARS)),
    text(sentence),
  ];
}

/**
 * No input can make the update fail by the size of what it reports: past the first
 * LISTED_PROBLEMS, Problems of one kind (tab, column, what was expected) share one row with
 * their count, its first instance standing for them.
 */
function problemRows(problems: readonly Problem[], lang: Lang): Cell[][] {
  const rows = problems.slice(0, LISTED_PROBLEMS).map((problem) => problemRow(problem, lang));
  const kinds = new Map<string, { first: Problem; count: number }>();
  for (let i = LISTED_PROBLEMS; i < problems.length; i++) {
    const problem = problems[i] as Problem;
    const kind = `${problem.tab}\u001f${problem.column ?? ''}\u001f${problem.expected.key}`;
    const seen = kinds.get(kind);
    if (seen === undefined) kinds.set(kind, { first: problem, count: 1 });
    else seen.count++;
  }
  for (const { first, count } of kinds.values()) {
    const sentence = describeProblem(first, lang);
    const more = count - 1;
    const summary = more === 0 ? sentence : t('problem.summary', lang, { sentence, count: more });
    rows.push(problemRow(first, lang, summary));
  }
  return rows;
}

function problemsTab(update: WeeklyUpdate): OutputTab {
  const { lang } = update;
  const rows = problemRows(update.problems, lang);
  return toTab('problems', lang, update.settings.baseCurrency, [
    header(lang, ['col.tab', 'col.row', 'col.column', 'col.rawValue', 'col.todo']),
    ...rows,
  ]);
}

/**
 * The payout check: each order paid out short, or not paid out after the usual delay, in the
 * payout's currency, with the gap in the base currency (or one line saying none was found);
 * then what the check could not see: the days the settlement tab covers, and managed orders.
 */
export function payoutRows(
  update: Pick<WeeklyUpdate, 'payouts' | 'lang'> & {
    settings: Pick<WeeklyUpdate['settings'], 'payoutDelayDays'>;
  },
): Cell[][] {
  const { lang, payouts } = update;
  const rows = payouts.gaps.map((gap) => [
    text(gap.orderId),
    text(t(`payout.kind.${gap.kind}`, lang)),
    text(gap.currency),
    number(gap.expected),
    number(gap.paid),
    number(gap.gap),
    money(gap.gapBase),
  ]);
  if (rows.length === 0) rows.push([text(t('payout.none', lang, { count: payouts.checked }))]);
  const { covers, managed } = payouts;
  const days = update.settings.payoutDelayDays;
  if (covers !== null) rows.push([text(t('payout.covers', lang, { ...covers, days }))]);
  if (managed > 0) rows.push([text(t('payout.managed', lang, { count: managed }))]);
  return rows;
}

/** The Payout check's columns, as the tab and PAYOUT_GAP head them. */
export const PAYOUT_COLUMNS: readonly MessageKey[] = [
  'col.orderId',
  'col.payoutKind',
  'col.currency',
  'col.expectedPayout',
  'col.paidOut',
  'col.gap',
  'col.gapBase',
];

function payoutTab(update: WeeklyUpdate): OutputTab {
  const { lang } = update;
  return toTab('payoutCheck', lang, update.settings.baseCurrency, [
    header(lang, PAYOUT_COLUMNS),
    ...payoutRows(update),
  ]);
}

/** Every generated tab, in the order they are written. */
export function outputTabs(update: WeeklyUpdate): OutputTab[] {
  return [
    weeklyMarginTab(update),
    skuMarginTab(update),
    kpiTab(update),
    logisticsTab(update),
    payoutTab(update),
    problemsTab(update),
  ];
}
