/** DISPUTE_RATE and RETURN_CAUSES: the KPI window's disputes, as the KPI tab and sidebar count them. */
import { disputeMetrics } from '../metrics/disputeMetrics';
import { paidOrderCount } from '../metrics/paidOrders';
import { t } from '../text/messages';
import { computeWith } from './functionInputs';
import { AS_OF_PARAM, DISPUTES_PARAM, ORDERS_PARAM, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';
import { labels, spill } from './table';

export const DISPUTE_RATE: CustomFunctionSpec = {
  name: 'DISPUTE_RATE',
  summary: {
    en: 'Dispute rate of the KPI window: orders with a dispute opened in it ÷ orders paid in it.',
    ko: 'KPI 기간의 분쟁률: 기간 중 분쟁이 열린 주문 ÷ 기간 중 결제된 주문.',
  },
  params: [ORDERS_PARAM, DISPUTES_PARAM, AS_OF_PARAM, SETTINGS_PARAM],
  returns: {
    en: 'The dispute rate as a fraction (format the cell as %), or NO DATA without paid orders.',
    ko: '분쟁률(비율, 셀 서식을 %로), 결제된 주문이 없으면 NO DATA.',
  },
  example: '=DISPUTE_RATE(Orders!A:Z, Disputes!A:G, , Settings!A:C)',
  run([orders, disputes, asOf, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const orderRows = inputs.orders(orders);
      const disputeRows = inputs.disputes(disputes);
      const until = inputs.ordersAsOf(asOf, orderRows);
      const window = inputs.window(until);
      const paid = paidOrderCount(orderRows, window);
      const { disputeRate } = disputeMetrics(paid, disputeRows, window);
      return disputeRate ?? inputs.noDataInWindow('fn.noData.paidOrders', until);
    });
  },
};

export const RETURN_CAUSES: CustomFunctionSpec = {
  name: 'RETURN_CAUSES',
  summary: {
    en: 'Dispute and return causes of the KPI window, top causes first: internal (fix the product) or expectation (fix the listing).',
    ko: 'KPI 기간의 분쟁·반품 원인(많은 순): 내부 원인(상품 개선)인지 기대 차이(상품 페이지 개선)인지 보여 줍니다.',
  },
  params: [DISPUTES_PARAM, AS_OF_PARAM, SETTINGS_PARAM],
  returns: {
    en: 'A table: reason, cause, orders, share; or NO DATA when no dispute was opened in the window.',
    ko: '사유·원인·주문 수·비율 표, 기간 중 분쟁이 없으면 NO DATA.',
  },
  example: '=RETURN_CAUSES(Disputes!A:G, "2025-10-26", Settings!A:C)',
  run([disputes, asOf, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const rows = inputs.disputes(disputes);
      const until = inputs.asOf(
        asOf,
        rows.map((dispute) => dispute.openedTime),
        'disputes',
      );
      const { causes } = disputeMetrics(0, rows, inputs.window(until));
      if (causes.length === 0) inputs.noDataInWindow('fn.noData.disputes', until);
      const { lang } = inputs;
      return spill(
        labels(lang, ['col.reason', 'col.cause', 'col.count', 'col.share']),
        causes.map(({ reason, cause, count, share }) => [
          t(`reason.${reason}`, lang),
          t(`cause.${cause}`, lang),
          count,
          share,
        ]),
      );
    });
  },
};
