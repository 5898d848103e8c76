/**
 * The Traffic tab (docs/rules.md §2): Business Advisor product analysis (商品ID, 搜索曝光量, 商品页访客数,
 * 加购物车人数, 下单买家数, 支付买家数), the Korean export or the tab "Set up sheets" writes.
 */
import { msg } from '../text/messages';
import { parsePercent } from './percent';
import type { ReadContext } from './readContext';
import type { TrafficRow } from './records';
import type { ColumnKey } from './tabSpecs';
import { readTabRows, type RowCells, type TabRead } from './tabRows';

type TrafficCells = RowCells<ColumnKey<'traffic'>>;

/**
 * Reads the Traffic tab. The period cell is a date (a one-day period) or a range
 * `2025-09-01 ~ 2025-09-07`. A count left blank (or whose column is missing) is derived from
 * its rate when the export has one: visitors = impressions × click rate (search CTR, close
 * enough for the funnel), and cart / ordering / paying = visitors × their conversion rate,
 * as Business Advisor defines them, rounded to whole buyers. A rate cell is read only then.
 * @example readTraffic([['기간', '노출수'], ['2025-09-01 ~ 2025-09-07', '1,234']], ctx)
 * // records[0]: { start: 09-01, end: 09-07, impressions: 1234, visitors: null, … }
 */
export function readTraffic(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): TabRead<TrafficRow> {
  return readTabRows(values, 'traffic', ctx, numberFormats, (row) => {
    const period = row.requiredRange('period');
    const impressions = row.count('impressions');
    const visitors = row.count('visitors') ?? fromRate(row, impressions, 'clickRate');
    if (impressions === null && visitors === null) {
      return row.reject(
        row.has('visitors') ? 'visitors' : 'impressions',
        msg('expected.trafficCount'),
      );
    }
    return {
      row: row.sheetRow,
      start: period.start,
      end: period.end,
      productId: row.id('productId'),
      impressions,
      visitors,
      cart: row.count('addToCartBuyers') ?? fromRate(row, visitors, 'addToCartRate'),
      ordering: row.count('orderingBuyers') ?? fromRate(row, visitors, 'orderRate'),
      paying: row.count('payingBuyers') ?? fromRate(row, visitors, 'payRate'),
    };
  });
}

/** base × the rate in `rateKey`, rounded; null when either is blank. */
function fromRate(
  row: TrafficCells,
  base: number | null,
  rateKey: 'clickRate' | 'addToCartRate' | 'orderRate' | 'payRate',
): number | null {
  if (base === null || row.isBlank(rateKey)) return null;
  const rate = parsePercent(row.cell(rateKey));
  return rate.ok ? Math.round(base * rate.value) : row.reject(rateKey, rate.expected);
}
