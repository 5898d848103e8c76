import { DEMO_FACTS } from './facts';
import { UniqueIds } from './demoIds';
import { moneyText, type Cents } from './demoMoney';
import { timelineOf, type DemoOrder } from './demoOrders';
import {
  clockTime,
  DAY,
  HOUR,
  PERIOD_END,
  timeText,
  within,
  type DemoTime,
  type TimeWindow,
} from './demoPeriod';
import type { Rng } from './rng';
import { sheetOf } from './demoSheet';

export type DisputeCause =
  'not-as-described' | 'wrong-item' | 'damaged' | 'not-received' | 'change-of-mind' | 'other';

export interface DemoDispute {
  id: string;
  order: DemoOrder;
  openedAt: DemoTime;
  cause: DisputeCause;
  reason: string;
  /** null = still open at the period's end; a view as of an earlier time shows it open too. */
  closedAt: DemoTime | null;
  /** null while open at the period's end; 0 when closed without a refund. */
  refund: Cents | null;
  /** A seller who typed the refund wrote a number formatted as dollars. */
  refundAsNumber: boolean;
}

/** Mixed wording, as buyers and the dispute pages write them (KO / ZH / EN). */
const REASONS: Record<DisputeCause, readonly string[]> = {
  'not-as-described': ['설명과 다름', '货不对板', 'Item not as described'],
  'wrong-item': ['오배송', 'Wrong item received', '发错货'],
  damaged: ['파손', 'Item damaged on arrival', '质量问题'],
  'not-received': ['Item not received', '未收到货', '배송 지연'],
  'change-of-mind': ['단순 변심', 'Changed mind', '不想要了'],
  other: ['기타', 'Other', '买家其他原因'],
};
const CAUSE_WEIGHTS: Record<DisputeCause, number> = {
  'not-as-described': 25,
  'wrong-item': 7,
  damaged: 18,
  'not-received': 22,
  'change-of-mind': 14,
  other: 14,
};
const CAUSES = Object.keys(CAUSE_WEIGHTS) as DisputeCause[];
const CAUSE_WEIGHT_LIST = CAUSES.map((cause) => CAUSE_WEIGHTS[cause]);
/** Share of shipped orders that get a dispute; lost parcels get one far more often. */
const DISPUTE_SHARE = 0.025;
const LOST_PARCEL_DISPUTE_SHARE = 0.6;
const LOST_PARCEL_DELAY = 40 * DAY;
const NUMERIC_REFUND_SHARE = 0.2;

export const DISPUTES_HEADER = [
  '분쟁 ID',
  '주문 ID',
  '분쟁 시작 시간',
  '분쟁 사유',
  '분쟁 상태',
  '환불 금액',
  '종료 시간',
];

/**
 * Draws disputes for shipped orders. A dispute closed with a full refund closes its order, so
 * this runs before the Orders tab is rendered.
 */
export function simulateDisputes(
  rng: Rng,
  orders: readonly DemoOrder[],
  bothRefund: DemoOrder,
): DemoDispute[] {
  const ids = new UniqueIds(rng, [DEMO_FACTS.bothRefund.disputeId]);
  const disputes: DemoDispute[] = [plantedDispute(bothRefund)];
  for (const order of orders) {
    const shipped = timelineOf(order, PERIOD_END).shipped;
    if (order.planted || shipped === null) continue;
    const cause = drawCause(rng, order);
    if (cause === null) continue;
    const openedAt = openingTime(rng, order, shipped, cause);
    if (openedAt > PERIOD_END) continue;
    disputes.push(
      closeDispute(rng, {
        id: ids.next('50', 15),
        order,
        openedAt,
        cause,
        reason: rng.pick(REASONS[cause]),
      }),
    );
  }
  return disputes.sort((a, b) => a.openedAt - b.openedAt);
}

function drawCause(rng: Rng, order: DemoOrder): DisputeCause | null {
  if (order.receiveDelay > LOST_PARCEL_DELAY) {
    return rng.chance(LOST_PARCEL_DISPUTE_SHARE) ? 'not-received' : null;
  }
  return rng.chance(DISPUTE_SHARE) ? rng.weightedPick(CAUSES, CAUSE_WEIGHT_LIST) : null;
}

/**
 * Not-received disputes come some days after the usual transit time (but before the parcel
 * arrives, if it does); the others when it arrives.
 */
function openingTime(rng: Rng, order: DemoOrder, shipped: DemoTime, cause: DisputeCause): DemoTime {
  const arrival = shipped + order.receiveDelay;
  if (cause === 'not-received') {
    const impatient = shipped + (order.buyer.country.transitDays + rng.int(5, 15)) * DAY;
    return Math.max(shipped + HOUR, Math.min(impatient, arrival - rng.int(HOUR, DAY)));
  }
  return Math.max(shipped + DAY, arrival - rng.int(0, 2 * DAY));
}

function closeDispute(
  rng: Rng,
  open: Omit<DemoDispute, 'closedAt' | 'refund' | 'refundAsNumber'>,
): DemoDispute {
  const closedAt = open.openedAt + rng.int(2 * DAY, 15 * DAY);
  const refundAsNumber = rng.chance(NUMERIC_REFUND_SHARE);
  if (closedAt > PERIOD_END) return { ...open, closedAt: null, refund: null, refundAsNumber };
  const amount = open.order.orderAmount;
  const outcome = rng.next();
  if (outcome < 0.5) {
    open.order.refundClosedAt = closedAt;
    return { ...open, closedAt, refund: amount, refundAsNumber };
  }
  const refund = outcome < 0.8 ? Math.round(amount * (0.3 + 0.4 * rng.next())) : 0;
  return { ...open, closedAt, refund, refundAsNumber };
}

/** The partial refund of DEMO_FACTS.bothRefund, which the one-week 정산 export repeats. */
export const PLANTED_REFUND: Cents = 800;
export const PLANTED_REFUND_TIME: DemoTime = clockTime(52, 16, 30);

function plantedDispute(order: DemoOrder): DemoDispute {
  return {
    id: DEMO_FACTS.bothRefund.disputeId,
    order,
    openedAt: clockTime(44, 11, 2),
    cause: 'not-as-described',
    reason: '货不对板',
    closedAt: PLANTED_REFUND_TIME,
    refund: PLANTED_REFUND,
    refundAsNumber: false,
  };
}

/** The disputes opened in the window, as of its end: the refund shows once the dispute closes. */
export function disputesSheet(disputes: readonly DemoDispute[], window: TimeWindow) {
  const rows = disputes
    .filter((dispute) => within(window, dispute.openedAt))
    .map((dispute) => {
      const { closedAt } = dispute;
      const closed = closedAt !== null && closedAt <= window.asOf;
      return [
        dispute.id,
        dispute.order.id,
        timeText(dispute.openedAt),
        dispute.reason,
        closed ? '종료' : '진행 중',
        closed ? refundCell(dispute) : '',
        closed ? timeText(closedAt) : '',
      ];
    });
  return sheetOf('분쟁', DISPUTES_HEADER, rows, { 5: '$#,##0.00' });
}

function refundCell(dispute: DemoDispute): string | number {
  if (dispute.refund === null) return '';
  return dispute.refundAsNumber
    ? dispute.refund / 100
    : moneyText(dispute.refund, dispute.order.currency);
}
