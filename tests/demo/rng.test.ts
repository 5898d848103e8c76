import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/local/demo/rng';

const draws = <T>(count: number, draw: () => T): T[] => Array.from({ length: count }, draw);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const sequence = draws(5, a.next);
    expect(draws(5, b.next)).toEqual(sequence);
    expect(draws(5, createRng(43).next)).not.toEqual(sequence);
    for (const value of sequence) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('draws integers over the whole closed range, evenly', () => {
    const rng = createRng(1);
    const values = draws(6000, () => rng.int(1, 6));
    expect(new Set(values)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    for (let face = 1; face <= 6; face++) {
      const count = values.filter((value) => value === face).length;
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });

  it('picks by weight', () => {
    const rng = createRng(2);
    const picks = draws(10_000, () => rng.weightedPick(['a', 'b', 'c'], [1, 0, 3]));
    expect(picks).not.toContain('b');
    const shareOfC = picks.filter((pick) => pick === 'c').length / picks.length;
    expect(shareOfC).toBeGreaterThan(0.72);
    expect(shareOfC).toBeLessThan(0.78);
  });

  it('draws normal and log-normal values around their centre', () => {
    const rng = createRng(3);
    const normals = draws(20_000, () => rng.normal(10, 2));
    expect(mean(normals)).toBeCloseTo(10, 1);
    const variance = mean(normals.map((value) => (value - 10) ** 2));
    expect(Math.sqrt(variance)).toBeCloseTo(2, 1);
    const logNormals = draws(20_001, () => rng.logNormal(5, 0.4)).sort((a, b) => a - b);
    expect(logNormals[10_000]).toBeGreaterThan(4.8);
    expect(logNormals[10_000]).toBeLessThan(5.2);
  });

  it('says yes with the given probability', () => {
    const rng = createRng(4);
    const yes = draws(10_000, () => (rng.chance(0.2) ? 1 : 0));
    expect(mean(yes)).toBeGreaterThan(0.18);
    expect(mean(yes)).toBeLessThan(0.22);
    expect(draws(100, () => (rng.chance(0) ? 1 : 0))).not.toContain(1);
  });

  it('forks independent, reproducible streams by label', () => {
    const rng = createRng(5);
    const orders = draws(5, rng.fork('orders').next);
    expect(draws(5, createRng(5).fork('orders').next)).toEqual(orders);
    expect(draws(5, rng.fork('ads').next)).not.toEqual(orders);
    expect(draws(5, createRng(6).fork('orders').next)).not.toEqual(orders);
  });
});
