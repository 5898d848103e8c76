import { inPeriod, type Period } from '../time/period';
import type { Message } from '../read/records';
import { ratio, sum } from './stats';

export interface ResponseTime {
  /** Mean hours from receipt to the first reply (or to as-of while unanswered). */
  meanHours: number | null;
  /** Messages without a reply by as-of. */
  unanswered: number;
  /** Messages answered, or still waiting, after more than `LATE_REPLY_HOURS`. */
  over24h: number;
  count: number;
}

/** AliExpress holds a reply within a day as the bar for good service (guide §1-4). */
export const LATE_REPLY_HOURS = 24;

const MS_PER_HOUR = 3_600_000;

/**
 * Response time of the messages received in `period` up to `asOf` (docs/rules.md §5). An unanswered
 * message counts as (as-of − received); a reply after as-of was not there yet.
 * @example responseHours([{ receivedTime: nineAm, firstReplyTime: elevenAm, … }], week, now)
 * // { meanHours: 2, unanswered: 0, over24h: 0, count: 1 }
 */
export function responseHours(
  messages: readonly Message[],
  period: Period,
  asOf: Date,
): ResponseTime {
  const received = messages.filter(
    (message) => inPeriod(message.receivedTime, period) && message.receivedTime <= asOf,
  );
  const waits = received.map((message) => waitHours(message, asOf));
  return {
    meanHours: ratio(sum(waits), waits.length),
    unanswered: received.filter((message) => replyBy(message, asOf) === null).length,
    over24h: waits.filter((hours) => hours > LATE_REPLY_HOURS).length,
    count: received.length,
  };
}

/**
 * Messages of `period` still without a reply at `now` that have waited more than `hours`: the
 * ones past the seller's response target.
 * @example unansweredPast(messages, window, now, 12) // 2
 */
export function unansweredPast(
  messages: readonly Message[],
  period: Period,
  now: Date,
  hours: number,
): number {
  return messages.filter(
    (message) =>
      inPeriod(message.receivedTime, period) &&
      message.receivedTime <= now &&
      replyBy(message, now) === null &&
      waitHours(message, now) > hours,
  ).length;
}

/** The first reply when it came by `asOf`, else null. */
function replyBy(message: Message, asOf: Date): Date | null {
  const reply = message.firstReplyTime;
  return reply !== null && reply <= asOf ? reply : null;
}

function waitHours(message: Message, asOf: Date): number {
  const until = replyBy(message, asOf) ?? asOf;
  return Math.max(0, until.getTime() - message.receivedTime.getTime()) / MS_PER_HOUR;
}
