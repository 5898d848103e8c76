import { timelineOf, type DemoOrder } from './demoOrders';
import { DAY, dayDate, dayIndexOf, PERIOD_WEEKS, type DemoTime } from './demoPeriod';
import { wonText } from './demoMoney';
import { sheetOf } from './demoSheet';
import type { CellValue, SheetData } from '../workbookData';

export const LEDGER_HEADER = ['날짜', '유형', '금액', '통화', 'SKU', '주문 ID', '메모', '소스 키'];

const PACKAGING_PER_ORDER_KRW = 160;
const POSTAGE_PER_PARCEL_KRW = 4300;

interface ManualRow {
  day: number;
  type: string;
  amount: number | string;
  currency: string;
  memo: string;
}

/**
 * The rows the seller typed up to the as-of time: weekly packaging, the weekly post-office bill
 * (booked weekly, so no week of the demo carries a month of postage), one coupon and one other
 * cost. Amounts are numbers or text like 12,000원; Source Key is empty (manual).
 */
export function ledgerSheet(orders: readonly DemoOrder[], asOf: DemoTime): SheetData {
  const manual: ManualRow[] = [
    ...Array.from({ length: PERIOD_WEEKS }, (_, week) => packaging(orders, week)),
    ...Array.from({ length: PERIOD_WEEKS }, (_, week) =>
      postage(orders, asOf, week * 7, week * 7 + 7, `우체국 K-Packet ${week + 1}주차`),
    ),
    { day: 39, type: '쿠폰', amount: wonText(80_000), currency: '', memo: '팔로워 쿠폰 $2 × 30장' },
    { day: 44, type: '기타', amount: 23_500, currency: 'KRW', memo: '상품 사진 촬영 소품' },
  ];
  const rows: CellValue[][] = manual
    .filter((row) => row.day * DAY <= asOf)
    .sort((a, b) => a.day - b.day)
    .map((row) => [dayDate(row.day), row.type, row.amount, row.currency, '', '', row.memo, '']);
  return sheetOf('원장', LEDGER_HEADER, rows, { 0: 'yyyy-mm-dd', 2: '#,##0' });
}

/** Bought on the week's Monday; every other week written as text with 원. */
function packaging(orders: readonly DemoOrder[], week: number): ManualRow {
  const ordersInWeek = orders.filter(
    (order) => Math.floor(dayIndexOf(order.orderedAt) / 7) === week,
  ).length;
  const won = Math.round((ordersInWeek * PACKAGING_PER_ORDER_KRW) / 100) * 100;
  const asText = week % 2 === 0;
  return {
    day: week * 7,
    type: '포장비',
    amount: asText ? wonText(won) : won,
    currency: asText ? '' : 'KRW',
    memo: week === 0 ? '뽁뽁이, 택배 박스' : '포장 박스',
  };
}

function postage(
  orders: readonly DemoOrder[],
  asOf: DemoTime,
  firstDay: number,
  endDay: number,
  memo: string,
): ManualRow {
  const parcels = orders.filter((order) => {
    const shipped = timelineOf(order, asOf).shipped;
    return shipped !== null && dayIndexOf(shipped) >= firstDay && dayIndexOf(shipped) < endDay;
  }).length;
  return {
    day: endDay - 1,
    type: '배송비',
    amount: parcels * POSTAGE_PER_PARCEL_KRW,
    currency: 'KRW',
    memo,
  };
}
