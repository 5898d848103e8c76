/**
 * Order lines (docs/rules.md §4, "Orders and their lines"): a multi-SKU order's sale and what belongs to
 * it are split across its SKU lines, so SKU Margin, Pareto classes and stock cover see every SKU;
 * the order's total never changes.
 */
import { roundCents } from '../read/money';
import type { OrderLine } from '../read/records';

/** One SKU of an order (null: the export names no product) and how many units. */
export interface SaleLine {
  sku: string | null;
  qty: number;
}

/**
 * The order's lines with each SKU once (an export may list a SKU twice), in first-seen order.
 * @example mergedLines([{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2 }, { sku: 'A', qty: 1 }])
 * // [{ sku: 'A', qty: 2 }, { sku: 'B', qty: 2 }]
 */
export function mergedLines(lines: readonly OrderLine[]): SaleLine[] {
  // An order has a few lines: a search of them costs less than a Map per order.
  const merged: SaleLine[] = [];
  for (const line of lines) {
    const sku = line.sku === '' ? null : line.sku;
    const same = merged.find((other) => other.sku === sku);
    if (same === undefined) merged.push({ sku, qty: line.qty });
    else same.qty += line.qty;
  }
  return merged.length > 0 ? merged : [{ sku: null, qty: 1 }];
}

/**
 * Each line's weight: quantity × the SKU's price (in the base currency) when every line has a
 * price, else the quantity alone.
 * @example lineWeights([{ sku: 'A', qty: 2 }, { sku: 'B', qty: 1 }], (sku) => (sku === 'A' ? 5 : 10)) // [10, 10]
 */
export function lineWeights(
  lines: readonly SaleLine[],
  priceOf: (sku: string) => number | null,
): number[] {
  const prices = lines.map((line) => (line.sku === null ? null : priceOf(line.sku)));
  const priced = prices.every((price) => price !== null && price > 0);
  return lines.map((line, i) => (priced ? line.qty * (prices[i] as number) : line.qty));
}

/**
 * `total` in proportion to `weights`, to the cent; the last share takes the rounding, so the
 * shares always add up to the total.
 * @example splitAmount(100, [1, 1, 1]) // [33.33, 33.33, 33.34]
 */
export function splitAmount(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const shares: number[] = [];
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const last = i === weights.length - 1;
    const share = last
      ? roundCents(total - given)
      : roundCents(sum > 0 ? (total * (weights[i] as number)) / sum : total / weights.length);
    shares.push(share);
    given += share;
  }
  return shares;
}
