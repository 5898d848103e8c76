/**
 * The SKU tab (docs/rules.md §2): unit costs for COGS, stock and prices. A cost keeps its own currency:
 * the import converts it at the rate of each order's pay date (docs/rules.md §4, dating), and reports
 * a currency without a rate then. A blank cost is null, and the ledger import reports it when a
 * sale needs it.
 */
import type { ReadContext } from './readContext';
import type { SkuInfo } from './records';
import { readTabRows, type TabRead } from './tabRows';

export interface SkusRead extends TabRead<SkuInfo> {
  /** The unit-cost header as written (for Problems about missing costs). */
  costColumn: string | null;
}

/** @example readSkus([['SKU', '원가'], ['cm-210', '₩12,000']], ctx).records[0].cost // { amount: 12000, currency: 'KRW' } */
export function readSkus(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): SkusRead {
  let costColumn: string | null = null;
  const read = readTabRows(values, 'sku', ctx, numberFormats, (row) => {
    if (row.has('unitCost')) costColumn ??= row.header('unitCost');
    const currencyOptions = { currencyKey: 'currency' } as const;
    const price = row.money('price');
    const cost = row.money('unitCost');
    return {
      row: row.sheetRow,
      sku: row.requiredId('sku'),
      title: row.text('title') ?? '',
      cost:
        cost === null
          ? null
          : { amount: cost.amount, currency: row.currencyOf(cost, currencyOptions) },
      price: price?.amount ?? null,
      priceCurrency: price === null ? null : row.currencyOf(price, currencyOptions),
      primaryKeyword: row.text('keyword'),
      productId: row.id('productId'),
      // Read last, once nothing else can drop the row: a stock it cannot read is unknown, and
      // the SKU keeps its cost, title and price.
      stock: row.count('stock', true),
    };
  });
  return { ...read, costColumn };
}
