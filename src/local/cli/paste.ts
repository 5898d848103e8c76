// --paste DIR: lays a folder of fresh exports over the workbook the way a seller pastes a new
// export over the old one, before the weekly update runs on it.
import { msg } from '../../core/text/messages';
import { CellBudget } from '../files/cellBudget';
import { loadCsvTabs } from '../files/csvFiles';
import { WorkbookFileError } from '../files/workbookFileError';
import type { SheetData, WorkbookData } from '../workbookData';
import type { TabId } from '../../core/read/tabSpecs';
import { findTab } from '../../core/read/tabs';
import { inputTabNames } from '../../core/read/workbookTabs';

/** One --paste folder, read before anything runs so a bad folder stops the chain at the start. */
export interface PasteFolder {
  folder: string;
  tabs: SheetData[];
}

/** Every folder in the order given; the first one that cannot be read stops it. */
export async function loadPasteFolders(folders: readonly string[]): Promise<PasteFolder[]> {
  const loaded: PasteFolder[] = [];
  for (const folder of folders) {
    const tabs = await loadCsvTabs(folder, new CellBudget(folder));
    rejectSameTab(folder, tabs);
    loaded.push({ folder, tabs });
  }
  return loaded;
}

/**
 * The workbook with each pasted tab's cells in place of the tab it names: the old values,
 * number formats, formulas and merges are gone and the CSV's cells start at A1. The tab keeps
 * its place, frozen rows and developer metadata, as a paste in Sheets does. A tab the workbook
 * lacks is added at the end; every tab the folder does not name (the Ledger too) stays as it is.
 */
export function pasteTabs(workbook: WorkbookData, pasted: readonly SheetData[]): WorkbookData {
  const sheets = workbook.sheets.slice();
  for (const tab of pasted) {
    const index = targetIndex(sheets, tab.name);
    const target = sheets[index];
    if (target) sheets[index] = withCells(target, tab.values);
    else sheets.push({ name: tab.name, values: tab.values });
  }
  return { ...workbook, sheets };
}

/**
 * An input tab is found by its English or Korean name (Orders.csv lands on 주문), as the add-on
 * finds it; any other tab by its own name. Sheets allows no two tab names that differ only in
 * case, so `notes.csv` means the tab Notes rather than a second one.
 */
function targetIndex(sheets: readonly SheetData[], name: string): number {
  const names = sheets.map((sheet) => sheet.name);
  const id = inputTabId(name);
  const wanted = id === undefined ? name : (findTab(names, id) ?? name);
  const exact = names.indexOf(wanted);
  if (exact >= 0) return exact;
  return names.findIndex((other) => other.toLowerCase() === wanted.toLowerCase());
}

function inputTabId(name: string): TabId | undefined {
  return Object.keys(inputTabNames([name]))[0] as TabId | undefined;
}

/** What a sheet holds per cell besides its values; the tab's other properties stay. */
const CELL_LAYERS = ['numberFormats', 'formulas', 'merges'] as const;

function withCells(sheet: SheetData, values: SheetData['values']): SheetData {
  const replaced: SheetData = { ...sheet, values };
  for (const layer of CELL_LAYERS) delete replaced[layer];
  return replaced;
}

/** Orders.csv and 주문.csv in one folder would both land on one tab: which one is meant? */
function rejectSameTab(folder: string, tabs: readonly SheetData[]): void {
  const seen = new Map<string, string>();
  for (const { name } of tabs) {
    const key = inputTabId(name) ?? name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new WorkbookFileError(msg('file.sameTab', { folder, first: earlier, second: name }));
    }
    seen.set(key, name);
  }
}
