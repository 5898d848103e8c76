import { moneyText } from './demoMoney';
import {
  shipByOf,
  statusOf,
  timelineOf,
  type DemoOrder,
  type DemoStatus,
  type OrderLine,
} from './demoOrders';
import {
  dayIndexOf,
  timeText,
  within,
  type DateStyle,
  type DemoTime,
  type TimeWindow,
} from './demoPeriod';
import { sheetOf } from './demoSheet';
import type { SheetData } from '../workbookData';

/**
 * The Chinese order export as AliExpress writes it (2019 columns), pasted into a tab the seller
 * named 주문. The product-info header is the older one with a line break and a note.
 */
export const ORDERS_HEADER = [
  '订单号',
  '订单状态',
  '负责人（业务员）',
  '买家名称',
  '下单时间',
  '付款时间',
  '产品总金额',
  '物流费用',
  '订单金额',
  '店铺优惠',
  '产品信息\n（双击单元格展开所有产品信息！）',
  '商品编码',
  '订单备注',
  '收货地址',
  '收货人名称',
  '收货国家',
  '州/省',
  '城市',
  '地址',
  '邮编',
  '联系电话',
  '手机',
  '买家选择物流',
  '发货期限',
  '实际发货单号',
  '发货时间',
  '确认收货时间',
];

const STATUS_TEXT: Record<DemoStatus, string> = {
  'awaiting-payment': '等待买家付款',
  'to-ship': '等待发货',
  shipped: '等待买家收货',
  completed: '交易完成',
  closed: '订单关闭',
};
const STAFF = 'J*** Kim';
/**
 * AliExpress masks the buyer's name once an order is closed or completed a while ago (most
 * completed rows of the real 2024–26 export are masked, recent ones are not). Orders of the
 * three weeks up to the as-of time (from Monday 2025-10-06 in the bundled demo) and those still
 * in progress keep the full name.
 */
const FULL_NAME_DAYS = 21;

/**
 * The orders placed in the window, as of its end. Newest first, like an export; each duplicated
 * order's re-pasted copy right below it.
 */
export function ordersSheet(
  orders: readonly DemoOrder[],
  duplicated: readonly DemoOrder[],
  window: TimeWindow,
): SheetData {
  const rows: string[][] = [];
  const placed = orders.filter((order) => within(window, order.orderedAt));
  for (const order of placed.sort((a, b) => b.orderedAt - a.orderedAt)) {
    const row = orderRow(order, window.asOf);
    rows.push(row);
    if (duplicated.includes(order)) rows.push([...row]);
  }
  return sheetOf('주문', ORDERS_HEADER, rows);
}

function orderRow(order: DemoOrder, asOf: DemoTime): string[] {
  const { buyer, currency } = order;
  const timeline = timelineOf(order, asOf);
  const shipped = timeline.shipped !== null;
  const status = statusOf(timeline);
  const buyerName = buyerNameShown(order, status, asOf);
  return [
    order.id + order.idSuffix,
    STATUS_TEXT[status],
    STAFF,
    buyerName,
    timeCell(order.orderedAt, order.dateStyle),
    timeCell(timeline.paid, order.dateStyle),
    moneyText(order.productTotal, currency),
    moneyText(order.shipping, currency),
    moneyText(order.orderAmount, currency),
    order.storeDiscount === null ? '' : moneyText(order.storeDiscount, currency),
    productInfo(order),
    order.lines.map(lineCode).join(';'),
    order.note,
    `${buyer.street}、${buyer.addressCity}、${buyer.state}、${buyer.country.name}`,
    // Buyers ship to themselves.
    buyerName,
    buyer.country.name,
    buyer.state,
    buyer.city,
    buyer.street,
    buyer.postcode,
    buyer.country.phoneCode,
    buyer.mobile,
    `${order.carrier}\n`,
    status === 'closed' ? '' : timeCell(shipByOf(timeline), order.dateStyle),
    shipped ? `${order.carrier}:${order.trackingNo}\n` : '',
    shipped ? `${timeCell(timeline.shipped, order.dateStyle)}\n` : '',
    timeCell(timeline.confirmed, order.dateStyle),
  ];
}

function buyerNameShown(order: DemoOrder, status: DemoStatus, asOf: DemoTime): string {
  const old = dayIndexOf(order.orderedAt) <= dayIndexOf(asOf) - FULL_NAME_DAYS;
  const masked = status === 'closed' || (status === 'completed' && old);
  return masked ? order.buyer.maskedName : order.buyer.name;
}

function timeCell(time: DemoTime | null, style: DateStyle): string {
  return time === null ? '' : timeText(time, style);
}

function lineCode(line: OrderLine): string {
  return `${line.sku.code} * ${line.quantity}`;
}

/** 【1】 title, (数量:2 pieces), one block per line, as the export writes it. */
function productInfo(order: DemoOrder): string {
  return order.lines.map(lineInfo).join('');
}

function lineInfo(line: OrderLine, index: number): string {
  const pieces = line.quantity === 1 ? 'piece' : 'pieces';
  const header = `【${index + 1}】 ${line.sku.title}`;
  return [header, `(商家编码:${line.sku.code})`, `(数量:${line.quantity} ${pieces})`, ''].join(
    '\n',
  );
}
