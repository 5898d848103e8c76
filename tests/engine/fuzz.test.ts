// Hostile input for every tab (issue: bad input never becomes a number): 10,000 generated rows
// per tab of junk money, dates, ids, statuses, formulas, huge cells and broken text, through the
// readers and the whole engine. Nothing may throw, no output may hold NaN or Infinity, no message
// may carry an engine's words or a stack, and every non-blank input row is accounted for: read,
// an older state of a row below it, a repeat of a row above it, or a Problem.
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import { readLedger } from '../../src/core/ledger/readLedger';
import { render } from '../../src/core/text/messages';
import { outputTabs } from '../../src/core/views/outputTabs';
import type { Problem } from '../../src/core/read/problem';
import { describeProblem } from '../../src/core/text/problemText';
import { readAds } from '../../src/core/read/readAds';
import { readDisputes } from '../../src/core/read/readDisputes';
import { readMessages } from '../../src/core/read/readMessages';
import { readOrders } from '../../src/core/read/readOrders';
import { readReviews } from '../../src/core/read/readReviews';
import { readSettlement } from '../../src/core/read/readSettlement';
import { readSkus } from '../../src/core/read/readSkus';
import { readTraffic } from '../../src/core/read/readTraffic';
import { readSettings } from '../../src/core/read/settings';
import { setupHeaders, type TabId } from '../../src/core/read/tabSpecs';
import { weeklySummary } from '../../src/core/views/weeklySummary';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';

const ROWS_PER_TAB = 10_000;
const TZ = 'Asia/Seoul';
const NOW = new Date('2025-10-27T09:00:00+09:00');

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HUGE = 'ㅋ'.repeat(50_000);
const JUNK: readonly unknown[] = [
  '',
  ' ',
  'abc',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  NaN,
  Infinity,
  -Infinity,
  2 ** 60,
  -0,
  '=1+1',
  '=HYPERLINK("http://x","y")',
  '+82-10-1234',
  '@SUM(A1)',
  '\t\r\n',
  HUGE,
  'Ã¬Â£Â¼Ã«Â¬Â¸', // UTF-8 read as Latin-1
  '\uFEFF\u200B',
  '💸💸',
  'null',
  'undefined',
  true,
  false,
  new Date(Number.NaN),
  new Date('2052-09-03T00:00:00Z'),
  new Date('1970-01-01T00:00:00Z'),
  -45_000,
  99_999_999,
];
const MONEY: readonly unknown[] = [
  ...JUNK,
  '₩12,000',
  'US $12.34',
  '-CN￥ 7.00',
  '(1,234)',
  '1.234,56 €',
  '12.345.678,9',
  '₩-5',
  '$ 1 2 3',
  '12,34,56',
  0,
  12.5,
  -10_000,
  '1e5',
  '0x1F',
];
const DATES: readonly unknown[] = [
  ...JUNK,
  '2025-09-03 10:00',
  '2025-09-31 10:00',
  '2025-02-29',
  '2052-09-03',
  '1999-12-31 23:59',
  '0000-00-00',
  '9999-12-31 24:00',
  '2025.09.03 10:00',
  '09/03/2025 10:00',
  '2025년 9월 3일',
  '2025-09-03T10:00:00Z',
  '2025-09-03 10:00 +25:00',
  45_900,
  45_900.5,
  1e12,
  new Date('2025-09-03T01:00:00Z'),
];
const IDS: readonly unknown[] = [
  ...JUNK,
  '3061835520714416',
  ' 3061835520714416 ',
  '3.07509E+15',
  3_061_835_520_714_416,
  2 ** 53 + 2,
  'A-1',
  'a'.repeat(300),
];
const STATUSES: readonly unknown[] = [
  ...JUNK,
  '交易完成',
  '等待您发货',
  '订单关闭',
  'Cancelled',
  '결제 대기',
  'Shipped',
  'Lost in space',
];
const COUNTS: readonly unknown[] = [...JUNK, 0, 1, 3, '1,234', '12.5', -1, '5%', '1e3'];

/** Pools per kind of column; a column not listed gets junk or plain text. */
function poolFor(header: string): readonly unknown[] {
  const name = header.toLowerCase();
  if (/time|date|period|기간|날짜|시간/.test(name)) return DATES;
  if (/amount|fee|refund|spend|revenue|cost|price|payout|discount|금액|비|원가/.test(name)) {
    return MONEY;
  }
  if (/id|sku|code|order|코드/.test(name)) return IDS;
  if (/status|상태/.test(name)) return STATUSES;
  if (/impressions|visitors|buyers|clicks|orders|stock|stars|quantity|수/.test(name)) {
    return COUNTS;
  }
  return JUNK;
}

function hostileRows(header: readonly string[], next: () => number): unknown[][] {
  const pick = <T>(pool: readonly T[]): T => pool[Math.floor(next() * pool.length)] as T;
  const pools = header.map(poolFor);
  const rows: unknown[][] = [];
  for (let r = 0; r < ROWS_PER_TAB; r++) {
    // A few rows repeat one above them exactly, as a re-paste does.
    const repeat = rows.length > 0 && next() < 0.03;
    rows.push(repeat ? (pick(rows) as unknown[]).slice() : pools.map((pool) => pick(pool)));
  }
  return rows;
}

/** The tabs as "Set up sheets" writes them, each filled with hostile rows. */
function hostileWorkbook(seed: number) {
  const next = random(seed);
  const tab = (name: string, id: TabId) => {
    const header = setupHeaders(id, 'en');
    return { name, values: [header, ...hostileRows(header, next)] };
  };
  return {
    orders: tab('Orders', 'orders'),
    disputes: tab('Disputes', 'disputes'),
    settlement: tab('Settlement', 'settlement'),
    ads: tab('Ads', 'ads'),
    traffic: tab('Traffic', 'traffic'),
    reviews: tab('Reviews', 'reviews'),
    messages: tab('Messages', 'messages'),
    sku: tab('SKU', 'sku'),
    ledger: tab('Ledger', 'ledger'),
    settings: {
      name: 'Settings',
      values: [
        ['Setting', 'Value'],
        ...hostileRows(['Setting', 'Value'], next).slice(0, 200),
        ['Currency', 'Rate', 'Date'],
        ['USD', 1380, ''],
        ['CNY', '190', '2025-09-01'],
        ...hostileRows(['Currency', 'Rate', 'Date'], next).slice(0, 200),
      ],
    },
  };
}

/** Words of an engine, never of a sentence for a seller. */
const ENGINE_WORDS =
  /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Error:|undefined|NaN|Infinity|Cannot read properties|is not a function)\b|\s+at \S+ \(/;

function nonBlankRows(values: readonly unknown[][]): number[] {
  const rows: number[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (
      row.some(
        (cell) =>
          !(
            cell === '' ||
            (typeof cell === 'string' &&
              !/\S/u.test(cell.replace(/[\uFEFF\u200B-\u200D\u2060]/g, '')))
          ),
      )
    ) {
      rows.push(r + 1);
    }
  }
  return rows;
}

/** Rows whose cells repeat a row above them exactly (a re-paste), by sheet row. */
function repeatedRows(values: readonly unknown[][]): Set<number> {
  const seen = new Set<string>();
  const repeats = new Set<number>();
  values.forEach((row, r) => {
    const text = row
      .map((cell) => (cell instanceof Date ? `@${cell.getTime()}` : String(cell)))
      .join('\u001f');
    if (seen.has(text)) repeats.add(r + 1);
    seen.add(text);
  });
  return repeats;
}

/**
 * Every non-blank row is a record, a Problem's row, or (where the tab says so) an older state of
 * a row below it or an exact repeat of one above.
 */
function expectAccounted(
  values: readonly unknown[][],
  read: { records: Array<{ row: number }>; problems: Problem[] },
  also: ReadonlySet<number> = new Set(),
): void {
  const accounted = new Set([
    ...read.records.map((r) => r.row),
    ...read.problems.map((p) => p.row),
  ]);
  const lost = nonBlankRows(values).filter((row) => !accounted.has(row) && !also.has(row));
  expect(lost.slice(0, 5), `${lost.length} rows unaccounted for`).toEqual([]);
}

function expectPlainSentences(problems: readonly Problem[]): void {
  for (const problem of problems) {
    for (const lang of ['en', 'ko'] as const) {
      const sentence = describeProblem(problem, lang);
      expect(render(problem.expected, lang)).not.toMatch(ENGINE_WORDS);
      expect(sentence.length).toBeLessThan(2_000);
    }
  }
}

function expectFinite(value: unknown, where: string): void {
  if (typeof value === 'number') expect(Number.isFinite(value), where).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, i) => expectFinite(item, `${where}[${i}]`));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) expectFinite(item, `${where}.${key}`);
  }
}

describe(`hostile input, ${ROWS_PER_TAB.toLocaleString('en-US')} rows per tab`, () => {
  const workbook = hostileWorkbook(20251205);
  const settings = readSettings(workbook.settings.values, 'Settings', TZ);
  const fx = new FxTable('KRW', settings.fxRates);
  const ctx = (tabName: string) => ({ tabName, timeZone: TZ, baseCurrency: 'KRW', fx, now: NOW });

  it('reads every tab without a throw, accounting for every row', () => {
    const { orders, disputes, settlement, ads, traffic, reviews, messages, sku, ledger } = workbook;
    const orderRead = readOrders(orders.values, ctx('Orders'));
    // Rows of one order id: all but the last are older states (or one Problem names them all).
    const byId = new Map<string, number[]>();
    orders.values.slice(1).forEach((row, i) => {
      const id = String(row[0] ?? '').trim();
      byId.set(id, [...(byId.get(id) ?? []), i + 2]);
    });
    const sharedIds = new Set([...byId.values()].filter((rows) => rows.length > 1).flat());
    expectAccounted(orders.values, orderRead, sharedIds);
    expectAccounted(disputes.values, readDisputes(disputes.values, ctx('Disputes')));
    const settlementRead = readSettlement(settlement.values, ctx('Settlement'));
    // A wide row with no amount in it is a settlement of nothing: nothing to read, nothing lost.
    const noMoney = new Set(
      settlement.values
        .map((row, r) => [row, r + 1] as const)
        .filter(([row]) => row.slice(2, 6).every((cell) => cell === '' || cell === ' '))
        .map(([, row]) => row),
    );
    const repeats = repeatedRows(settlement.values);
    expectAccounted(settlement.values, settlementRead, new Set([...noMoney, ...repeats]));
    expect(settlementRead.repeats).toBeGreaterThan(0);
    expectAccounted(ads.values, readAds(ads.values, ctx('Ads')), repeatedRows(ads.values));
    expectAccounted(traffic.values, readTraffic(traffic.values, ctx('Traffic')));
    expectAccounted(reviews.values, readReviews(reviews.values, ctx('Reviews')));
    expectAccounted(messages.values, readMessages(messages.values, ctx('Messages')));
    expectAccounted(sku.values, readSkus(sku.values, ctx('SKU')));
    const ledgerRead = readLedger(ledger.values, ctx('Ledger'));
    expectAccounted(ledger.values, { records: ledgerRead.entries, problems: ledgerRead.problems });
    for (const read of [orderRead, settlementRead, ledgerRead]) expectPlainSentences(read.problems);
  });

  it('runs the whole engine: no NaN or Infinity anywhere, every message a plain sentence', () => {
    const update = computeWeeklyUpdate({
      tabs: Object.values(workbook),
      timeZone: TZ,
      locale: 'ko_KR',
      now: NOW,
    });
    expect(update.problems.length).toBeGreaterThan(ROWS_PER_TAB);
    expect(update.asOf.getTime()).toBeLessThanOrEqual(NOW.getTime() + 86_400_000);
    expect(update.weeks.length).toBeLessThan(1_500); // weeks from 2000 at most, never to 2052
    expectFinite(weeklySummary(update), 'summary');
    for (const tab of outputTabs(update)) {
      expectFinite(tab.rows, tab.name);
      // User text shows as it was written (a title may well read "NaN"); no cell outgrows Sheets.
      for (const row of tab.rows) {
        for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(50_000);
      }
    }
    for (const entry of update.import.entries) expect(Number.isFinite(entry.baseAmount)).toBe(true);
    for (const row of update.import.rows) {
      for (const cell of row) expect(String(cell).length).toBeLessThanOrEqual(50_000);
    }
    expectPlainSentences(update.problems);
  });
});
