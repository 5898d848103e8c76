/**
 * The sidebar's KPI cards: each KPI's number, target and status in words, and what to do when
 * it is not OK (docs/rules.md §8). A KPI whose source tab is missing says which tab, rather than
 * judging from nothing.
 */
import { formatNumber, formatPercent, NO_FIGURE } from '../text/displayText';
import type { Kpi, KpiId } from '../metrics/kpis';
import type { KpiStatus } from '../metrics/kpiStatus';
import type { Lang } from '../text/language';
import { render, t } from '../text/messages';
import type { TabId } from '../read/tabSpecs';
import { tabSpec } from '../read/tabSpecs';

export interface KpiCard {
  id: KpiId;
  name: string;
  /** The raw value, for tests and tooltips; null without data. */
  value: number | null;
  valueText: string;
  targetText: string;
  status: KpiStatus;
  statusText: string;
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

export interface KpiCardContext {
  lang: Lang;
  /** The input tabs found, by id. */
  present: ReadonlySet<TabId>;
  windowDays: number;
}

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

/** A missing tab first; then the KPI's own reservation (missing costs, short history). */
function adviceFor(kpi: Kpi, missing: TabId | undefined, ctx: KpiCardContext): string | null {
  const { lang } = ctx;
  if (missing) return t('sidebar.needsTab', lang, { tab: tabSpec(missing)[lang] });
  if (kpi.note) return render(kpi.note, lang);
  if (kpi.status === 'OK') return null;
  if (kpi.status === 'NO DATA') return t('sidebar.noRecentData', lang, { days: ctx.windowDays });
  return t(`todo.${kpi.id}`, lang);
}

/**
 * A KPI as the sidebar and the KPI tab show it: without a tab it is computed from, no value and
 * NO DATA, and the advice names the tab; otherwise its own value, status and advice.
 */
export function shownKpi(
  kpi: Kpi,
  ctx: KpiCardContext,
): { value: number | null; status: KpiStatus; advice: string | null } {
  const missing = SOURCE_TABS[kpi.id].find((id) => !ctx.present.has(id));
  const status: KpiStatus = missing ? 'NO DATA' : kpi.status;
  const value = missing ? null : kpi.value;
  return { value, status, advice: adviceFor({ ...kpi, status }, missing, ctx) };
}

/** @example kpiCards(update.kpis, { lang: 'ko', present, windowDays: 28 })[0].valueText // '12.48%' */
export function kpiCards(list: readonly Kpi[], ctx: KpiCardContext): KpiCard[] {
  const { lang } = ctx;
  return list.map((kpi) => {
    const { value, status, advice } = shownKpi(kpi, ctx);
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
      statusText: t(`sidebar.status.${status}`, lang),
      advice,
    };
  });
}
