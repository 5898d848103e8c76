import type { DemoOrder } from './orders';
import { AS_OF, DAY, HOUR, timeText, type DemoTime } from './period';
import type { Rng } from './rng';
import { sheetOf } from './sheet';
import type { SheetData } from '../workbookData';

export const MESSAGES_HEADER = ['수신 시간', '첫 답변 시간', '구매자', '주문 ID'];

const MESSAGES_PER_ORDER = 0.2;
const PRE_SALE_SHARE = 0.3;
/** Messages of the last few days still waiting for a first reply. */
const RECENT_DAYS = 3;
const RECENT_UNANSWERED_SHARE = 0.25;
const SLOW_REPLY_SHARE = 0.1;

/** Buyer messages: most answered within 2–10 h, some after more than a day, a few never. */
export function messagesSheet(rng: Rng, orders: readonly DemoOrder[]): SheetData {
  const messages = Array.from({ length: Math.round(orders.length * MESSAGES_PER_ORDER) }, () => {
    const order = rng.pick(orders);
    const preSale = rng.chance(PRE_SALE_SHARE);
    const receivedAt = preSale
      ? rng.int(Math.max(0, order.orderedAt - 3 * DAY), order.orderedAt)
      : rng.int(order.orderedAt, Math.min(AS_OF, order.orderedAt + 20 * DAY));
    const repliedAt = receivedAt + replyDelay(rng, receivedAt);
    return {
      receivedAt,
      row: [
        timeText(receivedAt),
        repliedAt > AS_OF ? '' : timeText(repliedAt),
        order.buyer.name,
        preSale ? '' : order.id,
      ],
    };
  });
  messages.sort((a, b) => a.receivedAt - b.receivedAt);
  return sheetOf(
    '메시지',
    MESSAGES_HEADER,
    messages.map((message) => message.row),
  );
}

/** Seconds to the first reply; Infinity = not answered (only recent messages are left so). */
function replyDelay(rng: Rng, receivedAt: DemoTime): number {
  const recent = receivedAt > AS_OF - RECENT_DAYS * DAY;
  if (recent && rng.chance(RECENT_UNANSWERED_SHARE)) return Number.POSITIVE_INFINITY;
  if (rng.chance(SLOW_REPLY_SHARE)) return rng.int(24 * HOUR, 60 * HOUR);
  return Math.round(Math.min(20, Math.max(0.3, rng.logNormal(5, 0.45))) * HOUR);
}
