/**
 * The review follow-ups of the guide's §2-7: a usage tip 3 days after delivery, a
 * photo-review coupon after 10 days, and a reply to every negative review within 24 hours.
 */
import { addDaysToKey, localDateKey } from '../time/dates';
import { isNegative, repliedBy } from './rating';
import type { Review } from '../read/records';

export type FollowUpKind = 'usage-tip' | 'photo-coupon' | 'negative-reply';

export interface FollowUp {
  /** Null for a negative review that names no order. */
  orderId: string | null;
  kind: FollowUpKind;
  /** 'YYYY-MM-DD' in the spreadsheet's zone: the day to send the message, or reply by. */
  due: string;
  /** Sheet row of the negative review; null for delivery follow-ups. */
  reviewRow: number | null;
}

export interface DeliveredOrder {
  orderId: string;
  /** Milliseconds since 1970, as an Order keeps it. */
  deliveredMs: number | null;
}

export const USAGE_TIP_AFTER_DAYS = 3;
export const PHOTO_COUPON_AFTER_DAYS = 10;
/**
 * A delivery follow-up stays on the list for a week from its due day; after that the
 * moment has passed (a usage tip three weeks after delivery reads as spam).
 */
export const DELIVERY_FOLLOW_UP_DAYS = 7;
/**
 * An unanswered negative review is listed from the day it is written until 30 days later:
 * late is better than never, but an old review is no longer a daily task.
 */
export const NEGATIVE_REPLY_DAYS = 30;

const DAY_MS = 86_400_000;

const KIND_ORDER: readonly FollowUpKind[] = ['negative-reply', 'usage-tip', 'photo-coupon'];

/**
 * The follow-ups open on the as-of day, soonest due first. Delivery follow-ups are listed
 * from their due day; a negative review from the day it was written, with due = the day its
 * 24 hours run out. No photo coupon is offered for an order that already has a photo review.
 */
export function reviewFollowUps(
  orders: readonly DeliveredOrder[],
  reviews: readonly Review[],
  asOf: Date,
  timeZone: string,
): FollowUp[] {
  const today = localDateKey(asOf, timeZone);
  const photoReviewed = new Set(
    reviews.filter((review) => review.hasPhoto).map((review) => review.orderId),
  );
  // Keyed by every field, so an order pasted twice gives its follow-ups once.
  const byKey = new Map<string, FollowUp>();
  const add = (followUp: FollowUp): void => {
    byKey.set(Object.values(followUp).join('|'), followUp);
  };

  for (const { orderId, deliveredMs } of orders) {
    if (deliveredMs === null) continue;
    const delivered = localDateKey(deliveredMs, timeZone);
    const tip = addDaysToKey(delivered, USAGE_TIP_AFTER_DAYS);
    const coupon = addDaysToKey(delivered, PHOTO_COUPON_AFTER_DAYS);
    if (isOpen(tip, today)) add({ orderId, kind: 'usage-tip', due: tip, reviewRow: null });
    if (isOpen(coupon, today) && !photoReviewed.has(orderId)) {
      add({ orderId, kind: 'photo-coupon', due: coupon, reviewRow: null });
    }
  }
  for (const review of reviews) {
    const written = localDateKey(review.date, timeZone);
    const stillOpen = written <= today && today < addDaysToKey(written, NEGATIVE_REPLY_DAYS);
    if (isNegative(review) && !repliedBy(review, asOf) && stillOpen) {
      const due = localDateKey(new Date(review.date.getTime() + DAY_MS), timeZone);
      add({ orderId: review.orderId, kind: 'negative-reply', due, reviewRow: review.row });
    }
  }
  return [...byKey.values()].sort(compareFollowUps);
}

function isOpen(due: string, today: string): boolean {
  return due <= today && today < addDaysToKey(due, DELIVERY_FOLLOW_UP_DAYS);
}

function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return (
    a.due.localeCompare(b.due) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.orderId ?? '').localeCompare(b.orderId ?? '') ||
    (a.reviewRow ?? 0) - (b.reviewRow ?? 0)
  );
}
