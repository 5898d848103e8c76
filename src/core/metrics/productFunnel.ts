/**
 * The funnel per product (Business Advisor's traffic rows carry the product id): which product
 * loses shoppers where. The sidebar's afternoon items name products from it: the thumbnail that
 * draws the fewest clicks, the most-viewed title that breaks the title rules.
 */
import { shareInPeriod } from './funnel';
import type { Period } from '../time/period';
import type { SkuInfo, TrafficRow } from '../read/records';
import { pairedRatio, sumOrNull } from './stats';

export interface ProductFunnel {
  productId: string;
  /** The SKU whose product id this is (SKU tab), or null when none says so. */
  sku: string | null;
  impressions: number | null;
  visitors: number | null;
  cart: number | null;
  paying: number | null;
  /** Impressions → visitors: how well the thumbnail and price draw a click. */
  clickRate: number | null;
  /** Visitors → paying buyers. */
  conversion: number | null;
}

/** Fewer impressions than this in the window say nothing about a thumbnail yet. */
export const MIN_IMPRESSIONS_TO_JUDGE = 1_000;

/**
 * Each product's funnel over `period` (rows cut by it counted pro rata), most impressions first.
 * @example productFunnels(traffic, window, skus)[0] // { productId: '1005…', sku: 'KB-SNAIL-100', clickRate: 0.021, … }
 */
export function productFunnels(
  rows: readonly TrafficRow[],
  period: Period,
  skus: readonly Pick<SkuInfo, 'sku' | 'productId'>[],
): ProductFunnel[] {
  const skuOf = new Map(
    skus.flatMap(({ sku, productId }) => (productId ? [[productId, sku]] : [])),
  );
  const byProduct = new Map<string, TrafficRow[]>();
  for (const row of shareInPeriod(rows, period)) {
    if (row.productId === null) continue;
    const list = byProduct.get(row.productId);
    if (list) list.push(row);
    else byProduct.set(row.productId, [row]);
  }
  return [...byProduct]
    .map(([productId, list]) => ({
      productId,
      sku: skuOf.get(productId) ?? null,
      impressions: sumOrNull(list.map((row) => row.impressions)),
      visitors: sumOrNull(list.map((row) => row.visitors)),
      cart: sumOrNull(list.map((row) => row.cart)),
      paying: sumOrNull(list.map((row) => row.paying)),
      clickRate: pairedRatio(list, 'visitors', 'impressions'),
      conversion: pairedRatio(list, 'paying', 'visitors'),
    }))
    .sort(
      (a, b) =>
        (b.impressions ?? -1) - (a.impressions ?? -1) || a.productId.localeCompare(b.productId),
    );
}

/** The product whose thumbnail draws the fewest clicks, among those seen enough; null if none. */
export function weakestThumbnail(products: readonly ProductFunnel[]): ProductFunnel | null {
  let weakest: ProductFunnel | null = null;
  for (const product of products) {
    if ((product.impressions ?? 0) < MIN_IMPRESSIONS_TO_JUDGE || product.clickRate === null)
      continue;
    if (weakest === null || product.clickRate < (weakest.clickRate ?? Infinity)) weakest = product;
  }
  return weakest;
}
