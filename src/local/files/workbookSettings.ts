import { msg } from '../../core/text/messages';
import { WorkbookFileError } from './workbookFileError';

/** The spreadsheet-wide settings a file carries besides its tabs. */
export interface WorkbookSettings {
  timeZone: string;
  locale: string;
}

const DEFAULT_SETTINGS: WorkbookSettings = { timeZone: 'Asia/Seoul', locale: 'ko_KR' };

/**
 * The caller's settings over the defaults. A time zone the caller gives (--tz) must be a real
 * one: the sentence shows how to write one.
 */
export function settingsWithDefaults(options: Partial<WorkbookSettings>): WorkbookSettings {
  const settings = { ...DEFAULT_SETTINGS, ...definedOnly(options) };
  if (!isKnownTimeZone(settings.timeZone)) {
    const example = DEFAULT_SETTINGS.timeZone;
    throw new WorkbookFileError(msg('file.unknownZone', { zone: settings.timeZone, example }));
  }
  return settings;
}

/** A workbook is saved only with a time zone its dates can be written in. */
export function assertKnownTimeZoneToSave(timeZone: string, path: string): void {
  if (!isKnownTimeZone(timeZone)) {
    throw new WorkbookFileError(msg('file.unknownZoneSave', { path, zone: timeZone }));
  }
}

function definedOnly(options: Partial<WorkbookSettings>): Partial<WorkbookSettings> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
