/**
 * The shop's traffic funnel (docs/rules.md §5): impressions → visitors → add-to-cart → ordering →
 * paying buyers, and which stage falls furthest short of its benchmark.
 */
import { kpiStatus, type KpiStatus } from './kpiStatus';
import type { Lang } from '../text/language';
import { t } from '../text/messages';
import type { Period } from '../time/period';
import type { TrafficRow } from '../read/records';
import type { Settings } from '../read/settings';
import { pairedRatio, sumOrNull } from './stats';

export type FunnelStepId = 'impressions' | 'visitors' | 'cart' | 'ordering' | 'paying';

/** The three places a shopper is lost, each with its own fix. */
export type FunnelStage = 'click' | 'cart' | 'order';

export interface FunnelStep {
  id: FunnelStepId;
  /** Null when no counted row has this count. */
  count: number | null;
  /** This step ÷ the previous one (null for the first step). */
  conversion: number | null;
  /** 1 − conversion. */
  drop: number | null;
}

export interface Funnel {
  steps: FunnelStep[];
  /** The stage furthest below its benchmark; null when every stage measured meets it. */
  weakestStep: FunnelStage | null;
  advice: Record<Lang, string> | null;
  /** Stages no row has both counts of: neither weak nor fine, since nothing says how they do. */
  unmeasured: FunnelStage[];
  /** Paying buyers ÷ visitors: the KPI compared with the category average conversion. */
  conversion: number | null;
  status: KpiStatus;
}

const STEP_IDS: readonly FunnelStepId[] = ['impressions', 'visitors', 'cart', 'ordering', 'paying'];

/**
 * What a healthy listing converts at each stage, from typical AliExpress Business Advisor
 * figures: 3% of search impressions click through to the product page, 8% of visitors add to
 * cart, 30% of those who add to cart pay (so about 2.4% of visitors pay, just above the 2%
 * default category conversion). The order stage spans cart → ordering → paying, because both
 * losses have the same fix.
 */
export const STAGE_BENCHMARKS: Record<
  FunnelStage,
  { from: FunnelStepId; to: FunnelStepId; benchmark: number }
> = {
  click: { from: 'impressions', to: 'visitors', benchmark: 0.03 },
  cart: { from: 'visitors', to: 'cart', benchmark: 0.08 },
  order: { from: 'cart', to: 'paying', benchmark: 0.3 },
};

const STAGES = Object.keys(STAGE_BENCHMARKS) as FunnelStage[];

/**
 * Sums the Traffic rows of `period`, a row that straddles its edge counted by the share of its
 * days inside. A rate between two steps is taken over the rows
 * that have both counts, so a row missing one count neither lowers nor raises it.
 */
export function funnel(
  rows: readonly TrafficRow[],
  period: Period,
  settings: Pick<Settings, 'categoryConversion'>,
): Funnel {
  const counted = shareInPeriod(rows, period);
  const steps = STEP_IDS.map((id, index): FunnelStep => {
    const conversion = index === 0 ? null : pairedRatio(counted, id, STEP_IDS[index - 1]);
    return {
      id,
      count: stepCount(counted, id),
      conversion,
      drop: conversion === null ? null : 1 - conversion,
    };
  });
  const rates = STAGES.map((stage) => {
    const { from, to } = STAGE_BENCHMARKS[stage];
    return { stage, rate: pairedRatio(counted, to, from) };
  });
  const weakestStep = weakestStage(rates);
  const conversion = pairedRatio(counted, 'paying', 'visitors');
  return {
    steps,
    weakestStep,
    advice: weakestStep === null ? null : adviceFor(weakestStep),
    unmeasured: rates.filter(({ rate }) => rate === null).map(({ stage }) => stage),
    conversion,
    status: kpiStatus(conversion, settings.categoryConversion, 'at-least'),
  };
}

const DAY_MS = 86_400_000;

/**
 * The rows overlapping the period, each count scaled to the share of the row's days inside it
 * (docs/rules.md §5, "Honest KPIs"): a window that cuts a weekly row in two still sees that week's
 * traffic, pro rata, rather than all of it or none.
 */
export function shareInPeriod(rows: readonly TrafficRow[], period: Period): TrafficRow[] {
  const scaled: TrafficRow[] = [];
  for (const row of rows) {
    const rowEnd = row.end.getTime() + DAY_MS;
    const overlap =
      Math.min(rowEnd, period.end.getTime()) -
      Math.max(row.start.getTime(), period.start.getTime());
    if (overlap <= 0) continue;
    const share =
      Math.round(overlap / DAY_MS) /
      Math.max(1, Math.round((rowEnd - row.start.getTime()) / DAY_MS));
    if (share === 1) scaled.push(row);
    else if (share > 0) scaled.push(scaledRow(row, share));
  }
  return scaled;
}

function scaledRow(row: TrafficRow, share: number): TrafficRow {
  const part = (count: number | null) => (count === null ? null : count * share);
  return {
    ...row,
    impressions: part(row.impressions),
    visitors: part(row.visitors),
    cart: part(row.cart),
    ordering: part(row.ordering),
    paying: part(row.paying),
  };
}

function stepCount(rows: readonly TrafficRow[], id: FunnelStepId): number | null {
  return sumOrNull(rows.map((row) => row[id]));
}

/** Shortfall is relative (rate ÷ benchmark), so a 3% and a 30% benchmark compare fairly. */
function weakestStage(
  rates: ReadonlyArray<{ stage: FunnelStage; rate: number | null }>,
): FunnelStage | null {
  let weakest: { stage: FunnelStage; score: number } | null = null;
  for (const { stage, rate } of rates) {
    const { benchmark } = STAGE_BENCHMARKS[stage];
    if (rate === null || rate >= benchmark) continue;
    const score = rate / benchmark;
    if (weakest === null || score < weakest.score) weakest = { stage, score };
  }
  return weakest?.stage ?? null;
}

/**
 * What to say when no stage is weak: every stage meets its benchmark, or which ones no data
 * measures (never "all fine" for a stage nothing was counted on).
 * @example noWeakStepText(funnel(rowsWithImpressionsOnly, week, settings), 'en')
 * // 'No data to judge impressions → visitors (click), visitors → cart, cart → payment yet.'
 */
export function noWeakStepText(result: Funnel, lang: Lang): string {
  if (result.unmeasured.length === 0) return t('funnel.noWeakStep', lang);
  const stages = result.unmeasured.map((stage) => t(`funnel.stage.${stage}`, lang)).join(', ');
  return t('funnel.unmeasured', lang, { stages });
}

function adviceFor(stage: FunnelStage): Record<Lang, string> {
  const key = `funnel.advice.${stage}` as const;
  return { ko: t(key, 'ko'), en: t(key, 'en') };
}
