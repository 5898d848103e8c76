import { t } from '../../core/text/messages';
import { spreadsheetLanguage } from '../locale';

/**
 * Menu: shows the sidebar built into dist/Sidebar.html. The template only carries the language,
 * the title and the sentences the sidebar may need before its model arrives (loading, or why the
 * model did not come).
 */
export function openSidebar(): void {
  const lang = spreadsheetLanguage();
  const template = HtmlService.createTemplateFromFile('Sidebar');
  template.lang = lang;
  template.title = t('app.name', lang);
  template.loading = t('sidebar.loading', lang);
  template.loadFailed = t('sidebar.loadFailed', lang);
  template.noReason = t('sidebar.noReason', lang);
  template.refresh = t('sidebar.refresh', lang);
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(t('app.name', lang)));
}
