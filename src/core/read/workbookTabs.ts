import { isBlank } from './cell';
import type { TabId } from './tabSpecs';
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
 * The input tabs found with nothing under their header, as "Set up sheets" leaves them: a KPI or
 * an item they feed says the tab is empty, rather than judging from nothing (0% disputes).
 * @example emptyTabIds({ disputes: { name: '분쟁', values: [['주문 ID', '사유']] } }) // ['disputes']
 */
export function emptyTabIds(found: FoundTabs): TabId[] {
  return INPUT_TABS.filter((id) => {
    const values = found[id]?.values;
    return values !== undefined && !hasTwoFilledRows(values);
  });
}

/** A header and at least one row under it; stops at the second filled row. */
function hasTwoFilledRows(values: readonly unknown[][]): boolean {
  let filled = 0;
  for (const row of values) {
    if (!row.every(isBlank) && ++filled === 2) return true;
  }
  return false;
}
