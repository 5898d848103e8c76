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

/** @example findInputTabs([{ name: '주문', values: [] }]).orders?.name // '주문' */
export function findInputTabs(tabs: readonly TabValues[]): FoundTabs {
  const names = tabs.map((tab) => tab.name);
  const found: FoundTabs = {};
  for (const id of INPUT_TABS) {
    const name = findTab(names, id);
    const tab = tabs.find((candidate) => candidate.name === name);
    if (tab) found[id] = tab;
  }
  return found;
}
