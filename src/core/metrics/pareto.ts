/** Pareto classes of SKUs (docs/rules.md §5): where the margin comes from and what drags it down. */

export type ParetoClass = 'A' | 'B' | 'C';

export interface ParetoRow {
  sku: string;
  realMargin: number;
  class: ParetoClass;
}

/** A and C each take a fifth (20%) of the SKUs. */
const CLASS_DIVISOR = 5;

/**
 * Ranks SKUs by real margin, best first (ties by SKU, so the result never depends on row order).
 * A = the top ⌈20% × n⌉ (rounded up, so every shop has at least one A: 5 SKUs → 1, 40 → 8,
 * 7 → 2); C = the bottom ⌈20% × n⌉, and any SKU with a negative margin, even a top one; B = the
 * rest. Where the top and bottom overlap (1–2 SKUs), A wins; SKUs of equal margin share the class
 * of the first of them, and a SKU that earns nothing is never A. Returned in rank order.
 * @example paretoClass([{ sku: 'A', realMargin: 900 }, { sku: 'B', realMargin: -5 }]).map((r) => r.class) // ['A', 'C']
 */
export function paretoClass(rows: readonly { sku: string; realMargin: number }[]): ParetoRow[] {
  const ranked = [...rows].sort(
    (a, b) => b.realMargin - a.realMargin || a.sku.localeCompare(b.sku),
  );
  const classSize = Math.ceil(ranked.length / CLASS_DIVISOR);
  let rank = 0;
  return ranked.map(({ sku, realMargin }, index) => {
    // Equal margins (to the cent) share the rank, and so the class, of the first of them: a
    // SKU is never graded down for its name.
    if (index > 0 && cents(realMargin) !== cents(ranked[index - 1]?.realMargin ?? 0)) rank = index;
    return { sku, realMargin, class: classOf(realMargin, rank, ranked.length, classSize) };
  });
}

function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** A margin that rounds to 0 earns nothing: never A, even when tied at the top. */
function classOf(realMargin: number, rank: number, count: number, classSize: number): ParetoClass {
  const margin = cents(realMargin);
  if (margin < 0) return 'C';
  if (rank < classSize && margin > 0) return 'A';
  return rank >= count - classSize ? 'C' : 'B';
}
