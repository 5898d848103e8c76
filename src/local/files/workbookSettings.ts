import { WorkbookFileError } from './workbookFileError';

/** The spreadsheet-wide settings a file carries besides its tabs. */
export interface WorkbookSettings {
  timeZone: string;
  locale: string;
}

const DEFAULT_SETTINGS: WorkbookSettings = { timeZone: 'Asia/Seoul', locale: 'ko_KR' };

/** The caller's settings over the defaults; `path` only names the file in the error. */
export function settingsWithDefaults(
  path: string,
  options: Partial<WorkbookSettings>,
): WorkbookSettings {
  const settings = { ...DEFAULT_SETTINGS, ...definedOnly(options) };
  assertKnownTimeZone(settings.timeZone, `open ${path}`);
  return settings;
}

/** `action` completes the message "Cannot <action>", e.g. 'save out.xlsx'. */
export function assertKnownTimeZone(timeZone: string, action: string): void {
  if (!isKnownTimeZone(timeZone)) {
    throw new WorkbookFileError(`Cannot ${action}: "${timeZone}" is not a known time zone.`);
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
