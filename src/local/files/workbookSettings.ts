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

/*
 * .xlsx has no place for a time zone or locale, so the saver keeps them as JSON in the
 * workbook's description (Excel shows it under File > Info > Comments).
 */
export function settingsToDescription(settings: WorkbookSettings): string {
  return JSON.stringify({ timeZone: settings.timeZone, locale: settings.locale });
}

/** The settings a saved description holds; `fallback` for any it lacks or holds wrongly. */
export function settingsFromDescription(
  description: string | undefined,
  fallback: WorkbookSettings,
): WorkbookSettings {
  const stored = parseJsonObject(description);
  const timeZone = stored.timeZone;
  const locale = stored.locale;
  return {
    timeZone:
      typeof timeZone === 'string' && isKnownTimeZone(timeZone) ? timeZone : fallback.timeZone,
    locale: typeof locale === 'string' && locale !== '' ? locale : fallback.locale,
  };
}

function parseJsonObject(text: string | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function definedOnly(options: Partial<WorkbookSettings>): Partial<WorkbookSettings> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
