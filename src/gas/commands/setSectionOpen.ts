import { isSectionId, SECTIONS_PROPERTY, withSection } from '../../core/views/sections';
import { languageOf } from '../../core/text/language';
import { t } from '../../core/text/messages';

export type SectionOutcome = { ok: true } | { ok: false; message: string };

/**
 * Sidebar: remembers that the user opened or closed a section, for this user only (user
 * properties: each person sharing the spreadsheet keeps their own sidebar). No lock: a user's
 * own properties, one quick click at a time; the last click wins, as it should.
 */
export function setSectionOpen(sectionId: unknown, open: unknown): SectionOutcome {
  if (!isSectionId(sectionId)) {
    const lang = languageOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
    return { ok: false, message: t('sidebar.unknownItem', lang) };
  }
  const properties = PropertiesService.getUserProperties();
  const stored = properties.getProperty(SECTIONS_PROPERTY);
  properties.setProperty(SECTIONS_PROPERTY, withSection(stored, sectionId, open === true));
  return { ok: true };
}
