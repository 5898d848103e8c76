/**
 * A small seeded PRNG (mulberry32). The demo must come out identical for the same seed on any
 * machine, so nothing in the demo reads Math.random or the clock.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `weights[i]` is the relative chance of `items[i]`. */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  normal(mean: number, sd: number): number;
  /** exp(normal): for durations that are skewed to the right (shipping, reply delays). */
  logNormal(median: number, sigma: number): number;
  chance(probability: number): boolean;
  /**
   * An independent stream named by `label`: each tab draws from its own fork, so adding a draw
   * to one tab's generator leaves every other tab unchanged.
   */
  fork(label: string): Rng;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    weightedPick: (items, weights) => weightedPick(next(), items, weights),
    normal: (mean, sd) => mean + sd * standardNormal(next),
    logNormal: (median, sigma) => median * Math.exp(sigma * standardNormal(next)),
    chance: (probability) => next() < probability,
    fork: (label) => createRng(hashLabel(seed, label)),
  };
  return rng;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function standardNormal(next: () => number): number {
  // Box–Muller; 1 - next() keeps the logarithm's argument above zero.
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

function weightedPick<T>(draw: number, items: readonly T[], weights: readonly number[]): T {
  let remaining = draw * weights.reduce((sum, weight) => sum + weight, 0);
  for (let i = 0; i < items.length; i++) {
    remaining -= weights[i];
    if (remaining < 0) return items[i];
  }
  return items[items.length - 1];
}

/** FNV-1a over the label, started from the seed. */
function hashLabel(seed: number, label: string): number {
  let hash = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 16777619) >>> 0;
  }
  return hash;
}
