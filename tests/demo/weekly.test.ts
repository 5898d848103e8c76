// The demo shop week by week: the workbook as of the end of an earlier week, each Monday's
// downloads (demoWeeklyPastes) and the files `npm run demo -- --weekly DIR` writes.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDemoWorkbook,
  DEMO_CHAIN_START_WEEK,
  DEMO_FACTS,
  demoWeeklyPastes,
  EXPORT_TABS,
} from '../../src/local/demo/demoWorkbook';
import type { CellValue, WorkbookData } from '../../src/local/workbookData';
import { loadWorkbookFile } from '../../src/local/workbookFile';

type Row = Record<string, CellValue>;
type Tabs = readonly { name: string; values: CellValue[][] }[];

/** Monday and Sunday of each ISO week of the period (week 1 starts 2025-09-01). */
const WEEK_DAYS: Record<number, [monday: string, sunday: string]> = {
  1: ['2025-09-01', '2025-09-07'],
  2: ['2025-09-08', '2025-09-14'],
  3: ['2025-09-15', '2025-09-21'],
  4: ['2025-09-22', '2025-09-28'],
  5: ['2025-09-29', '2025-10-05'],
  6: ['2025-10-06', '2025-10-12'],
  7: ['2025-10-13', '2025-10-19'],
  8: ['2025-10-20', '2025-10-26'],
};
/** The first day of the 28 days up to the end of each week: the Monday three weeks before. */
const WINDOW_FIRST_DAY: Record<number, string> = {
  1: '2025-09-01',
  2: '2025-09-01',
  3: '2025-09-01',
  4: '2025-09-01',
  5: '2025-09-08',
  6: '2025-09-15',
  7: '2025-09-22',
  8: '2025-09-29',
};
const WEEKS = [1, 2, 3, 4, 5, 6, 7, 8];
const asOfText = (week: number) => `${WEEK_DAYS[week][1]} 23:59`;

const bundled = buildDemoWorkbook();
const start = buildDemoWorkbook({ asOfWeek: DEMO_CHAIN_START_WEEK, windows: 'download' });
const pastes = demoWeeklyPastes();
const exportTabsOf = (workbook: WorkbookData): Tabs =>
  workbook.sheets
    .filter((sheet) => (EXPORT_TABS as readonly string[]).includes(sheet.name))
    .map(({ name, values }) => ({ name, values }));
/**
 * Week 2's downloads are the start workbook's export tabs; weeks 3–8's are the pastes. Week 1's
 * are no part of the chain, but its Sunday evening order paid on Monday 03:11 is one to check.
 */
const downloads = new Map<number, Tabs>([
  [1, exportTabsOf(buildDemoWorkbook({ asOfWeek: 1, windows: 'download' }))],
  [DEMO_CHAIN_START_WEEK, exportTabsOf(start)],
  ...pastes.map((paste): [number, Tabs] => [paste.week, paste.tabs]),
]);

function valuesOf(tabs: Tabs, name: string): CellValue[][] {
  const tab = tabs.find((candidate) => candidate.name === name);
  if (tab === undefined) throw new Error(`no tab ${name}`);
  return tab.values;
}

function records(week: number, name: string): Row[] {
  const [header, ...rows] = valuesOf(downloads.get(week)!, name);
  return rows.map((row) => Object.fromEntries(header.map((title, column) => [title, row[column]])));
}

const idOf = (row: Row) => String(row['订单号']).trim();
/** One row per order (the planted re-pasted duplicates are identical rows). */
const ordersOf = (week: number) => new Map(records(week, '주문').map((row) => [idOf(row), row]));

/** `yyyy-MM-dd HH:mm` from the dashed, dotted (2025.09.08) or month-first (10/10/2025) forms. */
function isoTime(cell: CellValue): string {
  const text = String(cell).trim();
  const monthFirst = /^(\d{2})\/(\d{2})\/(\d{4}) (.*)$/.exec(text);
  return monthFirst
    ? `${monthFirst[3]}-${monthFirst[1]}-${monthFirst[2]} ${monthFirst[4]}`
    : text.replace(/\./g, '-');
}

function inWeek(time: string, week: number): boolean {
  const [monday, sunday] = WEEK_DAYS[week];
  return time >= `${monday} 00:00` && time <= `${sunday} 23:59:59`;
}

function inLast28Days(time: string, week: number): boolean {
  return time >= `${WINDOW_FIRST_DAY[week]} 00:00` && time <= `${asOfText(week)}:59`;
}

describe('buildDemoWorkbook as of a week', () => {
  it('keeps the bundled demo as the default: week 8 with the whole period in its tabs', () => {
    expect(buildDemoWorkbook({ asOfWeek: 8, windows: 'period' })).toEqual(bundled);
  });

  it('rejects a week outside 1–8', () => {
    for (const asOfWeek of [0, 9, 2.5, Number.NaN]) {
      expect(() => buildDemoWorkbook({ asOfWeek })).toThrow(RangeError);
    }
  });

  it('gives deep-equal downloads from the same seed, and other ones from another seed', () => {
    expect(demoWeeklyPastes()).toEqual(pastes);
    expect(demoWeeklyPastes({ seed: 7 })).not.toEqual(pastes);
    const week5 = { asOfWeek: 5, windows: 'download' } as const;
    expect(buildDemoWorkbook(week5)).toEqual(buildDemoWorkbook(week5));
  });

  it('pastes weeks 3–8, each the export tabs of that week’s download-window workbook', () => {
    expect(pastes.map((paste) => [paste.week, paste.label])).toEqual(
      [3, 4, 5, 6, 7, 8].map((week) => [week, `week-${week}`]),
    );
    expect(pastes[5].tabs).toEqual(exportTabsOf(buildDemoWorkbook({ windows: 'download' })));
    expect(pastes[0].tabs).toEqual(
      exportTabsOf(buildDemoWorkbook({ asOfWeek: 3, windows: 'download' })),
    );
  });

  it('pastes only the seven export tabs, with the demo’s headers', () => {
    for (const paste of pastes) {
      expect(paste.tabs.map((tab) => tab.name)).toEqual([
        '주문',
        '분쟁',
        '유입',
        '광고',
        '리뷰',
        '메시지',
        '정산',
      ]);
      for (const tab of paste.tabs)
        expect(tab.values[0]).toEqual(valuesOf(bundled.sheets, tab.name)[0]);
    }
  });

  it('starts a chain with all ten tabs and the four manual Ledger rows up to 2025-09-14', () => {
    expect(start.sheets.map((sheet) => sheet.name)).toEqual(
      bundled.sheets.map((sheet) => sheet.name),
    );
    const ledger = start.sheets.find((sheet) => sheet.name === '원장')!.values;
    // Midnight in Seoul (UTC+9) of 09-01 and 09-08 (packaging), 09-07 and 09-14 (postage).
    expect(ledger.slice(1).map((row) => [row[0], row[1]])).toEqual([
      [new Date('2025-08-31T15:00:00Z'), '포장비'],
      [new Date('2025-09-06T15:00:00Z'), '배송비'],
      [new Date('2025-09-07T15:00:00Z'), '포장비'],
      [new Date('2025-09-13T15:00:00Z'), '배송비'],
    ]);
    // The seller's rows do not change later on.
    expect(ledger).toEqual(
      bundled.sheets.find((sheet) => sheet.name === '원장')!.values.slice(0, 5),
    );
    for (const name of ['상품', '설정']) {
      const tab = (workbook: WorkbookData) => workbook.sheets.find((sheet) => sheet.name === name);
      expect(tab(start)).toEqual(tab(bundled));
    }
  });
});

describe('주문 week by week', () => {
  it('holds the orders placed in the 28 days up to the as-of, from the first day to the last', () => {
    for (const week of WEEKS) {
      const times = [...ordersOf(week).values()].map((row) => isoTime(row['下单时间'])).sort();
      expect(times[0].slice(0, 10)).toBe(WINDOW_FIRST_DAY[week]);
      expect(times[times.length - 1].slice(0, 10)).toBe(WEEK_DAYS[week][1]);
      expect(times.every((time) => inLast28Days(time, week))).toBe(true);
    }
  });

  it('drops an order after four weeks: week 3’s orders are gone from weeks 7 and 8', () => {
    const placedInWeek3 = [...ordersOf(3).values()]
      .filter((row) => inWeek(isoTime(row['下单时间']), 3))
      .map(idOf);
    expect(placedInWeek3.length).toBeGreaterThan(100);
    for (const week of [3, 4, 5, 6]) {
      const ids = ordersOf(week);
      expect(placedInWeek3.every((id) => ids.has(id))).toBe(true);
    }
    for (const week of [7, 8]) {
      const ids = ordersOf(week);
      expect(placedInWeek3.some((id) => ids.has(id))).toBe(false);
    }
  });

  it('overlaps the previous export by three weeks; what is new was placed this week', () => {
    for (const week of WEEKS.slice(1)) {
      const previous = ordersOf(week - 1);
      const current = ordersOf(week);
      const kept = [...previous.keys()].filter((id) => current.has(id));
      const stillInWindow = [...previous.values()]
        .filter((row) => inLast28Days(isoTime(row['下单时间']), week))
        .map(idOf);
      expect(kept.length).toBeGreaterThan(100);
      expect(kept).toEqual(stillInWindow);
      const added = [...current.values()].filter((row) => !previous.has(idOf(row)));
      expect(added.every((row) => inWeek(isoTime(row['下单时间']), week))).toBe(true);
    }
  });

  it('gives every order from week 1 to 8 in some download, the same as in the bundled demo', () => {
    const seen = new Set(WEEKS.flatMap((week) => [...ordersOf(week).keys()]));
    const all = new Set(bundled.sheets[0].values.slice(1).map((row) => String(row[0]).trim()));
    expect(seen).toEqual(all);
  });

  it('keeps each order’s id, time, amounts, lines and address in every week it appears', () => {
    const FIXED = [
      '订单号',
      '下单时间',
      '产品总金额',
      '物流费用',
      '订单金额',
      '店铺优惠',
      '商品编码',
      '收货国家',
      '邮编',
    ];
    const firstSeen = new Map<string, string>();
    let appearances = 0;
    for (const week of WEEKS) {
      for (const [id, row] of ordersOf(week)) {
        const fixed = JSON.stringify(FIXED.map((column) => row[column]));
        expect(firstSeen.get(id) ?? fixed).toBe(fixed);
        firstSeen.set(id, fixed);
        appearances++;
      }
    }
    expect(appearances).toBeGreaterThan(2 * firstSeen.size);
  });

  it('moves statuses only forward, and a closed or completed order stays so', () => {
    const RANK: Record<string, number> = {
      等待买家付款: 0,
      等待发货: 1,
      等待买家收货: 2,
      交易完成: 3,
      订单关闭: 3,
    };
    for (const week of WEEKS.slice(1)) {
      const previous = ordersOf(week - 1);
      for (const [id, row] of ordersOf(week)) {
        const before = previous.get(id)?.['订单状态'];
        if (before === undefined) continue;
        const now = String(row['订单状态']);
        expect(RANK[now]).toBeGreaterThanOrEqual(RANK[String(before)]);
        if (RANK[String(before)] === 3) expect(now).toBe(before);
      }
    }
  });

  it('shows an order paid in one week and cancelled in the next as to ship, then closed', () => {
    const cancelled = WEEKS.slice(1).flatMap((week) => {
      const previous = ordersOf(week - 1);
      return [...ordersOf(week)].flatMap(([id, row]) => {
        const before = previous.get(id);
        const wasToShip = before?.['订单状态'] === '等待发货';
        const closedUnshipped = row['订单状态'] === '订单关闭' && row['发货时间'] === '';
        return wasToShip && closedUnshipped ? [{ week, before: before!, after: row }] : [];
      });
    });
    expect(cancelled.length).toBeGreaterThanOrEqual(1);
    for (const { week, before, after } of cancelled) {
      expect(inWeek(isoTime(before['付款时间']), week - 1)).toBe(true);
      expect(after['付款时间']).toBe(before['付款时间']);
      expect(before['发货期限']).not.toBe('');
      expect(after['发货期限']).toBe('');
      // AliExpress masks the name once the order is closed.
      expect(String(after['买家名称'])).toContain('*');
      expect(String(before['买家名称'])).not.toContain('*');
    }
  });

  it('closes a shipped order in the week its dispute refunds it in full', () => {
    let refundedOrders = 0;
    for (const week of WEEKS.slice(1)) {
      const previous = ordersOf(week - 1);
      const disputes = records(week, '분쟁');
      for (const [id, row] of ordersOf(week)) {
        if (previous.get(id)?.['订单状态'] !== '等待买家收货' || row['订单状态'] !== '订单关闭') {
          continue;
        }
        refundedOrders++;
        const dispute = disputes.find((candidate) => candidate['주문 ID'] === id)!;
        expect(dispute['분쟁 상태']).toBe('종료');
        expect(inWeek(String(dispute['종료 시간']), week)).toBe(true);
        expect(refundText(dispute['환불 금액'])).toBe(row['订单金额']);
      }
    }
    expect(refundedOrders).toBeGreaterThan(3);
  });
});

/** A refund typed as a $-formatted number, written the way the export writes one. */
function refundText(cell: CellValue): string {
  return typeof cell === 'number' ? `US $${cell.toFixed(2)}` : String(cell);
}

describe('분쟁 week by week', () => {
  it('holds the disputes opened in the 28 days up to the as-of', () => {
    for (const week of WEEKS) {
      const opened = records(week, '분쟁').map((row) => String(row['분쟁 시작 시간']));
      expect(opened.every((time) => inLast28Days(time, week))).toBe(true);
    }
  });

  it('leaves the refund blank while a dispute is open and fills it once it has closed', () => {
    let refundedBetweenWeeks = 0;
    for (const week of WEEKS) {
      const previous = week > 1 ? records(week - 1, '분쟁') : [];
      for (const row of records(week, '분쟁')) {
        const open = row['분쟁 상태'] === '진행 중';
        expect(row['환불 금액'] === '').toBe(open);
        expect(row['종료 시간'] === '').toBe(open);
        if (!open) expect(String(row['종료 시간']) <= asOfText(week)).toBe(true);
        const before = previous.find((candidate) => candidate['분쟁 ID'] === row['분쟁 ID']);
        if (before?.['분쟁 상태'] === '진행 중' && !open) refundedBetweenWeeks++;
      }
    }
    expect(refundedBetweenWeeks).toBeGreaterThan(10);
  });

  it('refunds the planted dispute (opened 2025-10-15) in week 8, not before', () => {
    const { disputeId, amount } = DEMO_FACTS.bothRefund;
    const row = (week: number) => records(week, '분쟁').find((r) => r['분쟁 ID'] === disputeId);
    expect(row(6)).toBeUndefined();
    expect(row(7)).toMatchObject({ '분쟁 상태': '진행 중', '환불 금액': '', '종료 시간': '' });
    expect(row(8)).toMatchObject({
      '분쟁 시작 시간': '2025-10-15 11:02',
      '분쟁 상태': '종료',
      '환불 금액': amount,
      '종료 시간': '2025-10-23 16:30',
    });
  });
});

describe('정산 week by week', () => {
  const settled = (week: number) => records(week, '정산');

  it('holds only the movements settled within the week, every week some', () => {
    for (const week of WEEKS) {
      const times = settled(week).map((row) => String(row['结算时间']));
      expect(times.length).toBeGreaterThan(10);
      expect(times.every((time) => inWeek(time, week))).toBe(true);
    }
  });

  it('gives each movement to exactly one week, the last one as in the bundled demo', () => {
    const flows = WEEKS.flatMap((week) => settled(week).map((row) => row['平台流水单号']));
    expect(new Set(flows).size).toBe(flows.length);
    expect(valuesOf(downloads.get(8)!, '정산')).toEqual(valuesOf(bundled.sheets, '정산'));
  });
});

describe('광고, 유입, 리뷰, 메시지 week by week', () => {
  it('holds the week’s 7 days of ads, the rows of the bundled demo', () => {
    const bundledAds = valuesOf(bundled.sheets, '광고').slice(1);
    for (const week of WEEKS) {
      const ofTheWeek = bundledAds.filter((row) => inWeek(`${row[0]} 00:00`, week));
      expect(new Set(ofTheWeek.map((row) => row[0])).size).toBe(7);
      expect(valuesOf(downloads.get(week)!, '광고').slice(1)).toEqual(ofTheWeek);
    }
  });

  it('holds the last four weekly rows of Business Advisor, paying buyers as of the week’s end', () => {
    for (const week of WEEKS) {
      const traffic = records(week, '유입');
      const periods = [...new Set(traffic.map((row) => row['统计日期']))];
      const weeks = Array.from({ length: Math.min(4, week) }, (_, i) => week - i).reverse();
      expect(periods).toEqual(weeks.map((w) => WEEK_DAYS[w].join(' ~ ')));
      expect(traffic).toHaveLength(40 * weeks.length);
      // A payment after the as-of is not counted yet: the week's paying buyers are the paid
      // order lines of the orders placed that week, as the same week's 주문 export shows them.
      const thisWeek = traffic.filter((row) => row['统计日期'] === periods[periods.length - 1]);
      const paying = thisWeek.reduce((sum, row) => sum + Number(row['支付买家数']), 0);
      const paidLines = [...ordersOf(week).values()]
        .filter((row) => inWeek(isoTime(row['下单时间']), week) && row['付款时间'] !== '')
        .reduce((sum, row) => sum + String(row['商品编码']).split(';').length, 0);
      expect(paying).toBe(paidLines);
    }
  });

  it('holds the reviews and messages of the last 28 days, no reply after the as-of', () => {
    for (const week of WEEKS) {
      const reviews = records(week, '리뷰');
      expect(reviews.every((row) => inLast28Days(String(row['날짜']), week))).toBe(true);
      expect(reviews.every((row) => String(row['답변 시간']) <= asOfText(week))).toBe(true);
      const messages = records(week, '메시지');
      expect(messages.every((row) => inLast28Days(String(row['수신 시간']), week))).toBe(true);
      expect(messages.every((row) => String(row['첫 답변 시간']) <= asOfText(week))).toBe(true);
      // A message from the week's last hours is still waiting for its first reply.
      expect(messages.some((row) => row['첫 답변 시간'] === '')).toBe(true);
    }
  });
});

describe('npm run demo -- --weekly DIR', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'demo-weekly-'));
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const script = new URL('../../scripts/demo.ts', import.meta.url).pathname;
    await promisify(execFile)(tsx, [script, '--weekly', dir]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes week-3 … week-8 as UTF-8 CSV folders that load back to the pasted cells', async () => {
    for (const paste of pastes) {
      const folder = join(dir, paste.label);
      const bytes = await readFile(join(folder, '주문.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const loaded = await loadWorkbookFile(folder);
      // A CSV holds text: the loader gives every cell back as the text written, numbers too
      // (ads counts, star ratings, refunds typed as numbers); the export tabs hold no Date.
      const expected = paste.tabs
        .map(({ name, values }) => ({ name, values: values.map((row) => row.map(String)) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en'));
      expect(loaded.sheets).toEqual(expected);
    }
  });

  it('writes start.xlsx, the week-2 workbook', async () => {
    const loaded = await loadWorkbookFile(join(dir, 'start.xlsx'));
    expect(loaded.timeZone).toBe('Asia/Seoul');
    expect(loaded.sheets.map((sheet) => [sheet.name, sheet.values])).toEqual(
      start.sheets.map((sheet) => [sheet.name, sheet.values]),
    );
  });
});
