import type { Lang } from '../core/text/language';
import { t, type MessageKey } from '../core/text/messages';

/** Menu items in order: caption key and the public function it calls (null = a separator). */
export const MENU_ITEMS: ReadonlyArray<{ caption: MessageKey; functionName: string } | null> = [
  { caption: 'menu.openSidebar', functionName: 'openSidebar' },
  { caption: 'menu.runWeeklyUpdate', functionName: 'runWeeklyUpdate' },
  { caption: 'menu.importOnly', functionName: 'importExports' },
  null,
  { caption: 'menu.setupSheets', functionName: 'setupSheets' },
  { caption: 'menu.toggleTrigger', functionName: 'toggleWeeklyTrigger' },
  { caption: 'menu.help', functionName: 'showHelp' },
];

/**
 * The add-on menu (Extensions › 셀러 루틴). createAddonMenu works both in a script bound to the
 * seller's spreadsheet and in an Editor add-on, so one build serves both.
 */
export function buildMenu(lang: Lang): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(t(item.caption, lang), item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
