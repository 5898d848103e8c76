/** PAYOUT_GAP: the Payout check tab as a formula, from the Orders and Settlement ranges. */
import { payoutCheck } from '../metrics/payoutCheck';
import { PAYOUT_COLUMNS, payoutRows } from '../views/outputTabs';
import { computeWith } from './functionInputs';
import { ORDERS_PARAM, rangeParam, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';
import { labels, spill } from './table';

export const PAYOUT_GAP: CustomFunctionSpec = {
  name: 'PAYOUT_GAP',
  summary: {
    en: 'Orders paid out short (by over 1% or ₩1,000) or not after the usual delay: the expected payout (sale less fees and refunds) against Settlement.',
    ko: '1%(또는 1,000원) 넘게 덜 정산됐거나 정산 기간이 지나도 정산되지 않은 주문: 예상 정산액(매출 − 수수료·환불)과 정산 탭을 비교합니다.',
  },
  params: [ORDERS_PARAM, rangeParam('settlement', 'R'), SETTINGS_PARAM],
  returns: {
    en: 'A table of orders with expected payout, paid out and short by; one line when all match.',
    ko: '주문별 예상 정산액·실제 정산액·부족액 표. 차이가 없으면 한 줄.',
  },
  example: '=PAYOUT_GAP(Orders!A:Z, Settlement!A:R, Settings!A:C)',
  run([orders, settlement, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const orderRows = inputs.orders(orders);
      const payouts = payoutCheck({
        orders: orderRows,
        settlement: inputs.settlement(settlement),
        fx: inputs.fxTable,
        payoutDelayDays: inputs.settings.payoutDelayDays,
        asOf: inputs.ordersAsOf(undefined, orderRows),
        timeZone: inputs.ctx.timeZone,
      });
      const { lang, settings } = inputs;
      return spill(
        labels(lang, PAYOUT_COLUMNS),
        payoutRows({ payouts, lang, settings }).map((row) => row.map((cell) => cell.value ?? '')),
      );
    });
  },
};
