import { isBlank } from './cell';
import { normalizeHeader } from './headers';
import { setupHeaders, type TabId } from './tabSpecs';
import { findTab } from './tabs';

/** One tab's contents as the adapter read them: `getValues()` and `getNumberFormats()`. */
export interface TabValues {
  name: string;
  values: unknown[][];
  numberFormats?: string[][];
}

/** The input tabs found among the workbook's tabs, by id (English or Korean name). */
export type FoundTabs = Partial<Record<TabId, TabValues>>;

const INPUT_TABS: readonly TabId[] = [
  'ledger',
  'orders',
  'disputes',
  'traffic',
  'ads',
  'reviews',
  'messages',
  'settlement',
  'sku',
  'settings',
];

/**
 * The name of each input tab found among the sheet names, by id (English or Korean name).
 * @example inputTabNames(['주문', 'Notes']) // { orders: '주문' }
 */
export function inputTabNames(sheetNames: readonly string[]): Partial<Record<TabId, string>> {
  const found: Partial<Record<TabId, string>> = {};
  for (const id of INPUT_TABS) {
    const name = findTab(sheetNames, id);
    if (name !== null) found[id] = name;
  }
  return found;
}

/** @example findInputTabs([{ name: '주문', values: [] }]).orders?.name // '주문' */
export function findInputTabs(tabs: readonly TabValues[]): FoundTabs {
  const found: FoundTabs = {};
  for (const [id, name] of Object.entries(inputTabNames(tabs.map((tab) => tab.name)))) {
    const tab = tabs.find((candidate) => candidate.name === name);
    if (tab) found[id as TabId] = tab;
  }
  return found;
}

/**
 * The input tabs as "Set up sheets" left them: blank, or its header row and nothing else. A KPI
 * or an item they feed says the tab is empty rather than judging from nothing (0% disputes). An
 * export pasted with no row under its own header is data: a shop without disputes.
 * @example emptyTabIds({ disputes: { name: '분쟁', values: [setupHeaders('disputes', 'ko')] } }) // ['disputes']
 */
export function emptyTabIds(found: FoundTabs): TabId[] {
  return DATA_TABS.filter((id) => {
    const values = found[id]?.values;
    return values !== undefined && isAsSetUp(values, id);
  });
}

/** The tabs an export or the seller fills; 원장 and 설정 are the add-on's own. */
const DATA_TABS = INPUT_TABS.filter((id) => id !== 'ledger' && id !== 'settings');

function isAsSetUp(values: readonly unknown[][], id: TabId): boolean {
  let header: readonly unknown[] | null = null;
  for (const row of values) {
    if (row.every(isBlank)) continue;
    if (header !== null) return false;
    header = row;
  }
  if (header === null) return true;
  // Every column it wrote, in any order, beside any the seller added.
  const written = new Set(header.map(normalizeHeader));
  return (['ko', 'en'] as const).some((lang) =>
    setupHeaders(id, lang).every((name) => written.has(normalizeHeader(name))),
  );
}
