/** The SKU Margin table (docs/rules.md §4–§5): real margin per SKU from the ledger rows that name one. */
import type { LedgerEntry } from '../ledger/readLedger';
import type { SkuInfo } from '../read/records';
import { marginFigures, type MarginFigures } from './weeklyMargin';

/** The bucket of ledger rows that name no SKU (ads per campaign, penalties, manual rows). */
export const NO_SKU = '(no SKU)';

export type SkuRow = { sku: string; title: string } & MarginFigures;

/**
 * One row per SKU of the SKU tab (zeros when the ledger has nothing for it), per SKU that only
 * the ledger names (empty title), and a last NO_SKU row when some entries name no SKU. SKUs
 * match exactly (ids are text). Sorted by real margin, best first, ties by SKU; NO_SKU last.
 * Every entry given counts, dated or not: the caller picks the period.
 * @example skuMargin([{ type: 'sale', sku: 'A', baseAmount: 100, ... }], skus)[0].realMargin // 100
 */
export function skuMargin(entries: readonly LedgerEntry[], skus: readonly SkuInfo[]): SkuRow[] {
  const entriesBySku = new Map<string, LedgerEntry[]>(skus.map((info) => [info.sku, []]));
  const unassigned: LedgerEntry[] = [];
  // An index, not for…of: no iterator result per entry before the loop is optimised.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.sku === null) {
      unassigned.push(entry);
      continue;
    }
    const skuEntries = entriesBySku.get(entry.sku);
    if (skuEntries === undefined) entriesBySku.set(entry.sku, [entry]);
    else skuEntries.push(entry);
  }
  const titles = new Map(distinctSkus(skus).map((info) => [info.sku, info.title]));
  const rows = [...entriesBySku].map(([sku, skuEntries]) => ({
    sku,
    title: titles.get(sku) ?? '',
    ...marginFigures(skuEntries),
  }));
  rows.sort((a, b) => b.realMargin - a.realMargin || a.sku.localeCompare(b.sku));
  if (unassigned.length === 0) return rows;
  return [...rows, { sku: NO_SKU, title: '', ...marginFigures(unassigned) }];
}

/** One SkuInfo per SKU: a SKU listed twice is read from its first (lowest) row. */
export function distinctSkus(skus: readonly SkuInfo[]): SkuInfo[] {
  const byRowDescending = [...skus].sort((a, b) => b.row - a.row);
  return [...new Map(byRowDescending.map((info) => [info.sku, info])).values()];
}
