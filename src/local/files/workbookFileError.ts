/** A problem with a workbook file, worded as one plain sentence for the user (never a stack trace). */
export class WorkbookFileError extends Error {
  override name = 'WorkbookFileError';
}
