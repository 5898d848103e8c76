import { t } from '../../messages';
import { spreadsheetLanguage } from '../locale';

export interface SidebarModel {
  lang: 'ko' | 'en';
  title: string;
}

/** Sidebar: everything the sidebar shows, in one server round trip. */
export function getSidebarModel(): SidebarModel {
  const lang = spreadsheetLanguage();
  return { lang, title: t('app.name', lang) };
}
