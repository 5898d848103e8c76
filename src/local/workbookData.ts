/**
 * A whole spreadsheet as plain data: what the local harness holds, what the demo generator
 * builds, and what the .xlsx / CSV loaders read and write. Values follow `Range.getValues()`:
 * `string | number | boolean | Date`, with `''` for a blank cell.
 */
export type CellValue = string | number | boolean | Date;

/** One developer-metadata item attached to a sheet (`Sheet.addDeveloperMetadata(key, value)`). */
export interface DeveloperMetadataEntry {
  key: string;
  /** null for an item added with a key alone. */
  value: string | null;
}

export interface SheetData {
  name: string;
  /** Row-major values, rectangular; '' for blanks. */
  values: CellValue[][];
  /** Same shape as `values` when present; '' means the default ("General") format. */
  numberFormats?: string[][];
  /** Same shape as `values` when present; '' where the cell holds no formula. */
  formulas?: string[][];
  frozenRows?: number;
  /** Merged ranges in A1 notation, e.g. 'A1:C1'. Only the top-left cell holds a value. */
  merges?: string[];
  /**
   * Sheet-level developer metadata, in the order it was added. The add-on marks the tabs it
   * generates this way; without it a generated tab looks like the user's own on the next load.
   */
  developerMetadata?: DeveloperMetadataEntry[];
}

export interface WorkbookData {
  name: string;
  /** IANA time zone of the spreadsheet, e.g. 'Asia/Seoul'. */
  timeZone: string;
  /** Spreadsheet locale as Sheets reports it, e.g. 'ko_KR' or 'en_US'. */
  locale: string;
  sheets: SheetData[];
}
