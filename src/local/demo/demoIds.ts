import type { Rng } from './rng';

/** Digits drawn per PRNG call: well inside its 32 bits of randomness. */
const CHUNK_DIGITS = 7;

/** Random digit ids that never repeat and never hit a reserved (planted) id. */
export class UniqueIds {
  private readonly used: Set<string>;

  constructor(
    private readonly rng: Rng,
    reserved: Iterable<string> = [],
  ) {
    this.used = new Set(reserved);
  }

  /** `prefix` followed by random digits, `length` digits in all, drawn from `rng`. */
  next(prefix: string, length: number, rng = this.rng): string {
    for (;;) {
      let id = prefix;
      while (id.length < length) {
        const digits = Math.min(CHUNK_DIGITS, length - id.length);
        id += String(rng.int(0, 10 ** digits - 1)).padStart(digits, '0');
      }
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
