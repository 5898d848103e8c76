import type { DateContext } from '../time/dates';
import type { FxTable } from '../metrics/fx';

/** What every tab reader needs besides the tab's values. */
export interface ReadContext extends DateContext {
  /** The tab's name as it is in the workbook (Problems name it). */
  tabName: string;
  baseCurrency: string;
  fx: FxTable;
}
