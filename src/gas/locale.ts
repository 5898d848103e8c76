import { languageOf, type Lang } from '../core/text/language';

/**
 * The spreadsheet's language. onOpen may run before the user authorised the add-on, when the
 * spreadsheet cannot be read: the user's own locale is the safe answer there.
 */
export function userLanguage(): Lang {
  return languageOf(Session.getActiveUserLocale());
}

export function spreadsheetLanguage(): Lang {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return spreadsheet ? languageOf(spreadsheet.getSpreadsheetLocale()) : userLanguage();
}
