/** STOCK_COVER_DAYS: how many days the stock lasts at the last 14 days' selling pace. */
import { isBlank } from '../read/cell';
import { normalizeId } from '../read/ids';
import { localDateKey } from '../time/dates';
import { msg, t } from '../text/messages';
import { PACE_DAYS, stockCover, type StockCoverRow } from '../metrics/stockCover';
import type { Lang } from '../text/language';
import { computeWith, type FunctionInputs } from './functionInputs';
import { AS_OF_PARAM, ORDERS_PARAM, SETTINGS_PARAM, SKUS_PARAM } from './params';
import type { CellOut, CustomFunctionSpec } from './spec';
import { labels, spill } from './table';

function coverTable(rows: readonly StockCoverRow[], lang: Lang): CellOut[][] {
  return spill(
    labels(lang, ['col.sku', 'col.stock', 'col.dailyUnits', 'col.coverDays', 'col.alert']),
    rows.map((row) => [
      row.sku,
      row.stock,
      row.dailyUnits,
      row.coverDays,
      row.alert ? t('alert.reorder', lang) : '',
    ]),
  );
}

function coverOfSku(
  rows: readonly StockCoverRow[],
  sku: unknown,
  asOf: Date,
  inputs: FunctionInputs,
): number {
  const row = rows.find((candidate) => candidate.sku === normalizeId(sku));
  if (row === undefined) {
    return inputs.badArgument('fn.arg.sku', sku, msg('expected.skuInRange'));
  }
  return (
    row.coverDays ??
    inputs.answer('fn.noData.stockCover', {
      sku: row.sku,
      days: PACE_DAYS,
      asOf: localDateKey(asOf, inputs.ctx.timeZone),
    })
  );
}

export const STOCK_COVER_DAYS: CustomFunctionSpec = {
  name: 'STOCK_COVER_DAYS',
  summary: {
    en: 'Stock cover in days: stock ÷ mean units sold a day over the 14 days before the as-of day; alert when shorter than the lead time.',
    ko: '재고 소진 일수: 재고 ÷ 기준일 전 14일 하루 평균 판매량. 리드타임보다 짧으면 알림.',
  },
  params: [
    SKUS_PARAM,
    ORDERS_PARAM,
    {
      name: 'sku',
      type: 'text',
      optional: true,
      description: {
        en: 'Optional: one SKU for just its days; default: a table of every SKU.',
        ko: '선택: SKU 하나(그 SKU의 일수만). 비워 두면 모든 SKU 표.',
      },
    },
    AS_OF_PARAM,
    SETTINGS_PARAM,
  ],
  returns: {
    en: 'Days for one SKU, or a table: SKU, stock, units a day, cover days, alert (shortest cover first).',
    ko: 'SKU 하나의 일수, 또는 SKU·재고·하루 판매량·소진 일수·알림 표(짧은 순).',
  },
  example: '=STOCK_COVER_DAYS(SKU!A:G, Orders!A:Z, "KB-SUN-50", , Settings!A:C)',
  run([skus, orders, sku, asOf, settings], ctx) {
    return computeWith(ctx, settings, (inputs) => {
      const orderRows = inputs.orders(orders);
      const until = inputs.ordersAsOf(asOf, orderRows);
      const rows = stockCover(
        inputs.skus(skus),
        orderRows,
        until,
        ctx.timeZone,
        inputs.settings.stockLeadTimeDays,
      );
      const wanted = inputs.scalar(sku, 'fn.arg.sku');
      return isBlank(wanted)
        ? coverTable(rows, inputs.lang)
        : coverOfSku(rows, wanted, until, inputs);
    });
  },
};
