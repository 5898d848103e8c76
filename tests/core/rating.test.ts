import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequentWords, rating } from '../../src/core/metrics/rating';
import type { Review } from '../../src/core/read/records';
import { expectAllFinite, listAndShuffled, seoul, septemberInstant } from './metricFixtures';

const week = { start: seoul('2025-09-01'), end: seoul('2025-09-08') };
const asOf = seoul('2025-09-07 12:00');

function review(
  stars: number,
  date: string,
  options: { hasPhoto?: boolean; text?: string; replied?: string } = {},
): Review {
  return {
    row: 2,
    date: seoul(date),
    orderId: null,
    sku: null,
    stars,
    hasPhoto: options.hasPhoto ?? false,
    text: options.text ?? '',
    repliedTime: options.replied === undefined ? null : seoul(options.replied),
  };
}

const REVIEWS = [
  review(5, '2025-09-01 10:00', {
    hasPhoto: true,
    text: 'Great quality',
    replied: '2025-09-01 12:00',
  }),
  review(4, '2025-09-02 10:00'), // never answered: overdue
  review(2, '2025-09-03 10:00', { hasPhoto: true, text: '배송이 너무 늦어요. 포장도 찢어졌어요' }),
  review(1, '2025-09-05 10:00', {
    text: '배송은 느리고 포장이 엉망이에요',
    replied: '2025-09-05 20:00',
  }),
  // 11 hours old at as-of: not overdue yet
  review(3, '2025-09-07 01:00', { text: 'Late delivery, the box was damaged. Late!' }),
  review(1, '2025-08-30 10:00', { text: 'before the period' }),
];

describe('rating', () => {
  it('gives the mean, distribution, photo share and overdue replies of the period', () => {
    const result = rating(REVIEWS, week, asOf);
    // (5 + 4 + 2 + 1 + 3) / 5 = 3; photos 2 of 5
    expect(result.mean).toBe(3);
    expect(result.distribution).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 });
    expect(result.photoShare).toBeCloseTo(0.4, 12);
    expect(result.unansweredOver24h).toBe(2);
  });

  it('counts the words of 1–3-star reviews, Korean ones without their particle', () => {
    // 배송이/배송은 → 배송, 포장도/포장이 → 포장, 늦어요 → 늦어, 엉망이에요 → 엉망; 너무, the, was are
    // stop words; 'Late' twice in one review counts once. Ties: alphabetical (code points).
    expect(rating(REVIEWS, week, asOf).negativeWords).toEqual([
      { word: '배송', count: 2 },
      { word: '포장', count: 2 },
      { word: 'box', count: 1 },
      { word: 'damaged', count: 1 },
      { word: 'delivery', count: 1 },
      { word: 'late', count: 1 },
      { word: '느리고', count: 1 },
      { word: '늦어', count: 1 },
      { word: '엉망', count: 1 },
      { word: '찢어졌', count: 1 },
    ]);
  });

  it('keeps the ten most frequent words', () => {
    const words = frequentWords(['w01 w02 w03 w04 w05 w06 w07 w08 w09 w10 w11', 'w11 제품이']);
    expect(words).toHaveLength(10);
    expect(words[0]).toEqual({ word: 'w11', count: 2 });
    expect(words[9]).toEqual({ word: 'w09', count: 1 });
  });

  it('says NO DATA without reviews', () => {
    expect(rating([], week, asOf)).toEqual({
      mean: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      photoShare: null,
      unansweredOver24h: 0,
      negativeWords: [],
    });
  });

  it('does not depend on row order and never gives NaN or Infinity', () => {
    const text = fc.constantFrom(
      '',
      '배송이 늦어요',
      'broken box',
      'late late',
      '포장이 엉망',
      'ok',
    );
    const aReview = fc
      .tuple(septemberInstant, fc.integer({ min: 1, max: 5 }), fc.boolean(), text)
      .map(([date, stars, hasPhoto, words]): Review => ({
        ...review(stars, '2025-09-01', { hasPhoto, text: words }),
        date,
      }));
    fc.assert(
      fc.property(listAndShuffled(aReview), ([reviews, shuffled]) => {
        const result = rating(reviews, week, asOf);
        expect(rating(shuffled, week, asOf)).toEqual(result);
        expectAllFinite(result);
      }),
    );
  });
});
