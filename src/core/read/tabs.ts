/**
 * Finding a tab among the sheet names and reading which column holds what. Exports differ by
 * year, language and the columns the seller ticked, so columns are found by header alias, in
 * any order, and the header row may sit below a few title rows.
 */
import type { Lang } from '../text/language';
import { headerForms, normalizeHeader } from './headers';
import { msg, t, type Msg } from '../text/messages';
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
  /** One Problem per required column that is missing (or named twice): the tab cannot be read. */
  problems: Problem[];
  /** One Problem per optional column named twice: left unread, the rest of the tab is read. */
  ambiguous: Problem[];
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

/** A column's key and the rank of the alias a header matched (0 = its English name). */
interface AliasMatch<K extends string> {
  key: K;
  rank: number;
}

const keyByAliasCache = new WeakMap<TabForm, Map<string, AliasMatch<string>>>();

function keyByAlias<K extends string>(form: TabForm<K>): Map<string, AliasMatch<K>> {
  let index = keyByAliasCache.get(form);
  if (!index) {
    index = new Map();
    for (const column of form.columns) {
      columnAliases(column).forEach((alias, rank) => {
        const name = normalizeHeader(alias);
        if (!index?.has(name)) index?.set(name, { key: column.key, rank });
      });
    }
    keyByAliasCache.set(form, index);
  }
  return index as Map<string, AliasMatch<K>>;
}

/** The columns of a header row, and the fields that two columns name alike (docs/rules.md §3). */
export interface HeaderMap<K extends string> {
  columns: ColumnIndexes<K>;
  /** Fields whose best-matching header text sits on two or more columns: which is meant is unknown. */
  ambiguous: Array<{ key: K; header: string; positions: number[] }>;
}

/**
 * Which column of `row` holds each of the form's columns. Of two columns naming one field by
 * different aliases (`SKU` beside `商品编码`), the alias first in the field's list wins; two with
 * the same header text leave the field unread and ambiguous.
 */
export function mapHeaderRow<K extends string>(
  row: readonly unknown[],
  form: TabForm<K>,
): HeaderMap<K> {
  const index = keyByAlias(form);
  const best = new Map<K, { rank: number; positions: number[] }>();
  row.forEach((cell, position) => {
    const match = headerForms(cell)
      .map((name) => index.get(name))
      .find((found) => found !== undefined);
    if (match === undefined) return;
    const current = best.get(match.key);
    if (current === undefined || match.rank < current.rank) {
      best.set(match.key, { rank: match.rank, positions: [position] });
    } else if (match.rank === current.rank) current.positions.push(position);
  });
  const columns: ColumnIndexes<K> = {};
  const ambiguous: HeaderMap<K>['ambiguous'] = [];
  for (const [key, { positions }] of best) {
    const [only] = positions;
    if (positions.length === 1 && only !== undefined) columns[key] = only;
    else ambiguous.push({ key, header: String(row[positions[0] ?? 0]).trim(), positions });
  }
  return { columns, ambiguous };
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
  ambiguous: HeaderMap<K>['ambiguous'];
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
    ambiguous: [],
    matched: 0,
    complete: false,
  };
  for (let headerRow = 0; headerRow < Math.min(values.length, HEADER_SCAN_ROWS); headerRow++) {
    for (const form of forms) {
      const { columns, ambiguous } = mapHeaderRow(values[headerRow] ?? [], form);
      const candidate = {
        form,
        headerRow,
        columns,
        ambiguous,
        matched: Object.keys(columns).length + ambiguous.length,
        complete: missingRequirements(form, columns).length === 0,
      };
      if (isBetter(candidate, best)) best = candidate;
    }
  }
  return best;
}

/**
 * What a missing requirement expects, e.g. `a column "Order ID" (tried: Order ID, 주문 ID, …)`:
 * the column's name in the language of the screen that shows it.
 */
export function missingColumnMsg(group: readonly ColumnSpec[]): Msg {
  const names = (lang: Lang) =>
    group.map((column) => `"${columnName(column, lang)}"`).join(t('or', lang));
  return msg('expected.column', {
    columns: { en: names('en'), ko: names('ko') },
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
    expected: missingColumnMsg(columns),
  };
}

const cellText = (cell: unknown): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

/** Two columns with one header: which is meant is unknown, so neither is read (docs/rules.md §3). */
function ambiguousColumnProblem(
  tabName: string,
  { header, positions }: { header: string; positions: readonly number[] },
): Problem {
  return {
    tab: tabName,
    row: null,
    column: header,
    value: '',
    expected: msg('expected.oneColumnNamed', {
      header,
      columns: positions.map(columnLetter).join(', '),
    }),
  };
}

/** `A` for the first column, `AA` for the 27th, as Sheets names them. */
function columnLetter(position: number): string {
  let letters = '';
  for (let n = position + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Finds the header row among the first rows of a tab's values (the one naming the most known
 * columns) and where each column is. A missing required column gives one Problem naming the
 * tab, the column and the names tried; so does a required column whose header two columns
 * carry. Such an optional column is left unread with a Problem in `ambiguous`, and the rest of
 * the tab is read.
 * @example detectColumns([['订单号', '订单金额', '付款时间']], 'orders', 'Orders').columns
 * // { orderId: 0, orderAmount: 1, payTime: 2 }
 */
export function detectColumns<T extends TabId>(
  values: readonly unknown[][],
  tabId: T,
  tabName: string,
): DetectedColumns<ColumnKey<T>> {
  const { form, headerRow, columns, ambiguous } = bestHeader(values, tabSpec(tabId).forms);
  const missing = missingRequirements(form, columns);
  const required = new Set(missing.flat());
  const blocking = ambiguous.filter(({ key }) => required.has(key));
  const blocked = new Set(blocking.map(({ key }) => key));
  return {
    form: form.id,
    headerRow,
    columns,
    headers: (values[headerRow] ?? []).map(cellText),
    problems: [
      ...blocking.map((column) => ambiguousColumnProblem(tabName, column)),
      ...missing
        .filter((group) => !group.some((key) => blocked.has(key)))
        .map((group) => missingColumnProblem(tabName, form, group)),
    ],
    ambiguous: ambiguous
      .filter(({ key }) => !blocked.has(key))
      .map((column) => ambiguousColumnProblem(tabName, column)),
  };
}
