import { msg, type MessageParam } from '../../core/text/messages';
import { loadedSheetCells, MAX_SPREADSHEET_CELLS } from '../harness/limits';
import type { GridSize } from './grid';
import { WorkbookFileError } from './workbookFileError';

/**
 * The one sentence for a workbook Sheets could not hold, whoever finds it too big; `what` is its
 * path, or a sentence part such as msg('cli.pasted', …).
 */
export function tooManyCells(what: MessageParam, max = MAX_SPREADSHEET_CELLS): WorkbookFileError {
  const limit = max.toLocaleString('en-US');
  return new WorkbookFileError(msg('file.tooManyCells', { what, limit }));
}

/**
 * Stops a load as soon as the tabs read so far could not fit in one Google spreadsheet, so a
 * huge file is refused with a sentence after reading 10 million cells of it, not after running
 * out of memory. Sizes are content so far, which only grows: a refusal is never premature.
 */
export class CellBudget {
  private finished = 0;

  constructor(
    private readonly what: string,
    private readonly max = MAX_SPREADSHEET_CELLS,
  ) {}

  /** The sheet being read now holds content up to `size`. */
  grow(size: GridSize): void {
    if (this.finished + loadedSheetCells(size.height, size.width) > this.max) {
      throw tooManyCells(this.what, this.max);
    }
  }

  /** The sheet is read whole: its cells count against every later one. */
  finish(size: GridSize): void {
    this.grow(size);
    this.finished += loadedSheetCells(size.height, size.width);
  }
}
