import type { Complaint } from './catalog';
import type { DemoDispute } from './demoDisputes';
import { timelineOf, type DemoOrder } from './demoOrders';
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
import type { CellValue, SheetData } from '../workbookData';

export const REVIEWS_HEADER = ['날짜', '주문 ID', 'SKU', '별점', '사진 여부', '내용', '답변 시간'];

export interface DemoReview {
  writtenAt: DemoTime;
  /** null = never answered. */
  repliedAt: DemoTime | null;
  /** 주문 ID … 내용. */
  cells: CellValue[];
}

const REVIEW_SHARE = 0.3;
const STARS = [5, 4, 3, 2, 1];
const STAR_WEIGHTS = [78, 12, 4, 2, 4];
const DISPUTED_STARS = [1, 1, 2, 3];
/** AliExpress shows many reviews machine-translated into the seller's language. */
const TRANSLATED_SHARE = 0.6;

const PRAISE = {
  ko: [
    '배송 빠르고 품질 좋아요',
    '사진이랑 똑같아요. 재구매 의사 있어요',
    '포장 꼼꼼하게 왔어요',
    '선물용으로 샀는데 만족해요',
    '',
  ],
  en: [
    'Great quality, fast shipping. Thank you!',
    'Exactly as pictured, very cute.',
    'Good product, well packed.',
    'My daughter loves it!',
    '',
  ],
};
/** 1–3-star texts: the same complaint words come back ('배송', '파손', 'small'). */
const COMPLAINTS: Record<Complaint, { ko: string[]; en: string[] }> = {
  fragile: {
    ko: [
      '파손된 상태로 도착했어요',
      '깨져서 왔어요. 포장 파손',
      '배송 중 파손, 포장 보강 부탁드려요',
    ],
    en: ['Arrived broken, poor packaging', 'Broken on arrival'],
  },
  size: {
    ko: [
      '사이즈가 너무 작아요 (small)',
      '생각보다 작아요. small 사이즈 주의',
      '작아요 small. 배송도 느려요',
    ],
    en: [
      'Too small, runs small',
      'Size is small, not as in the photo',
      'Very small, order one size up',
    ],
  },
  shipping: {
    ko: ['배송이 너무 느려요', '배송 지연, 한 달 걸렸어요', '배송 추적이 안 돼요'],
    en: ['Shipping took forever', 'Very slow shipping, tracking not updated'],
  },
};

/** Reviews for about 30% of completed orders, mostly 5 stars; some not answered. */
export function drawReviews(
  rng: Rng,
  orders: readonly DemoOrder[],
  disputes: readonly DemoDispute[],
): DemoReview[] {
  const disputed = new Set(disputes.map((dispute) => dispute.order));
  const reviews: DemoReview[] = [];
  for (const order of orders) {
    const confirmed = timelineOf(order, PERIOD_END).confirmed;
    if (confirmed === null || !rng.chance(REVIEW_SHARE)) continue;
    const writtenAt = confirmed + rng.int(HOUR, 4 * DAY);
    if (writtenAt > PERIOD_END) continue;
    const stars = disputed.has(order)
      ? rng.pick(DISPUTED_STARS)
      : rng.weightedPick(STARS, STAR_WEIGHTS);
    const unhappy = stars <= 3;
    const language =
      order.buyer.country.names === 'korean' || rng.chance(TRANSLATED_SHARE) ? 'ko' : 'en';
    const sku = order.lines[0].sku;
    const repliedAt = rng.chance(unhappy ? 0.65 : 0.55)
      ? writtenAt + rng.int(unhappy ? 3 * HOUR : 2 * HOUR, unhappy ? 40 * HOUR : 30 * HOUR)
      : null;
    reviews.push({
      writtenAt,
      repliedAt,
      cells: [
        order.id,
        sku.code,
        stars,
        rng.chance(unhappy ? 0.45 : 0.25) ? 'Y' : 'N',
        rng.pick(unhappy ? COMPLAINTS[sku.complaint][language] : PRAISE[language]),
      ],
    });
  }
  return reviews.sort((a, b) => a.writtenAt - b.writtenAt);
}

/** The reviews written in the window; a reply after its end is not written yet. */
export function reviewsSheet(reviews: readonly DemoReview[], window: TimeWindow): SheetData {
  const rows = reviews
    .filter((review) => within(window, review.writtenAt))
    .map(({ writtenAt, repliedAt, cells }) => [
      timeText(writtenAt),
      ...cells,
      repliedAt === null || repliedAt > window.asOf ? '' : timeText(repliedAt),
    ]);
  return sheetOf('리뷰', REVIEWS_HEADER, rows);
}
