/** WEEKLY_MARGIN: the Weekly Margin tab's table, spilled from the ranges given. */
import { WEEK_COLUMNS } from '../metrics/weekColumns';
import { weeklyMargin, type WeekRow } from '../metrics/weeklyMargin';
import { computeWith, isOmitted } from './functionInputs';
import { LEDGER_PARAM, rangeParam, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';
import { labels, spill } from './table';

/** Figures a range that was not given cannot tell: blank, not 0. */
const FROM_ORDERS = new Set<keyof WeekRow>(['storeDiscounts', 'paidOrders', 'disputeRate']);
const FROM_DISPUTES = new Set<keyof WeekRow>(['disputes', 'disputeRate']);

export const WEEKLY_MARGIN: CustomFunctionSpec = {
  name: 'WEEKLY_MARGIN',
  summary: {
    en: 'The Weekly Margin table: per week, sales, each cost, real margin, margin rate, paid orders and dispute rate.',
    ko: '주간 마진 표: 주별 매출, 비용 항목, 실질 마진, 마진율, 결제 주문, 분쟁률을 펼쳐 보여 줍니다.',
  },
  params: [
    LEDGER_PARAM,
    rangeParam('orders', 'Z', { optional: true }),
    rangeParam('disputes', 'G', { optional: true }),
    SETTINGS_PARAM,
  ],
  returns: {
    en: 'A table, one row per week (oldest first); blank where a range was not given.',
    ko: '주별 표(오래된 주부터). 주지 않은 범위의 칸은 빈칸.',
  },
  example: '=WEEKLY_MARGIN(Ledger!A:H, Orders!A:Z, Disputes!A:G, Settings!A:C)',
  run([ledger, orders, disputes, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const hasOrders = !isOmitted(orders);
      const hasDisputes = !isOmitted(disputes);
      const { rows } = weeklyMargin(
        inputs.ledger(ledger),
        hasOrders ? inputs.orders(orders) : [],
        hasDisputes ? inputs.disputes(disputes) : [],
        inputs.settings,
        ctx.timeZone,
      );
      const known = (key: keyof WeekRow): boolean =>
        (hasOrders || !FROM_ORDERS.has(key)) && (hasDisputes || !FROM_DISPUTES.has(key));
      return spill(
        labels(
          inputs.lang,
          WEEK_COLUMNS.map(([, label]) => label),
        ),
        rows.map((week) => WEEK_COLUMNS.map(([key]) => (known(key) ? week[key] : null))),
      );
    });
  },
};
