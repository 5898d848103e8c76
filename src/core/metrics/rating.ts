/**
 * Review health (docs/rules.md §5): mean stars, their distribution, the share with photos, reviews
 * waiting for a reply, and the words unhappy buyers repeat.
 */
import { normalizeText } from '../read/cell';
import { inPeriod, type Period } from '../time/period';
import type { Review } from '../read/records';
import { ratio, sum } from './stats';

export type Stars = 1 | 2 | 3 | 4 | 5;

export interface WordCount {
  word: string;
  count: number;
}

export interface Rating {
  mean: number | null;
  distribution: Record<Stars, number>;
  photoShare: number | null;
  /** Reviews with no reply by as-of that are more than 24 hours old. */
  unansweredOver24h: number;
  /** The most frequent words of the 1–3-star reviews, most frequent first. */
  negativeWords: WordCount[];
}

/** The guide's rule: reply to a review within 24 hours (§1-8, §2-7). */
export const REPLY_WITHIN_HOURS = 24;
/** 1–3 stars is a negative review. */
export const NEGATIVE_MAX_STARS = 3;
export const TOP_WORDS = 10;

const MS_PER_HOUR = 3_600_000;

/**
 * Endings stripped from a Korean word so '배송이', '배송은' and '배송도' count as '배송':
 * case particles and the polite endings of short reviews, longest first. One is stripped
 * only when at least two letters remain ('아이' stays whole). Deliberately simple: no
 * dictionary, so an ending that belongs to the stem is sometimes cut.
 */
const KOREAN_ENDINGS = [
  ...['습니다', '이에요', '에서', '으로', '에게', '까지', '부터', '처럼', '보다', '하고', '이랑'],
  ...['예요', '에요', '네요', '어요', '아요'],
  ...['은', '는', '이', '가', '을', '를', '에', '도', '요', '의', '로', '와', '과', '만'],
];

/** Words every review uses, which say nothing about what went wrong. */
const STOP_WORDS = new Set([
  ...['너무', '정말', '진짜', '그냥', '좀', '더', '잘', '또', '및', '그리고', '하지만', '그런데'],
  ...['제품', '상품', '물건', '것', '거', '이거', '그거', '저', '제', '저는', '제가', '나', '내'],
  ...['a', 'an', 'the', 'and', 'or', 'but', 'so', 'to', 'of', 'in', 'on', 'at', 'for', 'with'],
  ...['from', 'by', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'it', 'its', 'this'],
  ...['that', 'i', 'me', 'my', 'we', 'you', 'he', 'she', 'they', 'them', 'very', 'too', 'not'],
  ...['no', 'just', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'all'],
  ...['product', 'item', 'seller'],
]);

/**
 * Rating of the reviews dated in `period` (and not after `asOf`).
 * @example rating([review(5), review(4)], week, now).mean // 4.5
 */
export function rating(reviews: readonly Review[], period: Period, asOf: Date): Rating {
  const counted = reviews.filter((review) => inPeriod(review.date, period) && review.date <= asOf);
  return {
    mean: ratio(sum(counted.map((review) => review.stars)), counted.length),
    distribution: starDistribution(counted),
    photoShare: ratio(counted.filter((review) => review.hasPhoto).length, counted.length),
    unansweredOver24h: counted.filter((review) => isOverdueForReply(review, asOf)).length,
    negativeWords: frequentWords(counted.filter(isNegative).map((review) => review.text)),
  };
}

export function isNegative(review: Pick<Review, 'stars'>): boolean {
  return review.stars <= NEGATIVE_MAX_STARS;
}

/** Whether the seller had replied to the review by `asOf`. */
export function repliedBy(review: Pick<Review, 'repliedTime'>, asOf: Date): boolean {
  return review.repliedTime !== null && review.repliedTime <= asOf;
}

function isOverdueForReply(review: Review, asOf: Date): boolean {
  const ageHours = (asOf.getTime() - review.date.getTime()) / MS_PER_HOUR;
  return !repliedBy(review, asOf) && ageHours > REPLY_WITHIN_HOURS;
}

function starDistribution(reviews: readonly Review[]): Record<Stars, number> {
  const distribution: Record<Stars, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const { stars } of reviews) {
    if (stars in distribution) distribution[stars as Stars] += 1;
  }
  return distribution;
}

/**
 * The `TOP_WORDS` words found in the most texts (a word repeated inside one review counts
 * once), ties alphabetical. Words are runs of letters and digits, lower-cased, Korean ones
 * without their particle; stop words and one-letter words are left out.
 */
export function frequentWords(texts: readonly string[]): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, TOP_WORDS);
}

function wordsOf(text: string): string[] {
  return normalizeText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map(withoutKoreanEnding)
    .filter((word) => word.length >= 2 && !STOP_WORDS.has(word));
}

function withoutKoreanEnding(word: string): string {
  if (!/^\p{Script=Hangul}+$/u.test(word)) return word;
  const ending = KOREAN_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 2);
  return ending === undefined ? word : word.slice(0, -ending.length);
}
