import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/read/records';
import { reviewFollowUps, type DeliveredOrder } from '../../src/core/metrics/reviewFollowUp';
import { listAndShuffled, seoul, septemberInstant, TIME_ZONE } from './metricFixtures';

const asOf = seoul('2025-09-15 10:00');

const delivered = (orderId: string, time: string | null): DeliveredOrder => ({
  orderId,
  deliveredMs: time === null ? null : seoul(time).getTime(),
});

function review(row: number, orderId: string | null, stars: number, date: Date): Review {
  return { row, date, orderId, sku: null, stars, hasPhoto: false, text: '', repliedTime: null };
}

const ORDERS = [
  delivered('A', '2025-09-12 15:00'), // tip due 09-15 (today); coupon 09-22 (not yet)
  delivered('A', '2025-09-12 15:00'), // pasted twice: listed once
  delivered('B', '2025-09-05 10:00'), // tip 09-08 (its week ended 09-14); coupon 09-15
  delivered('C', '2025-09-04 10:00'), // coupon 09-14, but C already has a photo review
  delivered('D', null),
  delivered('E', '2025-08-28 10:00'), // coupon 09-07: its week (09-07 to 09-13) is over
  // 2025-09-11 16:00 UTC is 09-12 01:00 in Seoul: tip due 09-15, not 09-14
  { orderId: 'F', deliveredMs: Date.parse('2025-09-11T16:00:00Z') },
];

const REVIEWS: Review[] = [
  { ...review(5, 'C', 2, seoul('2025-09-14 20:00')), hasPhoto: true }, // reply by 09-15 20:00
  review(6, null, 1, seoul('2025-09-15 09:00')), // written today: listed, due tomorrow
  { ...review(7, 'H', 3, seoul('2025-09-14 09:00')), repliedTime: seoul('2025-09-14 18:00') },
  review(8, 'I', 5, seoul('2025-09-14 09:00')),
  review(9, 'J', 1, seoul('2025-08-10 09:00')), // older than 30 days
  // replied only after as-of: still open on the as-of day
  { ...review(10, 'G', 3, seoul('2025-09-13 10:00')), repliedTime: seoul('2025-09-16 10:00') },
];

describe('reviewFollowUps', () => {
  it('lists the follow-ups open on the as-of day, soonest due first', () => {
    expect(reviewFollowUps(ORDERS, REVIEWS, asOf, TIME_ZONE)).toEqual([
      { orderId: 'G', kind: 'negative-reply', due: '2025-09-14', reviewRow: 10 },
      { orderId: 'C', kind: 'negative-reply', due: '2025-09-15', reviewRow: 5 },
      { orderId: 'A', kind: 'usage-tip', due: '2025-09-15', reviewRow: null },
      { orderId: 'F', kind: 'usage-tip', due: '2025-09-15', reviewRow: null },
      { orderId: 'B', kind: 'photo-coupon', due: '2025-09-15', reviewRow: null },
      { orderId: null, kind: 'negative-reply', due: '2025-09-16', reviewRow: 6 },
    ]);
  });

  it('lists nothing without deliveries or negative reviews', () => {
    expect(reviewFollowUps([], [], asOf, TIME_ZONE)).toEqual([]);
  });

  it('does not depend on row order and lists only items already due', () => {
    const anOrder = fc
      .tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.option(septemberInstant, { nil: null }))
      .map(([orderId, time]): DeliveredOrder => ({
        orderId,
        deliveredMs: time?.getTime() ?? null,
      }));
    const aReview = fc
      .tuple(
        fc.nat(5),
        fc.constantFrom('A', 'B', null),
        fc.integer({ min: 1, max: 5 }),
        septemberInstant,
      )
      .map(([row, orderId, stars, date]) => review(row, orderId, stars, date));
    fc.assert(
      fc.property(
        listAndShuffled(anOrder),
        listAndShuffled(aReview),
        septemberInstant,
        ([orders, shuffledOrders], [reviews, shuffledReviews], now) => {
          const result = reviewFollowUps(orders, reviews, now, TIME_ZONE);
          expect(reviewFollowUps(shuffledOrders, shuffledReviews, now, TIME_ZONE)).toEqual(result);
          const today = new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
          for (const item of result.filter((followUp) => followUp.kind !== 'negative-reply')) {
            expect(item.due <= today).toBe(true);
          }
        },
      ),
    );
  });
});
