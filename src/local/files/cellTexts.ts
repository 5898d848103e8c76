/** How many distinct texts a CellTexts remembers before it starts afresh. */
const REMEMBERED_TEXTS = 1 << 16;

/** Room for the UTF-8 of most cells, reused for every copy (a fresh Buffer each is slower). */
const scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The cells papaparse hands out are slices of the whole decoded file, and one slice keeps all of
 * that text alive: 100,000 orders are 98 MB of two-byte text, held by 2.7 million cells for as
 * long as the workbook lives. `keep` gives each cell a text of its own instead, copied once per
 * distinct text and shared by the cells that repeat it (statuses, amounts, countries, times).
 * The table is bounded, so a file of all-distinct texts costs no more than a copy of each.
 */
export class CellTexts {
  private remembered = new Map<string, string>();

  keep(text: string): string {
    if (text === '') return '';
    const known = this.remembered.get(text);
    if (known !== undefined) return known;
    if (this.remembered.size >= REMEMBERED_TEXTS) this.remembered.clear();
    const own = ownCopy(text);
    this.remembered.set(text, own);
    return own;
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
