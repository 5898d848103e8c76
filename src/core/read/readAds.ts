import type { ReadContext } from './readContext';
import type { AdRow } from './records';
import { RepeatedRows } from './repeatedRows';
import { readTabRows, type TabRead } from './tabRows';

export interface AdsRead extends TabRead<AdRow> {
  /** Rows that repeat an earlier row cell for cell: a re-paste, read once. */
  repeats: number;
}

/**
 * Reads the Ads tab: one row per day and campaign/keyword. Spend and revenue are converted to
 * the base currency at the rate of the row's date; a blank spend is a Problem (a day without
 * spend is written 0), a blank revenue is null. A row without a campaign is named by its SKU.
 * A row repeated exactly counts once; rows of one day, campaign and SKU that differ are all kept
 * (the import sums them).
 * @example readAds([['날짜', '캠페인', '광고비'], ['2025-09-01', '폰케이스', '$2.50']], ctx)
 * // records[0].spend // 3450 with USD at 1380
 */
export function readAds(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): AdsRead {
  const repeated = new RepeatedRows();
  const read = readTabRows(values, 'ads', ctx, numberFormats, (row) => {
    if (repeated.isRepeat(row)) return null;
    const date = row.requiredDate('date');
    const sku = row.id('sku');
    return {
      row: row.sheetRow,
      date,
      campaign: row.name('campaign') ?? sku ?? '',
      sku,
      impressions: row.count('impressions'),
      clicks: row.count('clicks'),
      spend: row.requiredMoneyInBase('spend', date).base,
      orders: row.count('orders'),
      revenue: row.amountInBase('revenue', date),
    };
  });
  return { ...read, repeats: repeated.count };
}
