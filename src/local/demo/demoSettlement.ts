import type { DemoDispute } from './demoDisputes';
import { PLANTED_REFUND, PLANTED_REFUND_TIME } from './demoDisputes';
import { UniqueIds } from './demoIds';
import { DEMO_FACTS } from './facts';
import { moneyText, percentOf, type Cents } from './demoMoney';
import { shipByOf, timelineOf, type DemoOrder } from './demoOrders';
import type { PlantedOrders } from './plantedOrders';
import {
  clockTime,
  DAY,
  HOUR,
  MINUTE,
  PERIOD_DAYS,
  PERIOD_END,
  timeText,
  within,
  type DemoTime,
  type TimeWindow,
} from './demoPeriod';
import type { Rng } from './rng';
import { sheetOf } from './demoSheet';
import type { SheetData } from '../workbookData';

/** The fund-flow export (收支流水), long form: one money movement a row. */
export const SETTLEMENT_HEADER = [
  '结算时间',
  '收支类型',
  '费用项',
  '商品描述',
  '商品ID',
  'Sku编码',
  '变动金额',
  '币种',
  '订单号',
  '业务单号',
  '平台流水单号',
  '备注',
];

interface Movement {
  time: DemoTime;
  type: string;
  item: string;
  order: DemoOrder;
  /** Signed from the seller's side: negative = money out. */
  amount: Cents;
  /** Penalties carry their own business number; trade rows the order id. */
  businessNo: string;
  note: string;
  /** Penalties and logistics fees leave the product columns empty. */
  withProduct: boolean;
}

/** A settled movement as the export writes it. */
export interface DemoSettled {
  time: DemoTime;
  row: string[];
}

const LAST_WEEK_START: DemoTime = (PERIOD_DAYS - 7) * DAY;
const AFFILIATE_SHARE = 0.15;
const PLANTED_PENALTY: Cents = -120;
const RETURN_SHIPPING_CAUSES = new Set(['damaged', 'not-as-described', 'wrong-item']);
/** DEMO_FACTS.shortPayouts: how much less than the order amount each was paid out. */
const SHORT_BY = new Map<string, Cents>(
  DEMO_FACTS.shortPayouts.map(({ orderId, short }) => [
    orderId,
    Math.round(Number(short.replace('US $', '')) * 100),
  ]),
);

/**
 * Every movement settled in the period: payouts with their commission and affiliate fees,
 * late-shipment penalties, return shipping, a platform compensation (in the last week) and the
 * planted refunds. Newest first.
 */
export function drawSettlement(
  rng: Rng,
  orders: readonly DemoOrder[],
  disputes: readonly DemoDispute[],
  planted: PlantedOrders,
): DemoSettled[] {
  // The bundled demo always held only the last week (DEMO_FACTS.settlementWindow), drawn from
  // `rng`; the weeks before draw the rest of their rows from a stream of their own, so that the
  // last week's rows stay as they were.
  const before = rng.fork('before the last week');
  const streamAt = (time: DemoTime) => (time < LAST_WEEK_START ? before : rng);
  const movements = [
    ...payouts(rng, streamAt, orders),
    ...penalties(rng, orders, planted.latePenalty),
    ...returnShipping(rng, disputes),
    ...plantedRefunds(planted),
  ];
  const compensated = movements.find(
    (movement) => movement.item === '交易放款' && movement.time >= LAST_WEEK_START,
  );
  if (compensated !== undefined) movements.push(compensation(rng, compensated.order));
  const flowNumbers = new UniqueIds(rng);
  return movements
    .filter((movement) => movement.time <= PERIOD_END)
    .sort((a, b) => b.time - a.time)
    .map((movement) => {
      const stream = streamAt(movement.time);
      const row = movementRow(stream, movement, flowNumbers.next('21', 16, stream));
      return { time: movement.time, row };
    });
}

/** The movements settled in the window. */
export function settlementSheet(settled: readonly DemoSettled[], window: TimeWindow): SheetData {
  const rows = settled.filter(({ time }) => within(window, time)).map(({ row }) => [...row]);
  return sheetOf('정산', SETTLEMENT_HEADER, rows);
}

function payouts(
  rng: Rng,
  streamAt: (time: DemoTime) => Rng,
  orders: readonly DemoOrder[],
): Movement[] {
  const movements: Movement[] = [];
  for (const order of orders) {
    const confirmed = timelineOf(order, PERIOD_END).confirmed;
    if (confirmed === null || order.currency !== 'USD') continue;
    const time = confirmed + rng.int(HOUR, 30 * HOUR);
    const stream = streamAt(time);
    const trade = { order, businessNo: order.id, withProduct: true };
    const amount = order.orderAmount;
    movements.push(
      {
        ...trade,
        time,
        type: '收入>放款',
        item: '交易放款',
        amount: amount - (SHORT_BY.get(order.id) ?? 0),
        note: `trade order loan${order.id}`,
      },
      {
        ...trade,
        time: time + stream.int(1, 59),
        type: '支出>佣金',
        item: '交易佣金',
        amount: -percentOf(amount, order.lines[0].sku.commissionRate),
        note: `trade order commission${order.id}`,
      },
    );
    if (stream.chance(AFFILIATE_SHARE)) {
      movements.push({
        ...trade,
        time: time + stream.int(1, 59),
        // Not "联盟佣金": §4 classifies by the first match and 佣金 (commission) comes before 联盟.
        type: '支出>联盟营销',
        item: '联盟营销费',
        amount: -percentOf(amount, stream.normal(0.05, 0.01)),
        note: `affiliate order${order.id}`,
      });
    }
  }
  return movements;
}

function penalties(rng: Rng, orders: readonly DemoOrder[], latePenalty: DemoOrder): Movement[] {
  const businessNumbers = new UniqueIds(rng);
  const movements: Movement[] = [];
  for (const order of orders) {
    const timeline = timelineOf(order, PERIOD_END);
    const shipBy = shipByOf(timeline);
    const shipped = timeline.shipped;
    if (shipBy === null || shipped === null || shipped <= shipBy) continue;
    const planted = order === latePenalty;
    const amount = planted
      ? PLANTED_PENALTY
      : -Math.min(300, Math.max(50, percentOf(order.orderAmount, 0.05)));
    movements.push({
      time: shipBy + (planted ? 20 * HOUR : rng.int(12 * HOUR, 40 * HOUR)),
      type: '支出>平台处罚',
      item: '海外发货处罚',
      order,
      amount,
      businessNo: businessNumbers.next('10', 16),
      note: penaltyNote(amount),
      withProduct: false,
    });
  }
  return movements;
}

function returnShipping(rng: Rng, disputes: readonly DemoDispute[]): Movement[] {
  return disputes.flatMap((dispute): Movement[] => {
    const { closedAt, order } = dispute;
    const fullRefund = dispute.refund === order.orderAmount;
    if (closedAt === null || !fullRefund || !RETURN_SHIPPING_CAUSES.has(dispute.cause)) return [];
    return [
      {
        time: closedAt + rng.int(HOUR, 6 * HOUR),
        type: '支出>物流费用',
        item: '退货运费',
        order,
        amount: -rng.int(350, 650),
        businessNo: order.id,
        note: `trade order:${order.id}_return shipping`,
        withProduct: false,
      },
    ];
  });
}

function plantedRefunds(planted: PlantedOrders): Movement[] {
  const refund = (order: DemoOrder, time: DemoTime, amount: Cents): Movement => ({
    time,
    type: '支出>放款后退款',
    item: '放款后退款',
    order,
    amount,
    businessNo: order.id,
    note: `trade order refund${order.id}`,
    withProduct: true,
  });
  return [
    refund(planted.bothRefund, PLANTED_REFUND_TIME + 40 * MINUTE, -PLANTED_REFUND),
    refund(planted.settlementOnlyRefund, clockTime(51, 9, 45), -450),
  ];
}

/** The platform pays the seller back for a fast refund that was not the seller's fault. */
function compensation(rng: Rng, order: DemoOrder): Movement {
  return {
    time: LAST_WEEK_START + rng.int(0, 6 * DAY),
    type: '收入>平台赔付',
    item: '极速退_非商家责平台赔付商家',
    order,
    amount: Math.min(order.orderAmount, rng.int(200, 800)),
    businessNo: order.id,
    note: `trade order compensation${order.id}`,
    withProduct: true,
  };
}

function movementRow(rng: Rng, movement: Movement, flowNo: string): string[] {
  const sku = movement.order.lines[0].sku;
  // Real fund-flow exports sometimes end a description with a stray U+FEFF.
  const description = rng.chance(0.1) ? `${sku.title}\uFEFF` : sku.title;
  return [
    timeText(movement.time, 'dashed', true),
    movement.type,
    movement.item,
    movement.withProduct ? description : '',
    movement.withProduct ? sku.productId : '',
    movement.withProduct ? sku.code : '',
    moneyText(movement.amount),
    'USD',
    movement.order.id,
    movement.businessNo,
    flowNo,
    movement.note,
  ];
}

/** As the real export words it: full-width bar, then ASCII bars. */
function penaltyNote(amount: Cents): string {
  const deduction = usdCode(amount);
  const deductions = `Total amount of deductions:${deduction}`;
  return `未按约定时间发货｜${deductions}|The amount of this deduction:${deduction}`;
}

function usdCode(amount: Cents): string {
  return `USD ${(Math.abs(amount) / 100).toFixed(2)}`;
}
