/**
 * The shop's traffic funnel (SPEC §5): impressions → visitors → add-to-cart → ordering →
 * paying buyers, and which stage falls furthest short of its benchmark.
 */
import { kpiStatus, type KpiStatus } from './kpiStatus';
import type { Lang } from './language';
import { t } from './messages';
import { inPeriod, type Period } from './period';
import type { TrafficRow } from './records';
import type { Settings } from './settings';
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
  /** The stage furthest below its benchmark; null when every stage meets it or none has data. */
  weakestStep: FunnelStage | null;
  advice: Record<Lang, string> | null;
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
 * Sums the Traffic rows whose period starts in `period` (a weekly row is counted whole in the
 * period holding its first day, never split). A rate between two steps is taken over the rows
 * that have both counts, so a row missing one count neither lowers nor raises it.
 */
export function funnel(
  rows: readonly TrafficRow[],
  period: Period,
  settings: Pick<Settings, 'categoryConversion'>,
): Funnel {
  const counted = rows.filter((row) => inPeriod(row.start, period));
  const steps = STEP_IDS.map((id, index): FunnelStep => {
    const conversion = index === 0 ? null : pairedRatio(counted, id, STEP_IDS[index - 1]);
    return {
      id,
      count: stepCount(counted, id),
      conversion,
      drop: conversion === null ? null : 1 - conversion,
    };
  });
  const weakestStep = weakestStage(counted);
  const conversion = pairedRatio(counted, 'paying', 'visitors');
  return {
    steps,
    weakestStep,
    advice: weakestStep === null ? null : adviceFor(weakestStep),
    conversion,
    status: kpiStatus(conversion, settings.categoryConversion, 'at-least'),
  };
}

function stepCount(rows: readonly TrafficRow[], id: FunnelStepId): number | null {
  return sumOrNull(rows.map((row) => row[id]));
}

/** Shortfall is relative (rate ÷ benchmark), so a 3% and a 30% benchmark compare fairly. */
function weakestStage(rows: readonly TrafficRow[]): FunnelStage | null {
  let weakest: { stage: FunnelStage; score: number } | null = null;
  for (const stage of STAGES) {
    const { from, to, benchmark } = STAGE_BENCHMARKS[stage];
    const rate = pairedRatio(rows, to, from);
    if (rate === null || rate >= benchmark) continue;
    const score = rate / benchmark;
    if (weakest === null || score < weakest.score) weakest = { stage, score };
  }
  return weakest?.stage ?? null;
}

function adviceFor(stage: FunnelStage): Record<Lang, string> {
  const key = `funnel.advice.${stage}` as const;
  return { ko: t(key, 'ko'), en: t(key, 'en') };
}
