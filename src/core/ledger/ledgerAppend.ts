/**
 * Where planned Ledger rows go in the user's own Ledger tab. Its columns may be in any order
 * and under any accepted alias, and it may lack columns the import needs (most often Source
 * Key): those are added after its last header cell, never by moving the user's columns. Where
 * the rows go is read from the sheet just before they are written (see appendToLedger).
 */
import { isBlank } from '../read/cell';
import type { Lang } from '../text/language';
import { setupHeaders } from '../read/tabSpecs';
import { detectColumns } from '../read/tabs';

/** The canonical order of ledgerImport's planned rows. */
const PLANNED_KEYS = [
  'date',
  'type',
  'amount',
  'currency',
  'sku',
  'orderId',
  'memo',
  'sourceKey',
] as const;
type PlannedKey = (typeof PLANNED_KEYS)[number];

export interface LedgerAppend {
  /** The tab is missing or blank: write `setupHeaders('ledger', lang)` as row 1 first. */
  writeHeader: boolean;
  /** 1-based sheet row of the header; header cells to add go there. */
  headerRow: number;
  /** Header cells to write first, at 1-based columns (empty when every column exists). */
  headerAdditions: Array<{ column: number; name: string }>;
  /** Rows laid out in the tab's own column order, as wide as `width`. */
  rows: unknown[][];
  width: number;
  /** 0-based columns of each planned key, for formats. */
  columns: Record<PlannedKey, number>;
}

function lastFilledRow(values: readonly unknown[][]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if (!(values[r] ?? []).every(isBlank)) return r + 1;
  }
  return 0;
}

/**
 * @param values the Ledger tab's values, or null when there is no Ledger tab yet.
 * @example layoutLedgerAppend([['Source Key', 'Amount', 'Type', 'Date']], planned, 'Ledger', 'en').rows[0]
 * // [sourceKey, amount, type, date, currency, sku, orderId, memo]: missing columns added at the end
 */
export function layoutLedgerAppend(
  values: readonly unknown[][] | null,
  planned: readonly unknown[][],
  tabName: string,
  lang: Lang,
): LedgerAppend {
  const writeHeader = values === null || lastFilledRow(values) === 0;
  const ledgerValues = writeHeader ? [setupHeaders('ledger', lang)] : values;
  const detected = detectColumns(ledgerValues as unknown[][], 'ledger', tabName);
  const headerWidth = (ledgerValues[detected.headerRow] ?? []).length;
  const names = setupHeaders('ledger', lang);
  const columns = {} as Record<PlannedKey, number>;
  const headerAdditions: LedgerAppend['headerAdditions'] = [];
  let width = headerWidth;
  PLANNED_KEYS.forEach((key, i) => {
    const found = detected.columns[key];
    if (found !== undefined) {
      columns[key] = found;
    } else {
      columns[key] = width;
      headerAdditions.push({ column: width + 1, name: names[i] ?? key });
      width++;
    }
  });
  return {
    writeHeader,
    headerRow: detected.headerRow + 1,
    headerAdditions,
    rows: laidOutRows(planned, columns, width),
    width,
    columns,
  };
}

/** A Ledger in the planned column order takes the planned rows as they are: no copy of each. */
function laidOutRows(
  planned: readonly unknown[][],
  columns: Record<PlannedKey, number>,
  width: number,
): unknown[][] {
  const inPlannedOrder = PLANNED_KEYS.every((key, i) => columns[key] === i);
  if (inPlannedOrder && width === PLANNED_KEYS.length) return planned as unknown[][];
  return planned.map((row) => {
    const laidOut: unknown[] = Array<unknown>(width).fill('');
    PLANNED_KEYS.forEach((key, i) => {
      laidOut[columns[key]] = row[i];
    });
    return laidOut;
  });
}
