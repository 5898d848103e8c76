/** SHIP_BY: ship-by deadlines, for one pay time or for every order still to ship. */
import { t } from '../text/messages';
import type { Order } from '../read/records';
import { shipBy } from '../metrics/shipBy';
import { zoneNamed } from '../time/wallClockZone';
import { computeWith, type FunctionInputs } from './functionInputs';
import { AS_OF_PARAM, SETTINGS_PARAM } from './params';
import type { CustomFunctionSpec } from './spec';
import { firstCells, labels, spill } from './table';

/**
 * Deadlines are shown as the sheet's wall-clock time, `yyyy-MM-dd HH:mm`: text, so no cell format
 * can shift them. A year before 1 is counted back from 1 (year 0 is 0001), as calendars write it.
 */
function shown(date: Date, timeZone: string): string {
  const clock = new Date(zoneNamed(timeZone).wallClockMsAt(date.getTime()));
  const year = clock.getUTCFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year > 0 ? year : 1 - year).padStart(4, '0')}-${two(clock.getUTCMonth() + 1)}-${two(clock.getUTCDate())} ${two(clock.getUTCHours())}:${two(clock.getUTCMinutes())}`;
}

/** An order paid at `payTime` and not shipped: the deadline rule then gives its deadline. */
function paidOrder(payTime: Date): Order {
  return {
    row: 0,
    orderId: '',
    status: null,
    buyer: null,
    orderTime: payTime,
    payTime,
    saleTime: payTime,
    shipped: false,
    shippedMs: null,
    deliveredMs: null,
    shipByMs: null,
    currency: '',
    country: null,
    lines: [],
    sale: 0,
    storeDiscount: 0,
    bringsSale: true,
  };
}

function deadlineFor(payTimeArg: unknown, inputs: FunctionInputs): string {
  const payTime = inputs.date(payTimeArg, 'fn.arg.payTime', true);
  const [row] = shipBy([paidOrder(payTime)], inputs.settings, payTime, inputs.ctx.timeZone);
  if (row === undefined) throw new Error('shipBy left out an unshipped paid order');
  return shown(row.deadline, inputs.ctx.timeZone);
}

function deadlineTable(ordersArg: unknown, asOfArg: unknown, inputs: FunctionInputs) {
  const orders = inputs.orders(ordersArg);
  const asOf = inputs.ordersAsOf(asOfArg, orders);
  const { lang, ctx } = inputs;
  return spill(
    labels(lang, ['col.orderId', 'col.deadline', 'col.hoursLeft', 'col.alert']),
    shipBy(orders, inputs.settings, asOf, ctx.timeZone).map((row) => {
      // To the minute (from the end of a day, 23:59:59.999: −16 h, not −15.9999997), and the
      // alert read from the hours shown: never "Overdue" beside 0.
      const hours = Math.round(row.hoursLeft * 60) / 60 || 0;
      const alert = hours < 0 ? 'alert.overdue' : row.alert ? 'alert.shipSoon' : null;
      return [row.orderId, shown(row.deadline, ctx.timeZone), hours, alert ? t(alert, lang) : ''];
    }),
  );
}

export const SHIP_BY: CustomFunctionSpec = {
  name: 'SHIP_BY',
  summary: {
    en: 'Ship-by deadline: pay time + processing days (+ peak extra days in peak months), or the export’s own deadline; for one pay time or every order still to ship.',
    ko: '발송 기한: 결제 시간 + 처리 기간(성수기에는 추가 일수), 내보내기에 기한이 있으면 그 기한. 결제 시간 하나 또는 발송할 모든 주문.',
  },
  params: [
    {
      name: 'ordersOrPayTime',
      type: 'A1:Z',
      description: {
        en: 'The Orders range with its header row (e.g. Orders!A:Z), or one pay time (e.g. F2).',
        ko: '머리글 행을 포함한 주문 범위(예: 주문!A:Z) 또는 결제 시간 하나(예: F2).',
      },
    },
    {
      ...AS_OF_PARAM,
      description: {
        en: 'Optional: the time to count the hours left from; default: the newest order time.',
        ko: '선택: 남은 시간을 셀 기준 시각. 비워 두면 가장 최근 주문 시간.',
      },
    },
    SETTINGS_PARAM,
  ],
  returns: {
    en: 'The deadline (yyyy-mm-dd hh:mm), or a table of order ID, ship by, hours left and alert, soonest first.',
    ko: '기한(yyyy-mm-dd hh:mm), 또는 주문 ID·발송 기한·남은 시간·알림 표(급한 순).',
  },
  example: '=SHIP_BY(Orders!A:Z, , Settings!A:C)',
  run([ordersOrPayTime, asOf, settings], ctx) {
    return computeWith(ctx, settings, (inputs) =>
      firstCells(ordersOrPayTime, 2).length === 1
        ? deadlineFor(ordersOrPayTime, inputs)
        : deadlineTable(ordersOrPayTime, asOf, inputs),
    );
  },
};
