import type { ReadContext } from '../readContext';
import type { AdRow } from '../records';
import { readTabRows, type TabRead } from './tabRows';

/**
 * Reads the Ads tab: one row per day and campaign/keyword. Spend and revenue are converted to
 * the base currency at the rate of the row's date; a blank spend is a Problem (a day without
 * spend is written 0), a blank revenue is null. A row without a campaign is named by its SKU.
 * @example readAds([['날짜', '캠페인', '광고비'], ['2025-09-01', '폰케이스', '$2.50']], ctx)
 * // records[0].spend // 3450 with USD at 1380
 */
export function readAds(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): TabRead<AdRow> {
  return readTabRows(values, 'ads', ctx, numberFormats, (row) => {
    const date = row.requiredDate('date');
    const sku = row.id('sku');
    return {
      row: row.sheetRow,
      date,
      campaign: row.text('campaign') ?? sku ?? '',
      sku,
      impressions: row.count('impressions'),
      clicks: row.count('clicks'),
      spend: row.requiredMoneyInBase('spend', date).base,
      orders: row.count('orders'),
      revenue: row.moneyInBase('revenue', date)?.base ?? null,
    };
  });
}
