/**
 * The SKU tab (SPEC §2): unit costs for COGS, stock and prices. A cost is converted at the
 * newest rate (it is what the SKU costs now); a blank cost is null, and the ledger import
 * reports it when a sale needs it.
 */
import type { ReadContext } from '../readContext';
import type { SkuInfo } from '../records';
import { readTabRows, type TabRead } from './tabRows';

/** @example readSkus([['SKU', '원가'], ['cm-210', '₩12,000']], ctx).records[0].unitCost // 12000 */
export function readSkus(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): TabRead<SkuInfo> {
  return readTabRows(values, 'sku', ctx, numberFormats, (row) => {
    const currencyOptions = { currencyKey: 'currency' } as const;
    const price = row.money('price');
    return {
      row: row.sheetRow,
      sku: row.requiredId('sku'),
      title: row.text('title') ?? '',
      unitCost: row.moneyInBase('unitCost', null, currencyOptions)?.base ?? null,
      stock: row.count('stock'),
      price: price?.amount ?? null,
      priceCurrency: price === null ? null : row.currencyOf(price, currencyOptions),
      primaryKeyword: row.text('keyword'),
    };
  });
}
