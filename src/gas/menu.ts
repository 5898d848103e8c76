import type { Lang } from '../core/text/language';
import { t } from '../core/text/messages';
// publicApi.ts lists onOpen, which builds this menu: the two modules import each other, and
// menuLines is only read when the menu is built, long after both have loaded.
import { menuLines } from './publicApi';

/**
 * The add-on menu (Extensions › 셀러 루틴), its items as the registry of public functions
 * (publicApi.ts) places them. createAddonMenu works both in a script bound to the seller's
 * spreadsheet and in an Editor add-on, so one build serves both.
 */
export function buildMenu(lang: Lang): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const line of menuLines()) {
    if (line) menu.addItem(t(line.label, lang), line.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
