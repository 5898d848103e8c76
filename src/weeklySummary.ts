/**
 * The weekly update as one JSON-ready object: what the CLI prints with --json and what the
 * menu's toast and the sidebar summarise (SPEC §9).
 */
import type { CorrectionKind } from './core/ledger/ledgerImport';
import type { KpiId } from './kpis';
import type { KpiStatus } from './kpiStatus';
import type { FunnelStage, FunnelStepId } from './funnel';
import type { WeekRow } from './weeklyMargin';
import { asOfKey, type WeeklyUpdate } from './weeklyUpdate';

export type WeekSummary = Pick<
  WeekRow,
  | 'weekStart'
  | 'sales'
  | 'refunds'
  | 'cogs'
  | 'shipping'
  | 'packaging'
  | 'fees'
  | 'affiliate'
  | 'ads'
  | 'coupons'
  | 'penalties'
  | 'other'
  | 'realMargin'
  | 'marginRate'
  | 'storeDiscounts'
  | 'paidOrders'
  | 'disputes'
  | 'disputeRate'
>;

export interface WeeklySummary {
  baseCurrency: string;
  asOf: string;
  weeks: WeekSummary[];
  kpis: Array<{ id: KpiId; value: number | null; target: number | null; status: KpiStatus }>;
  funnel: {
    steps: Array<{ id: FunnelStepId; count: number | null; conversion: number | null }>;
    weakestStep: FunnelStage | null;
    advice: string | null;
  };
  ledgerRowsAdded: number;
  /** Of those, correction rows by why they were written (SPEC §4, the ledger over time). */
  ledgerCorrections: Partial<Record<CorrectionKind, number>>;
  problems: number;
}

/** @example weeklySummary(update).weeks.at(-1)?.realMargin */
export function weeklySummary(update: WeeklyUpdate): WeeklySummary {
  return {
    baseCurrency: update.settings.baseCurrency,
    asOf: asOfKey(update),
    weeks: update.weeks.map((week) => ({
      weekStart: week.weekStart,
      sales: week.sales,
      refunds: week.refunds,
      cogs: week.cogs,
      shipping: week.shipping,
      packaging: week.packaging,
      fees: week.fees,
      affiliate: week.affiliate,
      ads: week.ads,
      coupons: week.coupons,
      penalties: week.penalties,
      other: week.other,
      realMargin: week.realMargin,
      marginRate: week.marginRate,
      storeDiscounts: week.storeDiscounts,
      paidOrders: week.paidOrders,
      disputes: week.disputes,
      disputeRate: week.disputeRate,
    })),
    kpis: update.kpis.map(({ id, value, target, status }) => ({ id, value, target, status })),
    funnel: {
      steps: update.funnel.steps.map(({ id, count, conversion }) => ({ id, count, conversion })),
      weakestStep: update.funnel.weakestStep,
      advice: update.funnel.advice?.[update.lang] ?? null,
    },
    ledgerRowsAdded: update.import.rows.length,
    ledgerCorrections: update.import.corrections,
    problems: update.problems.length,
  };
}
