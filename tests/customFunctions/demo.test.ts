// Every custom function on the demo workbook (~1,500 orders) against the weekly update computed
// on the same tabs, and the spilling ones inside HyperFormula over sheets built from it.
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/registry';
import type { CellOut } from '../../src/core/functions/spec';
import { outputTabs } from '../../src/core/views/outputTabs';
import { marginFigures } from '../../src/core/metrics/weeklyMargin';
import { engineWithCustomFunctions } from '../support/hyperformula';
import { importedDemo, ko, shipByAt, type Imported } from './workbooks';

function call(name: string, ...args: unknown[]): CellOut | CellOut[][] {
  const spec = CUSTOM_FUNCTIONS.find((candidate) => candidate.name === name);
  const result = spec?.run(args, ko);
  if (!result?.ok) throw new Error(`${name}: ${result?.message ?? 'not registered'}`);
  return result.value;
}

const body = (value: CellOut | CellOut[][]): CellOut[][] =>
  Array.isArray(value) ? value.slice(1) : [];

let demo: Imported;
beforeAll(() => {
  demo = importedDemo();
});

describe('custom functions on the demo workbook equal the weekly update', () => {
  it('reads every tab without a problem once the € order has a rate', () => {
    expect(demo.update.problems.filter((problem) => problem.tab !== '상품')).toEqual([]);
    expect(demo.update.import.entries).toEqual([]);
  });

  it('REAL_MARGIN, MARGIN_RATE and WEEKLY_MARGIN', () => {
    const { tabs, update } = demo;
    const figures = marginFigures(update.ledger);
    expect(call('REAL_MARGIN', tabs['원장'], tabs['설정'])).toBe(figures.realMargin);
    expect(call('MARGIN_RATE', tabs['원장'], tabs['설정'])).toBe(figures.marginRate);
    const weeks = body(
      call('WEEKLY_MARGIN', tabs['원장'], tabs['주문'], tabs['분쟁'], tabs['설정']),
    );
    expect(weeks.map((row) => row[0])).toEqual(update.weeks.map((week) => week.weekStart));
    expect(weeks.map((row) => [row[12], row[13], row[15], row[17]])).toEqual(
      update.weeks.map((week) => [
        week.realMargin,
        week.marginRate,
        week.paidOrders,
        week.disputeRate,
      ]),
    );
  });

  it('DISPUTE_RATE, RETURN_CAUSES and KPI_STATUS over the KPI window', () => {
    const { tabs, update } = demo;
    expect(call('DISPUTE_RATE', tabs['주문'], tabs['분쟁'], '', tabs['설정'])).toBe(
      update.disputes.disputeRate,
    );
    const causes = body(call('RETURN_CAUSES', tabs['분쟁'], update.asOf, tabs['설정']));
    expect(causes.map((row) => [row[2], row[3]])).toEqual(
      update.disputes.causes.map((cause) => [cause.count, cause.share]),
    );
    const disputeKpi = update.kpis.find((kpi) => kpi.id === 'disputeRate');
    expect(call('KPI_STATUS', update.disputes.disputeRate, '2%', 'below')).toBe(disputeKpi?.status);
  });

  it('FUNNEL, RESPONSE_HOURS and ROAS', () => {
    const { tabs, update } = demo;
    const steps = body(call('FUNNEL', tabs['유입'], '', tabs['설정'])).slice(0, 5);
    expect(steps.map((row) => [row[1], row[2], row[3]])).toEqual(
      update.funnel.steps.map((step) => [step.count, step.conversion ?? '', step.drop ?? '']),
    );
    expect(call('RESPONSE_HOURS', tabs['메시지'], update.asOf, tabs['설정'])).toBe(
      update.response.meanHours,
    );
    expect(call('ROAS', tabs['광고'], '', update.asOf, tabs['설정'])).toBe(update.ads.totals.roas);
  });

  it('STOCK_COVER_DAYS, FX_REPRICE, SHIP_BY, PARETO_CLASS and TITLE_CHECK', () => {
    const { tabs, update } = demo;
    const cover = body(call('STOCK_COVER_DAYS', tabs['상품'], tabs['주문'], '', '', tabs['설정']));
    expect(cover.map((row) => [row[0], row[3]])).toEqual(
      update.stockCover.map((row) => [row.sku, row.coverDays ?? '']),
    );
    const fx = body(call('FX_REPRICE', tabs['설정'], update.asOf));
    expect(fx.map((row) => [row[0], row[3]])).toEqual(
      update.fxReprice.map((row) => [row.currency, row.change]),
    );
    const shipBy = body(call('SHIP_BY', tabs['주문'], '', tabs['설정']));
    // SHIP_BY answers as of the data; the sidebar's list is as of the clock: set it to the as-of.
    const atAsOf = shipByAt(tabs, update.asOf);
    expect(shipBy.map((row) => [row[0], row[2]])).toEqual(
      atAsOf.map((row) => [row.orderId, row.hoursLeft]),
    );
    const pareto = body(call('PARETO_CLASS', tabs['원장'], tabs['상품'], tabs['설정']));
    // PARETO_CLASS lists by rank; both keep the unranked shop-wide row last.
    const classOf = (rows: readonly (readonly CellOut[])[]) =>
      Object.fromEntries(rows.map((row) => [row[0], row[2]]));
    expect(classOf(pareto)).toEqual(
      classOf(
        update.skus.map((row) => [
          row.sku === '(no SKU)' ? '(매장 공통)' : row.sku,
          0,
          row.paretoClass ?? '',
        ]),
      ),
    );
    const skuTab = outputTabs(update).find((tab) => tab.id === 'skuMargin');
    const checkColumn = skuTab?.rows[0]?.indexOf('제목 점검') ?? -1;
    const banned = update.settings.bannedTitleWords.join(', ');
    for (const { sku, title } of update.titles) {
      const keyword = tabs['상품']?.find((row) => row[0] === sku)?.[6];
      const tabRow = skuTab?.rows.find((row) => row[0] === sku);
      expect(call('TITLE_CHECK', title, keyword, banned)).toBe(tabRow?.[checkColumn]);
    }
  });
});

/** 'A', …, 'Z', 'AA', … for a 1-based column number. */
function columnLetter(column: number): string {
  const rest = Math.floor((column - 1) / 26);
  return (rest > 0 ? columnLetter(rest) : '') + String.fromCharCode(65 + ((column - 1) % 26));
}

function wholeRange(tabs: Imported['tabs'], name: string): string {
  const values = tabs[name] ?? [];
  return `'${name}'!A1:${columnLetter(values[0]?.length ?? 1)}${values.length}`;
}

describe('the demo sheets in HyperFormula', () => {
  it('evaluates REAL_MARGIN and DISPUTE_RATE, and spills WEEKLY_MARGIN and FUNNEL', () => {
    const { tabs } = demo;
    const [ledger, orders, disputes, traffic, settings] = [
      '원장',
      '주문',
      '분쟁',
      '유입',
      '설정',
    ].map((name) => wholeRange(tabs, name));
    const engine = engineWithCustomFunctions(CUSTOM_FUNCTIONS, ko, {
      ...tabs,
      요약: [
        [`=REAL_MARGIN(${ledger}, ${settings})`],
        [`=DISPUTE_RATE(${orders}, ${disputes}, , ${settings})`],
        [`=WEEKLY_MARGIN(${ledger}, ${orders}, ${disputes}, ${settings})`],
        // WEEKLY_MARGIN spills a header and 8 weeks over rows 3–11.
        ...Array.from({ length: 8 }, () => []),
        [`=FUNNEL(${traffic}, , ${settings})`],
      ],
    });
    const sheet = engine.getSheetId('요약') as number;
    const values = engine.getSheetValues(sheet);
    expect(values[0]?.[0]).toBe(call('REAL_MARGIN', tabs['원장'], tabs['설정']));
    expect(values[1]?.[0]).toBe(call('DISPUTE_RATE', tabs['주문'], tabs['분쟁'], '', tabs['설정']));
    const weekly = call('WEEKLY_MARGIN', tabs['원장'], tabs['주문'], tabs['분쟁'], tabs['설정']);
    expect(values.slice(2, 11)).toEqual(weekly);
    const funnel = call('FUNNEL', tabs['유입'], '', tabs['설정']);
    expect(values.slice(11, 18).map((row) => row.slice(0, 4))).toEqual(funnel);
    engine.destroy();
  });
});
