/**
 * The weekly update as one JSON-ready object: what the CLI prints with --json and what the
 * menu's toast and the sidebar summarise (docs/rules.md §9).
 */
import { roundCents } from '../read/money';
import type { CorrectionKind } from '../ledger/ledgerImport';
import type { KpiId } from '../metrics/kpis';
import { shownKpi } from './kpiCards';
import type { PayoutGapKind } from '../metrics/payoutCheck';
import type { KpiStatus } from '../metrics/kpiStatus';
import type { FunnelStage, FunnelStepId } from '../metrics/funnel';
import type { WeekRow } from '../metrics/weeklyMargin';
import { asOfKey, type WeeklyUpdate } from '../weeklyUpdate';

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
  /** Of those, correction rows by why they were written (docs/rules.md §4, the ledger over time). */
  ledgerCorrections: Partial<Record<CorrectionKind, number>>;
  problems: number;
  /** The payout check: orders priced against their payout, and those paid short or not at all. */
  payouts: {
    checked: number;
    atStake: number;
    gaps: Array<{ orderId: string; kind: PayoutGapKind; currency: string; gap: number }>;
  };
}

/** @example weeklySummary(update).weeks.at(-1)?.realMargin */
export function weeklySummary(update: WeeklyUpdate): WeeklySummary {
  return {
    baseCurrency: update.settings.baseCurrency,
    asOf: asOfKey(update),
    // Money to the cent (docs/rules.md §5): float sums never show as 3524167.500000001.
    weeks: update.weeks.map((week) => ({
      weekStart: week.weekStart,
      sales: roundCents(week.sales),
      refunds: roundCents(week.refunds),
      cogs: roundCents(week.cogs),
      shipping: roundCents(week.shipping),
      packaging: roundCents(week.packaging),
      fees: roundCents(week.fees),
      affiliate: roundCents(week.affiliate),
      ads: roundCents(week.ads),
      coupons: roundCents(week.coupons),
      penalties: roundCents(week.penalties),
      other: roundCents(week.other),
      realMargin: roundCents(week.realMargin),
      marginRate: week.marginRate,
      storeDiscounts: roundCents(week.storeDiscounts),
      paidOrders: week.paidOrders,
      disputes: week.disputes,
      disputeRate: week.disputeRate,
    })),
    // As the KPI tab and the sidebar show them: NO DATA without rows in a source tab.
    kpis: update.kpis.map((kpi) => {
      const { value, status } = shownKpi(kpi, update);
      return { id: kpi.id, value, target: kpi.target, status };
    }),
    funnel: {
      steps: update.funnel.steps.map(({ id, count, conversion }) => ({ id, count, conversion })),
      weakestStep: update.funnel.weakestStep,
      advice: update.funnel.advice?.[update.lang] ?? null,
    },
    ledgerRowsAdded: update.import.rows.length,
    ledgerCorrections: update.import.corrections,
    problems: update.problems.length,
    payouts: {
      checked: update.payouts.checked,
      atStake: update.payouts.atStake,
      gaps: update.payouts.gaps.map(({ orderId, kind, currency, gap }) => ({
        orderId,
        kind,
        currency,
        gap,
      })),
    },
  };
}
