// The whole engine on the demo workbook, checked against figures computed here independently:
// a deliberately plain re-reading of the Chinese order export and of the Settings FX table,
// with none of the core's parsers.
import { describe, expect, it } from 'vitest';
import { buildDemoWorkbook, DEMO_FACTS } from '../../src/local/demo/demoWorkbook';
import type { SheetData } from '../../src/local/workbookData';
import { computeWeeklyUpdate, type WeeklyUpdate } from '../../src/core/weeklyUpdate';
import { inEnglish } from '../support/problems';

const workbook = buildDemoWorkbook();
const update = computeWeeklyUpdate({
  tabs: workbook.sheets,
  timeZone: workbook.timeZone,
  locale: workbook.locale,
});

function sheet(name: string): SheetData {
  const found = workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`demo has no ${name} tab`);
  return found;
}

/** 'US $1,047.00' → 1047; anything else (the € order) → null. */
function usd(text: unknown): number | null {
  const match = /^US \$([\d,]+\.\d\d)$/.exec(String(text).trim());
  return match ? Number(match[1]!.replace(/,/g, '')) : null;
}

/** Seoul has no DST: its wall clock is UTC+9 all year. */
function seoulTime(text: string): Date {
  const t = text.trim();
  const iso = /^(\d{4})[-.](\d\d)[-.](\d\d) (\d\d):(\d\d)/.exec(t);
  if (iso) return new Date(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:00+09:00`);
  const us = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d)/.exec(t);
  if (us) return new Date(`${us[3]}-${us[1]}-${us[2]}T${us[4]}:${us[5]}:00+09:00`);
  throw new Error(`unexpected demo time ${t}`);
}

function mondayOf(date: Date): string {
  const seoul = new Date(date.getTime() + 9 * 3_600_000);
  const weekday = (seoul.getUTCDay() + 6) % 7;
  return new Date(seoul.getTime() - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** The USD rate in force on a date, read straight off the Settings FX rows. */
function usdRateOn(date: Date): number {
  const values = sheet('설정').values;
  const rates = values
    .filter((row) => row[0] === 'USD')
    .map((row) => ({ rate: Number(row[1]), from: row[2] instanceof Date ? row[2] : null }))
    .filter((r) => r.from === null || r.from.getTime() <= date.getTime())
    .sort((a, b) => (a.from?.getTime() ?? 0) - (b.from?.getTime() ?? 0));
  return rates.at(-1)!.rate;
}

/** Sales per week: each distinct paid order that brings a sale, its order amount in KRW. */
function independentSalesByWeek(): Map<string, { sales: number; orders: number }> {
  const [header, ...rows] = sheet('주문').values;
  const col = (name: string) => header!.findIndex((h) => String(h).split('\n')[0] === name);
  const [id, status, payTime, amount, shipTime, tracking] = [
    col('订单号'),
    col('订单状态'),
    col('付款时间'),
    col('订单金额'),
    col('发货时间'),
    col('实际发货单号'),
  ];
  const seen = new Set<string>();
  const weeks = new Map<string, { sales: number; orders: number }>();
  for (const row of rows) {
    const orderId = String(row[id!]).trim();
    if (seen.has(orderId)) continue;
    seen.add(orderId);
    const paid = String(row[payTime!]).trim() !== '';
    const shipped = String(row[shipTime!]).trim() !== '' || String(row[tracking!]).trim() !== '';
    const state = String(row[status!]);
    const bringsSale =
      paid && (state === '订单关闭' ? shipped : state !== '等待买家付款' && state !== '已取消');
    const dollars = usd(row[amount!]);
    if (!bringsSale || dollars === null) continue;
    const time = seoulTime(String(row[payTime!]));
    const week = weeks.get(mondayOf(time)) ?? { sales: 0, orders: 0 };
    week.sales += dollars * usdRateOn(time);
    week.orders += 1;
    weeks.set(mondayOf(time), week);
  }
  return weeks;
}

describe('the engine on the demo workbook', () => {
  it('has eight Monday weeks from 2025-09-01', () => {
    expect(update.weeks.map((w) => w.weekStart)).toEqual([
      '2025-09-01',
      '2025-09-08',
      '2025-09-15',
      '2025-09-22',
      '2025-09-29',
      '2025-10-06',
      '2025-10-13',
      '2025-10-20',
    ]);
  });

  it('matches weekly sales and paid orders computed independently from the export', () => {
    const expected = independentSalesByWeek();
    for (const week of update.weeks) {
      const mine = expected.get(week.weekStart);
      expect(week.paidOrders, week.weekStart).toBe(mine?.orders ?? 0);
      // Each order is rounded to the cent in KRW by the import: at most 0.005 each.
      expect(Math.abs(week.sales - (mine?.sales ?? 0)), week.weekStart).toBeLessThan(
        0.005 * week.paidOrders + 1e-6,
      );
    }
  });

  it('balances: every week’s real margin is its sales minus its costs', () => {
    for (const w of update.weeks) {
      const costs =
        w.refunds + w.cogs + w.shipping + w.packaging + w.fees + w.affiliate + w.ads + w.coupons;
      expect(w.realMargin).toBeCloseTo(w.sales - costs - w.penalties - w.other, 6);
    }
  });

  it('counts the re-pasted orders once and leaves the € order out with a Problem', () => {
    expect(update.duplicateOrders).toBe(DEMO_FACTS.duplicatedOrderIds.length);
    const problems = inEnglish(update.problems);
    const euro = problems.filter((p) => p.expected.includes('EUR'));
    expect(euro.map((p) => p.tab)).toContain('주문');
    expect(update.ledger.some((e) => e.orderId === DEMO_FACTS.eurOrder.id)).toBe(false);
    expect(problems.some((p) => p.expected.includes(DEMO_FACTS.noCostSku))).toBe(true);
  });

  it('gives every KPI a finite value or NO DATA, never NaN', () => {
    for (const kpi of update.kpis) {
      if (kpi.value === null) expect(kpi.status).toBe('NO DATA');
      else expect(Number.isFinite(kpi.value)).toBe(true);
    }
    const numbers = JSON.stringify(update.weeks);
    expect(numbers).not.toMatch(/NaN|Infinity/);
  });

  it('gives the same result whatever the order of the export rows', () => {
    const shuffled = workbook.sheets.map((s) =>
      s.name === '주문' ? { ...s, values: [s.values[0]!, ...s.values.slice(1).reverse()] } : s,
    );
    const again: WeeklyUpdate = computeWeeklyUpdate({
      tabs: shuffled,
      timeZone: workbook.timeZone,
      locale: workbook.locale,
    });
    expect(again.weeks).toEqual(update.weeks);
    expect(again.kpis).toEqual(update.kpis);
  });
});

describe('the engine without optional tabs', () => {
  it('says NO DATA for the dispute KPIs when there is no Disputes tab, not 0%', () => {
    const tabs = workbook.sheets.filter((s) => s.name !== '분쟁');
    const partial = computeWeeklyUpdate({
      tabs,
      timeZone: workbook.timeZone,
      locale: workbook.locale,
    });
    const status = (id: string) => partial.kpis.find((k) => k.id === id)?.status;
    expect(['disputeRate', 'earlyDefectRate', 'wrongShipmentRate'].map(status)).toEqual([
      'NO DATA',
      'NO DATA',
      'NO DATA',
    ]);
    expect(status('marginRate')).not.toBe('NO DATA');
  });
});

describe('the payout check on the demo', () => {
  it('finds the planted short payouts and nothing else, each gap as the export shows it', () => {
    // Independently: a 交易放款 row whose amount is below its order's 주문 amount. The commission
    // and affiliate rows are taken on both sides, so the gap is the order amount − the payout.
    const [header, ...orderRows] = sheet('주문').values;
    const col = (name: string) => header!.findIndex((h) => String(h).split('\n')[0] === name);
    const amountOf = new Map(
      orderRows.map((row) => [String(row[col('订单号')]), usd(row[col('订单金额')])]),
    );
    const shortfalls = sheet('정산')
      .values.slice(1)
      .filter((row) => row[2] === '交易放款')
      .map((row) => ({
        orderId: String(row[8]),
        gap: amountOf.get(String(row[8]))! - usd(row[6])!,
      }))
      .filter(({ gap }) => gap > 0.005)
      .map(({ orderId, gap }) => ({ orderId, gap: Math.round(gap * 100) / 100 }));
    const planted = DEMO_FACTS.shortPayouts.map(({ orderId, short }) => ({
      orderId,
      gap: usd(short)!,
    }));
    expect(shortfalls).toEqual(expect.arrayContaining(planted));
    expect(shortfalls).toHaveLength(planted.length);
    expect(update.payouts.gaps.map(({ orderId, kind, gap }) => ({ orderId, kind, gap }))).toEqual(
      planted.map((gap) => ({ ...gap, kind: 'short' })),
    );
    // One week of fund flow: no payout can be judged missing (delivery … due is 15 days).
    expect(update.payouts.atStake).toBe((3 + 1.5) * DEMO_FACTS.fx.latestRate);
  });
});
