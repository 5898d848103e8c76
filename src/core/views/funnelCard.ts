/**
 * The sidebar's funnel card: the five steps as bars and the weakest stage with its advice. Bars
 * use a log scale: impressions outnumber payments a thousandfold, and on a linear scale every
 * step after the first would be an invisible sliver.
 */
import { formatNumber, formatPercent } from '../text/displayText';
import {
  STAGE_BENCHMARKS,
  type Funnel,
  type FunnelStage,
  type FunnelStepId,
} from '../metrics/funnel';
import type { Lang } from '../text/language';
import { t } from '../text/messages';

export interface FunnelBar {
  id: FunnelStepId;
  label: string;
  count: number | null;
  /** '35,120 · 3.5%': the count and the conversion from the step before. */
  text: string;
  /** 0–100, the bar's width. */
  widthPercent: number;
  /** The step ends the weakest stage. */
  weakest: boolean;
}

export interface FunnelCard {
  bars: FunnelBar[];
  /** The weakest stage in words, with its advice; null when none falls short or no data. */
  weakest: { stage: string; advice: string } | null;
  /** Why the card is empty: the missing tab or window; null when it has data. */
  note: string | null;
}

const STEP_ORDER: readonly FunnelStepId[] = [
  'impressions',
  'visitors',
  'cart',
  'ordering',
  'paying',
];

/** The steps after the stage's first one, up to its last: where its shoppers are lost. */
function stepsOfStage(stage: FunnelStage): Set<FunnelStepId> {
  const { from, to } = STAGE_BENCHMARKS[stage];
  return new Set(STEP_ORDER.slice(STEP_ORDER.indexOf(from) + 1, STEP_ORDER.indexOf(to) + 1));
}

function barWidth(count: number | null, largest: number): number {
  if (count === null || count <= 0 || largest <= 1) return 0;
  return Math.round((Math.log(count + 1) / Math.log(largest + 1)) * 100);
}

export function funnelCard(funnel: Funnel, lang: Lang, note: string | null): FunnelCard {
  const counts = funnel.steps.map((step) => step.count ?? 0);
  const largest = Math.max(0, ...counts);
  const weakSteps = funnel.weakestStep ? stepsOfStage(funnel.weakestStep) : new Set();
  const bars = funnel.steps.map((step): FunnelBar => {
    const parts = [step.count === null ? '—' : formatNumber(step.count, lang)];
    if (step.conversion !== null) parts.push(formatPercent(step.conversion, lang));
    return {
      id: step.id,
      label: t(`funnel.step.${step.id}`, lang),
      count: step.count,
      text: parts.join(' · '),
      widthPercent: barWidth(step.count, largest),
      weakest: weakSteps.has(step.id),
    };
  });
  const weakest =
    funnel.weakestStep && funnel.advice
      ? { stage: t(`funnel.stage.${funnel.weakestStep}`, lang), advice: funnel.advice[lang] }
      : null;
  return { bars, weakest, note: largest > 0 ? null : note };
}
