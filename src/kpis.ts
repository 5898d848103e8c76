import { kpiStatus, type KpiDirection, type KpiStatus } from './kpiStatus';
import type { Settings } from './settings';

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
}

export type KpiValues = Record<KpiId, number | null>;

/** Each KPI's target from Settings and which way is good (SPEC §5). */
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

/**
 * The KPI list with statuses. Repurchase has no fixed target: it is OK while trending up or
 * flat, WARN when it falls (SPEC §5 "trending up").
 */
export function kpis(
  values: KpiValues,
  settings: Settings,
  repurchaseTrend: 'up' | 'down' | 'flat' | null,
): Kpi[] {
  return KPI_IDS.map((id) => {
    const { target, direction } = targetOf(id, settings);
    const value = values[id];
    const status: KpiStatus =
      target !== null
        ? kpiStatus(value, target, direction)
        : value === null || repurchaseTrend === null
          ? 'NO DATA'
          : repurchaseTrend === 'down'
            ? 'WARN'
            : 'OK';
    return { id, value, target, direction, status };
  });
}
