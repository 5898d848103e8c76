import type { DemoOrder } from './demoOrders';
import {
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
import type { SheetData } from '../workbookData';

export const MESSAGES_HEADER = ['수신 시간', '첫 답변 시간', '구매자', '주문 ID'];

export interface DemoMessage {
  receivedAt: DemoTime;
  /** Infinity = never answered. */
  repliedAt: DemoTime;
  buyer: string;
  /** '' for a question before the order. */
  orderId: string;
}

const MESSAGES_PER_ORDER = 0.2;
const PRE_SALE_SHARE = 0.3;
/** Messages of the period's last few days still waiting for a first reply. */
const RECENT_DAYS = 3;
const RECENT_UNANSWERED_SHARE = 0.25;
const SLOW_REPLY_SHARE = 0.1;

/**
 * Buyer messages: most answered within 2–10 h, some after more than a day, a few never. Drawn
 * against the period's end, never the as-of time, so that every weekly view holds the same
 * messages (the ones received by then).
 */
export function drawMessages(rng: Rng, orders: readonly DemoOrder[]): DemoMessage[] {
  const messages = Array.from({ length: Math.round(orders.length * MESSAGES_PER_ORDER) }, () => {
    const order = rng.pick(orders);
    const preSale = rng.chance(PRE_SALE_SHARE);
    const receivedAt = preSale
      ? rng.int(Math.max(0, order.orderedAt - 3 * DAY), order.orderedAt)
      : rng.int(order.orderedAt, Math.min(PERIOD_END, order.orderedAt + 20 * DAY));
    return {
      receivedAt,
      repliedAt: receivedAt + replyDelay(rng, receivedAt),
      buyer: order.buyer.name,
      orderId: preSale ? '' : order.id,
    };
  });
  return messages.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** The messages received in the window; a reply after its end is not written yet. */
export function messagesSheet(messages: readonly DemoMessage[], window: TimeWindow): SheetData {
  const rows = messages
    .filter((message) => within(window, message.receivedAt))
    .map((message) => [
      timeText(message.receivedAt),
      message.repliedAt > window.asOf ? '' : timeText(message.repliedAt),
      message.buyer,
      message.orderId,
    ]);
  return sheetOf('메시지', MESSAGES_HEADER, rows);
}

/** Seconds to the first reply; Infinity = not answered (only recent messages are left so). */
function replyDelay(rng: Rng, receivedAt: DemoTime): number {
  const recent = receivedAt > PERIOD_END - RECENT_DAYS * DAY;
  if (recent && rng.chance(RECENT_UNANSWERED_SHARE)) return Number.POSITIVE_INFINITY;
  if (rng.chance(SLOW_REPLY_SHARE)) return rng.int(24 * HOUR, 60 * HOUR);
  return Math.round(Math.min(20, Math.max(0.3, rng.logNormal(5, 0.45))) * HOUR);
}
