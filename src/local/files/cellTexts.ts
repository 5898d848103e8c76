/** How many distinct texts a column remembers before it starts afresh. */
const REMEMBERED_TEXTS = 1 << 16;

/** Cells of a column looked up before deciding whether remembering its texts pays. */
const SAMPLE_CELLS = 1000;

/** Room for the UTF-8 of most cells, reused for every copy (a fresh Buffer each is slower). */
const scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The cells papaparse hands out are slices of the whole decoded file, and one slice keeps all of
 * that text alive: 100,000 orders are 98 MB of two-byte text, held by 2.7 million cells for as
 * long as the workbook lives. `keep` gives each cell a text of its own instead, copied once per
 * distinct text of a column and shared by the cells that repeat it (statuses, amounts,
 * countries). A column of mostly distinct texts (ids, addresses) stops remembering: looking its
 * texts up would cost more than the copies it saves. Each table is bounded, so a column of
 * all-distinct texts costs no more than a copy of each.
 */
export class CellTexts {
  private columns: ColumnTexts[] = [];

  keep(text: string, column: number): string {
    if (text === '') return '';
    const texts = (this.columns[column] ??= new ColumnTexts());
    return texts.keep(text);
  }
}

class ColumnTexts {
  /** Keyed by the slices themselves: this table goes with the parse, and the file text with it. */
  private remembered: Map<string, string> | null = new Map();
  private cells = 0;
  private misses = 0;

  keep(text: string): string {
    if (this.remembered === null) return ownCopy(text);
    this.cells++;
    const known = this.remembered.get(text);
    if (known !== undefined) return known;
    this.misses++;
    const own = ownCopy(text);
    if (this.cells >= SAMPLE_CELLS && this.misses * 2 > this.cells) this.remembered = null;
    else this.remember(text, own);
    return own;
  }

  private remember(text: string, own: string): void {
    const remembered = this.remembered as Map<string, string>;
    if (remembered.size >= REMEMBERED_TEXTS) remembered.clear();
    remembered.set(text, own);
  }
}

/*
 * A copy that shares nothing with `text`. Through UTF-8 because the round trip is lossless for
 * decoded text (well-formed UTF-16) and gives a one-byte string for ASCII, which is most cells:
 * half the size of the two-byte slices they were cut from.
 */
function ownCopy(text: string): string {
  if (text.length * 3 > scratch.length) return Buffer.from(text, 'utf8').toString('utf8');
  const bytes = scratch.write(text, 'utf8');
  return scratch.toString('utf8', 0, bytes);
}
