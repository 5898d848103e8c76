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
    en: 'Orders AliExpress paid out short by more than 1% (or ₩1,000), or did not pay out after the usual delay: the expected payout (sale less commission, affiliate fee and refunds) against what the settlement shows paid.',
    ko: '알리익스프레스가 1%(또는 1,000원) 넘게 덜 정산했거나, 보통 정산되는 기간이 지나도 정산하지 않은 주문: 예상 정산액(매출에서 수수료·제휴수수료·환불을 뺀 금액)과 정산 탭의 실제 정산액을 비교합니다.',
  },
  params: [ORDERS_PARAM, rangeParam('settlement', 'R'), SETTINGS_PARAM],
  returns: {
    en: 'A table: order, what, currency, expected payout, paid out, short by, short by in the base currency; one line when every payout matches.',
    ko: '주문·구분·통화·예상 정산액·실제 정산액·부족액·부족액(기준 통화) 표. 차이가 없으면 한 줄.',
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
