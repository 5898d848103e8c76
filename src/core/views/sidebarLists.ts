/**
 * What the engine computes and the sidebar now shows, each as a short list in the reader's
 * language: today's review follow-ups with the message to send, the reviews at a glance, the
 * ad keywords with their break-even ROAS, and the open disputes with the money at stake.
 * Lists stop at `LIST_LIMIT` rows and say how many more there are, so the sidebar's one
 * round trip stays small.
 */
import type { KeywordAction, KeywordMetrics } from '../metrics/adMetrics';
import { formatNumber, formatPercent, NO_FIGURE } from '../text/displayText';
import type { Lang } from '../text/language';
import { t } from '../text/messages';
import { formatMoney } from '../text/moneyText';
import type { Stars } from '../metrics/rating';
import type { FollowUpKind } from '../metrics/reviewFollowUp';
import { STAGE_BENCHMARKS } from '../metrics/funnel';
import type { WeeklyUpdate } from '../weeklyUpdate';
import { tabGap } from './kpiCards';
import { localDateKey } from '../time/dates';

/** Rows a sidebar list shows before "and N more". */
export const LIST_LIMIT = 20;

export interface FollowUpGroup {
  kind: FollowUpKind;
  /** 'Reply to a negative review within 24 hours (3)'. */
  title: string;
  /** What to do, one sentence. */
  hint: string;
  /** 'order id · due day', soonest first. */
  rows: string[];
  /** Follow-ups of this kind beyond the rows shown. */
  more: number;
  /** The message to send, to copy: Korean to read, English for the buyer. */
  macro: { ko: string; en: string };
}

export interface ReviewsView {
  /** '4.62 (130 reviews)', or null without reviews in the window. */
  summary: string | null;
  /** 5 stars first, each with its count and share of the reviews. */
  stars: Array<{ stars: Stars; count: number; share: number; text: string }>;
  /** 'Photo reviews: 34%'. */
  photoShare: string | null;
  /** The words unhappy buyers repeat, most frequent first: 'size (4)'. */
  complaintWords: string[];
  /** Why there is nothing to show: the 리뷰 tab missing or as set up; null when it has rows. */
  gap: string | null;
}

export interface KeywordRow {
  campaign: string;
  sku: string | null;
  impressions: string;
  ctr: string;
  cpc: string;
  roas: string;
  /** The SKU's break-even ROAS (1 ÷ its margin rate before ads). */
  breakEven: string;
  action: KeywordAction;
  actionText: string;
}

export interface ProductFunnelRow {
  /** The SKU, else 'product ID 1005…'. */
  product: string;
  /** 'Impressions 134,478 · click 3.33% · buy 1.63%'. */
  text: string;
  /** Its click rate is under the benchmark. */
  weakClick: boolean;
}

export interface DisputeRow {
  orderId: string;
  /** 'Opened 2025-10-21 · Not received or late'. */
  text: string;
  atStake: string;
}

export interface DisputesView {
  rows: DisputeRow[];
  more: number;
  /** '3 open disputes, ₩84,000 at stake', or the all-clear. */
  summary: string;
}

const FOLLOW_UP_KINDS: readonly FollowUpKind[] = ['negative-reply', 'usage-tip', 'photo-coupon'];
const STARS: readonly Stars[] = [5, 4, 3, 2, 1];

/** Today's follow-ups by kind (negative reviews first), each with its macro. */
export function followUpGroups(update: WeeklyUpdate): FollowUpGroup[] {
  const { lang } = update;
  return FOLLOW_UP_KINDS.flatMap((kind) => {
    const due = update.today.followUps.filter((followUp) => followUp.kind === kind);
    if (due.length === 0) return [];
    const rows = due.slice(0, LIST_LIMIT).map((followUp) =>
      t('sidebar.followUp.row', lang, {
        order: followUp.orderId ?? t('sidebar.followUp.noOrder', lang),
        due: followUp.due,
      }),
    );
    return [
      {
        kind,
        title: t(`sidebar.followUp.${kind}`, lang, { count: due.length }),
        hint: t(`sidebar.followUp.${kind}.hint`, lang),
        rows,
        more: due.length - rows.length,
        macro: { ko: t(`macro.followUp.${kind}`, 'ko'), en: t(`macro.followUp.${kind}`, 'en') },
      },
    ];
  });
}

export function reviewsView(update: WeeklyUpdate): ReviewsView {
  const { lang, rating } = update;
  const total = STARS.reduce((sum, stars) => sum + rating.distribution[stars], 0);
  return {
    gap: tabGap(update, ['reviews']),
    summary:
      rating.mean === null
        ? null
        : t('sidebar.reviews.summary', lang, {
            mean: formatNumber(rating.mean, lang, 2),
            count: total,
          }),
    stars: STARS.map((stars) => {
      const count = rating.distribution[stars];
      const share = total === 0 ? 0 : count / total;
      return { stars, count, share, text: t('sidebar.reviews.stars', lang, { stars, count }) };
    }),
    photoShare:
      rating.photoShare === null
        ? null
        : t('sidebar.reviews.photoShare', lang, { share: formatPercent(rating.photoShare, lang) }),
    complaintWords: rating.negativeWords.map(({ word, count }) =>
      t('sidebar.reviews.word', lang, { word, count }),
    ),
  };
}

function figure(value: number | null, format: (value: number) => string): string {
  return value === null ? NO_FIGURE : format(value);
}

/** The SKU's break-even ROAS; a SKU that loses money before ads has none. */
function breakEvenText(keyword: KeywordMetrics, lang: Lang): string {
  const margin = keyword.skuMarginBeforeAds;
  if (margin !== null && margin <= 0) return t('sidebar.keywords.noMargin', lang);
  return figure(keyword.breakEvenRoas, (value) => formatNumber(value, lang, 2));
}

/** The ad keywords shown, how many more, and why there is none (광고 missing or as set up). */
export interface KeywordsView {
  rows: KeywordRow[];
  more: number;
  gap: string | null;
}

/** The keywords of the KPI window, biggest spend first, with what to do about each. */
export function keywordRows(update: WeeklyUpdate): KeywordsView {
  const { lang } = update;
  const currency = update.settings.baseCurrency;
  const { keywords } = update.ads;
  const rows = keywords.slice(0, LIST_LIMIT).map((keyword) => ({
    campaign: keyword.campaign,
    sku: keyword.sku,
    impressions: figure(keyword.impressions, (value) => formatNumber(value, lang)),
    ctr: figure(keyword.ctr, (value) => formatPercent(value, lang)),
    cpc: figure(keyword.cpc, (value) => formatMoney(value, currency, lang)),
    roas: figure(keyword.roas, (value) => formatNumber(value, lang, 2)),
    breakEven: breakEvenText(keyword, lang),
    action: keyword.action,
    actionText: t(`keyword.action.${keyword.action}`, lang),
  }));
  return { rows, more: keywords.length - rows.length, gap: tabGap(update, ['ads']) };
}

/** A shop's products fit: the weakest thumbnail is often far down a list sorted by impressions. */
export const PRODUCT_LIMIT = 50;

/** The products most seen in the window, each with its click and buy rates. */
export function productFunnelRows(update: WeeklyUpdate): {
  rows: ProductFunnelRow[];
  more: number;
} {
  const { lang, productFunnels } = update;
  const percent = (value: number | null) => figure(value, (rate) => formatPercent(rate, lang));
  const rows = productFunnels.slice(0, PRODUCT_LIMIT).map((product) => ({
    product: product.sku ?? t('sidebar.detail.productId', lang, { id: product.productId }),
    text: t('sidebar.funnel.product', lang, {
      impressions: figure(product.impressions, (count) => formatNumber(count, lang)),
      click: percent(product.clickRate),
      buy: percent(product.conversion),
    }),
    weakClick: product.clickRate !== null && product.clickRate < STAGE_BENCHMARKS.click.benchmark,
  }));
  return { rows, more: productFunnels.length - rows.length };
}

export function disputesView(update: WeeklyUpdate): DisputesView {
  const { lang, timeZone } = update;
  const currency = update.settings.baseCurrency;
  const { disputes, atStake } = update.openDisputes;
  const rows = disputes.slice(0, LIST_LIMIT).map((dispute) => ({
    orderId: dispute.orderId,
    text: t('sidebar.disputes.row', lang, {
      date: localDateKey(dispute.opened, timeZone),
      reason: t(`reason.${dispute.reason}`, lang),
    }),
    atStake: figure(dispute.atStake, (value) => formatMoney(value, currency, lang)),
  }));
  const summary =
    disputes.length === 0
      ? (tabGap(update, ['disputes']) ?? t('sidebar.disputes.none', lang))
      : t('sidebar.disputes.summary', lang, {
          count: disputes.length,
          amount: formatMoney(atStake, currency, lang),
        });
  return { rows, more: disputes.length - rows.length, summary };
}
