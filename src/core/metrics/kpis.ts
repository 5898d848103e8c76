import type { CostCoverage } from './costCoverage';
import { kpiStatus, type KpiDirection, type KpiStatus } from './kpiStatus';
import { msg, type Msg } from '../text/messages';
import type { Settings } from '../read/settings';

export const KPI_IDS = [
  'marginRate',
  'disputeRate',
  'responseHours',
  'rating',
  'earlyDefectRate',
  'wrongShipmentRate',
  'repurchaseRate',
  'conversion',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export interface Kpi {
  id: KpiId;
  value: number | null;
  /** Null for a KPI judged by its trend (repurchase) rather than a fixed target. */
  target: number | null;
  direction: KpiDirection;
  status: KpiStatus;
  /** Why the number cannot be fully trusted, or why there is none (missing costs, history). */
  note: Msg | null;
}

export type KpiValues = Record<KpiId, number | null>;

/** Each KPI's target from Settings and which way is good (docs/rules.md §5). */
function targetOf(
  id: KpiId,
  settings: Settings,
): { target: number | null; direction: KpiDirection } {
  switch (id) {
    case 'marginRate':
      return { target: settings.targetMarginRate, direction: 'at-least' };
    case 'disputeRate':
      return { target: settings.targetDisputeRate, direction: 'below' };
    case 'responseHours':
      return { target: settings.targetResponseHours, direction: 'below' };
    case 'rating':
      return { target: settings.targetRating, direction: 'at-least' };
    case 'earlyDefectRate':
      return { target: settings.targetEarlyDefectRate, direction: 'below' };
    case 'wrongShipmentRate':
      return { target: settings.targetWrongShipmentRate, direction: 'below' };
    case 'repurchaseRate':
      return { target: null, direction: 'at-least' };
    case 'conversion':
      return { target: settings.categoryConversion, direction: 'at-least' };
  }
}

/** What decides how far a KPI can be trusted, besides its value. */
export interface KpiEvidence {
  /** The KPI window's sale lines and their costs; null when there is no SKU tab at all. */
  costs: CostCoverage | null;
  /** Repurchase this week against the week before; null without enough history. */
  repurchaseTrend: 'up' | 'down' | 'flat' | null;
}

/**
 * The KPI list with statuses (docs/rules.md §5, "Honest KPIs"). The margin is never green on missing
 * costs: without any cost it is NO DATA, with some lines uncosted it is at best WARN and says how
 * many orders lack a cost. Repurchase has no fixed target: OK while trending up or flat, WARN
 * when it falls, NO DATA without two weeks of history.
 */
export function kpis(values: KpiValues, settings: Settings, evidence: KpiEvidence): Kpi[] {
  return KPI_IDS.map((id) => {
    const { target, direction } = targetOf(id, settings);
    const value = values[id];
    if (id === 'marginRate') return marginKpi(value, target as number, evidence.costs);
    if (target === null) return repurchaseKpi(value, evidence.repurchaseTrend);
    return {
      id,
      value,
      target,
      direction,
      status: kpiStatus(value, target, direction),
      note: null,
    };
  });
}

function marginKpi(value: number | null, target: number, costs: CostCoverage | null): Kpi {
  const kpi = { id: 'marginRate' as const, target, direction: 'at-least' as const };
  const sold = costs === null || costs.saleLines > 0;
  if (value !== null && sold && (costs === null || costs.uncostedLines === costs.saleLines)) {
    return { ...kpi, value: null, status: 'NO DATA', note: msg('kpi.note.noCosts') };
  }
  const status = kpiStatus(value, target, 'at-least');
  if (costs === null || costs.uncostedLines === 0) return { ...kpi, value, status, note: null };
  const note = msg('kpi.note.missingCosts', { count: costs.uncostedOrders });
  return { ...kpi, value, status: status === 'OK' ? 'WARN' : status, note };
}

function repurchaseKpi(value: number | null, trend: KpiEvidence['repurchaseTrend']): Kpi {
  const kpi = {
    id: 'repurchaseRate' as const,
    value,
    target: null,
    direction: 'at-least' as const,
  };
  if (value === null || trend === null) {
    const note = value === null ? null : msg('kpi.note.shortHistory');
    return { ...kpi, status: 'NO DATA', note };
  }
  return { ...kpi, status: trend === 'down' ? 'WARN' : 'OK', note: null };
}
