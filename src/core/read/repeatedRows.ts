/**
 * Remembers the rows read so far, so that a row repeating an earlier one cell for cell (the
 * same export pasted twice) is read once (docs/rules.md §3: Ads and Settlement). Two cells are
 * the same when they read the same: a text and a number that write the same digits, two Dates
 * of one instant.
 *
 * Rows are kept by a hash of their cells and compared cell by cell only when hashes meet.
 * Joining each row into one text to look it up took about 40% of the bench's Settlement read
 * (27,000 rows of long product names), and kept every text until the read ended.
 * @example const repeats = new RepeatedRows(); repeats.isRepeat(row) // false, then true for its copy
 */
export class RepeatedRows {
  private readonly byHash = new Map<number, Array<readonly unknown[]>>();
  count = 0;

  isRepeat(row: { cells(): readonly unknown[] }): boolean {
    const cells = row.cells();
    const hash = rowHash(cells);
    const earlier = this.byHash.get(hash);
    if (earlier === undefined) {
      this.byHash.set(hash, [cells]);
      return false;
    }
    if (earlier.some((other) => sameCells(other, cells))) {
      this.count++;
      return true;
    }
    earlier.push(cells);
    return false;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Mixed in after each cell, so that ['ab', 'c'] and ['a', 'bc'] hash apart. */
const CELL_END = 0x1f;

/** 32-bit FNV-1a over the texts of the cells: equal rows, equal hashes. */
function rowHash(cells: readonly unknown[]): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < cells.length; i++) {
    const text = cellText(cells[i]);
    for (let c = 0; c < text.length; c++) hash = Math.imul(hash ^ text.charCodeAt(c), FNV_PRIME);
    hash = Math.imul(hash ^ CELL_END, FNV_PRIME);
  }
  return hash;
}

function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && cellText(a[i]) !== cellText(b[i])) return false;
  }
  return true;
}

/** What a cell reads as: a text as it is, a Date by its instant, anything else as String gives it. */
function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  return cell instanceof Date ? `@${cell.getTime()}` : String(cell);
}
