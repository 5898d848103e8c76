/**
 * Finding a tab among the sheet names and reading which column holds what. Exports differ by
 * year, language and the columns the seller ticked, so columns are found by header alias, in
 * any order, and the header row may sit below a few title rows.
 */
import type { Lang } from './language';
import { headerForms, normalizeHeader } from './headers';
import { t } from './messages';
import type { Problem } from './problem';
import {
  columnAliases,
  columnName,
  tabSpec,
  type ColumnKey,
  type ColumnSpec,
  type FormId,
  type TabForm,
  type TabId,
} from './tabSpecs';

/** How many rows from the top may hold the header (title rows above it are skipped). */
const HEADER_SCAN_ROWS = 10;

export type ColumnIndexes<K extends string> = Partial<Record<K, number>>;

export interface DetectedColumns<K extends string> {
  /** Which layout the tab has (settlement: 'wide' or 'long'; every other tab: 'main'). */
  form: FormId;
  /** 0-based index of the header row in `values`. */
  headerRow: number;
  /** 0-based column index of each column found. */
  columns: ColumnIndexes<K>;
  /** The header row's cells as text. */
  headers: string[];
  /** One Problem per required column that is missing. */
  problems: Problem[];
}

const comparableName = (name: string): string => name.normalize('NFKC').trim().toLowerCase();

/**
 * The sheet holding a tab, by its English or Korean name, ignoring case and surrounding spaces.
 * @example findTab(['Sheet1', ' 주문 '], 'orders') // ' 주문 '
 */
export function findTab(sheetNames: readonly string[], tabId: TabId): string | null {
  const { en, ko } = tabSpec(tabId);
  const wanted = [comparableName(en), comparableName(ko)];
  return sheetNames.find((name) => wanted.includes(comparableName(name))) ?? null;
}

const keyByAliasCache = new WeakMap<TabForm, Map<string, string>>();

function keyByAlias<K extends string>(form: TabForm<K>): Map<string, K> {
  let index = keyByAliasCache.get(form);
  if (!index) {
    index = new Map();
    for (const column of form.columns) {
      for (const alias of columnAliases(column)) index.set(normalizeHeader(alias), column.key);
    }
    keyByAliasCache.set(form, index);
  }
  return index as Map<string, K>;
}

/** Which column of `row` holds each of the form's columns; the first matching cell wins. */
export function mapHeaderRow<K extends string>(
  row: readonly unknown[],
  form: TabForm<K>,
): ColumnIndexes<K> {
  const index = keyByAlias(form);
  const columns: ColumnIndexes<K> = {};
  row.forEach((cell, position) => {
    const key = headerForms(cell)
      .map((name) => index.get(name))
      .find((found) => found !== undefined && columns[found] === undefined);
    if (key !== undefined) columns[key] = position;
  });
  return columns;
}

/** The requirement groups of `form` that none of the found columns meets. */
export function missingRequirements<K extends string>(
  form: TabForm<K>,
  columns: ColumnIndexes<K>,
): (readonly K[])[] {
  return form.required.filter((group) => group.every((key) => columns[key] === undefined));
}

interface HeaderCandidate<K extends string> {
  form: TabForm<K>;
  headerRow: number;
  columns: ColumnIndexes<K>;
  matched: number;
  complete: boolean;
}

/** More matched columns wins; on a tie, a form whose requirements are met; then the earliest. */
function isBetter<K extends string>(a: HeaderCandidate<K>, b: HeaderCandidate<K>): boolean {
  if (a.matched !== b.matched) return a.matched > b.matched;
  return a.complete && !b.complete;
}

function bestHeader<K extends string>(
  values: readonly unknown[][],
  forms: readonly [TabForm<K>, ...TabForm<K>[]],
): HeaderCandidate<K> {
  let best: HeaderCandidate<K> = {
    form: forms[0],
    headerRow: 0,
    columns: {},
    matched: 0,
    complete: false,
  };
  for (let headerRow = 0; headerRow < Math.min(values.length, HEADER_SCAN_ROWS); headerRow++) {
    for (const form of forms) {
      const columns = mapHeaderRow(values[headerRow] ?? [], form);
      const candidate = {
        form,
        headerRow,
        columns,
        matched: Object.keys(columns).length,
        complete: missingRequirements(form, columns).length === 0,
      };
      if (isBetter(candidate, best)) best = candidate;
    }
  }
  return best;
}

/**
 * What a missing requirement expects, e.g. `a column "Order ID" (tried: Order ID, 주문 ID, …)`.
 * Problems carry the English text; a Korean screen can ask for `lang` 'ko'.
 */
export function missingColumnText(group: readonly ColumnSpec[], lang: Lang): string {
  return t('missingColumn', lang, {
    columns: group.map((column) => `"${columnName(column, lang)}"`).join(t('or', lang)),
    aliases: [...new Set(group.flatMap(columnAliases))].join(', '),
  });
}

function missingColumnProblem<K extends string>(
  tabName: string,
  form: TabForm<K>,
  group: readonly K[],
): Problem {
  const columns = group.flatMap((key) => form.columns.filter((column) => column.key === key));
  return {
    tab: tabName,
    row: null,
    column: null,
    value: '',
    expected: missingColumnText(columns, 'en'),
  };
}

const cellText = (cell: unknown): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

/**
 * Finds the header row among the first rows of a tab's values (the one naming the most known
 * columns) and where each column is. A missing required column gives one Problem naming the
 * tab, the column and the names tried.
 * @example detectColumns([['订单号', '订单金额', '付款时间']], 'orders', 'Orders').columns
 * // { orderId: 0, orderAmount: 1, payTime: 2 }
 */
export function detectColumns<T extends TabId>(
  values: readonly unknown[][],
  tabId: T,
  tabName: string,
): DetectedColumns<ColumnKey<T>> {
  const { form, headerRow, columns } = bestHeader(values, tabSpec(tabId).forms);
  return {
    form: form.id,
    headerRow,
    columns,
    headers: (values[headerRow] ?? []).map(cellText),
    problems: missingRequirements(form, columns).map((group) =>
      missingColumnProblem(tabName, form, group),
    ),
  };
}
