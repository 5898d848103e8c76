/**
 * `compute` worked out once for each list (the orders read, their paid orders) and kept while the
 * list lives: the weekly update asks several metrics for the same facts of the same list, and
 * a list is never changed once read.
 * @example const paid = oncePerList(paidOrdersOf); paid(orders) === paid(orders) // true
 */
export function oncePerList<T, V>(compute: (list: readonly T[]) => V): (list: readonly T[]) => V {
  const results = new WeakMap<readonly T[], V>();
  return (list) => {
    if (!results.has(list)) results.set(list, compute(list));
    return results.get(list) as V;
  };
}
