import { DAY, PERIOD_DAYS, type DemoTime, type TimeWindow } from './demoPeriod';

/** The tabs AliExpress (or its ads dashboard) exports, in the demo workbook's order. */
export const EXPORT_TABS = ['주문', '분쟁', '유입', '광고', '리뷰', '메시지', '정산'] as const;
export type ExportTab = (typeof EXPORT_TABS)[number];

/**
 * How far back the export tabs reach from the as-of time:
 * - 'period' (default): everything since the period's first day, except 정산, a one-week fund
 *   flow; the bundled demo as it has always been, a seller's tabs grown by pasting.
 * - 'download': what one download covers, as a seller pastes this week's exports over last
 *   week's: orders, disputes, reviews and messages of the last 28 days, Business Advisor's last
 *   4 weekly rows, and the last 7 days of ads and of the fund flow.
 */
export type DemoWindows = 'period' | 'download';

const DOWNLOAD_DAYS: Record<ExportTab, number> = {
  주문: 28,
  분쟁: 28,
  유입: 28,
  광고: 7,
  리뷰: 28,
  메시지: 28,
  정산: 7,
};

export function exportWindow(tab: ExportTab, asOf: DemoTime, windows: DemoWindows): TimeWindow {
  const days = windows === 'download' || tab === '정산' ? DOWNLOAD_DAYS[tab] : PERIOD_DAYS;
  return { first: Math.max(0, asOf + 1 - days * DAY), asOf };
}

export function isExportTab(name: string): name is ExportTab {
  return (EXPORT_TABS as readonly string[]).includes(name);
}
