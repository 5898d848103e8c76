/**
 * The sidebar's KPI cards: each KPI's number, target and status in words, and what to do when
 * it is not OK (docs/rules.md §8). A KPI whose source tab is missing or empty says which tab,
 * rather than judging from nothing.
 */
import { formatNumber, formatPercent, NO_FIGURE } from '../text/displayText';
import type { Kpi, KpiId } from '../metrics/kpis';
import type { KpiStatus } from '../metrics/kpiStatus';
import type { Lang } from '../text/language';
import { render, t } from '../text/messages';
import type { TabId } from '../read/tabSpecs';
import { tabSpec } from '../read/tabSpecs';
import type { WeeklyUpdate } from '../weeklyUpdate';

export interface KpiCard {
  id: KpiId;
  name: string;
  /** The raw value, for tests and tooltips; null without data. */
  value: number | null;
  valueText: string;
  targetText: string;
  /** Worded by the sidebar (sidebarLabels.ts). */
  status: KpiStatus;
  /** One sentence of what to do; null when the KPI is OK. */
  advice: string | null;
}

/** The tabs a KPI is computed from: without them its number would mean nothing. */
const SOURCE_TABS: Record<KpiId, readonly TabId[]> = {
  marginRate: [],
  disputeRate: ['orders', 'disputes'],
  responseHours: ['messages'],
  rating: ['reviews'],
  earlyDefectRate: ['orders', 'disputes'],
  wrongShipmentRate: ['orders', 'disputes'],
  repurchaseRate: ['orders'],
  conversion: ['traffic'],
};

function formatMeasure(id: KpiId, value: number | null, lang: Lang): string {
  if (value === null) return NO_FIGURE;
  switch (id) {
    case 'responseHours':
      return t('sidebar.hours', lang, { value: formatNumber(value, lang, 1) });
    case 'rating':
      return formatNumber(value, lang, 2);
    default:
      return formatPercent(value, lang);
  }
}

/** Response time's table name carries its unit, '(h)'; on a card the value does. */
function kpiName(id: KpiId, lang: Lang): string {
  return id === 'responseHours' ? t('sidebar.kpi.responseHours', lang) : t(`kpi.${id}`, lang);
}

/**
 * Why figures from these tabs cannot be judged: the first that is missing or empty, in a
 * sentence; null when each holds rows.
 */
export function tabGap(update: WeeklyUpdate, tabs: readonly TabId[]): string | null {
  const { lang } = update;
  for (const id of tabs) {
    const name = update.tabNames[id];
    if (name === undefined) return t('sidebar.needsTab', lang, { tab: tabSpec(id)[lang] });
    if (update.emptyTabs.includes(id)) return t('sidebar.emptyTab', lang, { tab: name });
  }
  return null;
}

/** The KPI's own reservation (missing costs, short history), else what to do when not OK. */
function adviceFor(kpi: Kpi, update: WeeklyUpdate): string | null {
  const { lang } = update;
  if (kpi.note) return render(kpi.note, lang);
  if (kpi.status === 'OK') return null;
  if (kpi.status === 'NO DATA') {
    return t('sidebar.noRecentData', lang, { days: update.settings.kpiWindowDays });
  }
  return t(`todo.${kpi.id}`, lang);
}

/**
 * A KPI as the sidebar and the KPI tab show it: without rows in a tab it is computed from, no
 * value and NO DATA, and the advice names the tab; otherwise its own value, status and advice.
 */
export function shownKpi(
  kpi: Kpi,
  update: WeeklyUpdate,
): { value: number | null; status: KpiStatus; advice: string | null } {
  const gap = tabGap(update, SOURCE_TABS[kpi.id]);
  if (gap) return { value: null, status: 'NO DATA', advice: gap };
  return { value: kpi.value, status: kpi.status, advice: adviceFor(kpi, update) };
}

/** @example kpiCards(update)[0].valueText // '12.48%' */
export function kpiCards(update: WeeklyUpdate): KpiCard[] {
  const { lang } = update;
  return update.kpis.map((kpi) => {
    const { value, status, advice } = shownKpi(kpi, update);
    return {
      id: kpi.id,
      name: kpiName(kpi.id, lang),
      value,
      valueText: formatMeasure(kpi.id, value, lang),
      targetText: t('sidebar.target', lang, {
        target:
          kpi.target === null
            ? t('sidebar.trendUp', lang)
            : formatMeasure(kpi.id, kpi.target, lang),
      }),
      status,
      advice,
    };
  });
}
