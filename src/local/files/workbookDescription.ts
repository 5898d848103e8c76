import type { DeveloperMetadataEntry, WorkbookData } from '../workbookData';
import { isKnownTimeZone, type WorkbookSettings } from './workbookSettings';

/*
 * .xlsx has no place for a time zone, a locale or developer metadata, so the saver keeps them as
 * JSON in the workbook's description (Excel shows it under File > Info > Comments). Sheet
 * metadata is keyed by tab name, unique within a workbook. A description that lacks a field (a
 * file saved before the field existed, or someone else's text) just gives the fallback for it.
 */

interface StoredDescription {
  timeZone: string;
  locale: string;
  /** Only tabs that have metadata; the whole field is left out when none has. */
  sheetMetadata?: Record<string, DeveloperMetadataEntry[]>;
}

/** What a saved description holds, read back. */
export interface WorkbookDescription {
  settings: WorkbookSettings;
  /** Each tab's developer metadata by tab name; tabs without any are absent. */
  sheetMetadata: Map<string, DeveloperMetadataEntry[]>;
}

export function describeWorkbook(data: WorkbookData): string {
  const stored: StoredDescription = { timeZone: data.timeZone, locale: data.locale };
  const tagged = data.sheets.filter((sheet) => (sheet.developerMetadata ?? []).length > 0);
  if (tagged.length > 0) {
    stored.sheetMetadata = Object.fromEntries(
      tagged.map((sheet) => [sheet.name, sheet.developerMetadata ?? []]),
    );
  }
  return JSON.stringify(stored);
}

/** The settings and sheet metadata a saved description holds; `fallback` for settings it lacks. */
export function readDescription(
  description: string | undefined,
  fallback: WorkbookSettings,
): WorkbookDescription {
  const stored = asObject(parseJson(description));
  return {
    settings: settingsFrom(stored, fallback),
    sheetMetadata: sheetMetadataFrom(stored.sheetMetadata),
  };
}

function settingsFrom(
  stored: Record<string, unknown>,
  fallback: WorkbookSettings,
): WorkbookSettings {
  const { timeZone, locale } = stored;
  return {
    timeZone:
      typeof timeZone === 'string' && isKnownTimeZone(timeZone) ? timeZone : fallback.timeZone,
    locale: typeof locale === 'string' && locale !== '' ? locale : fallback.locale,
  };
}

/** Entries that are not `{ key: string, value: string | null }` are dropped, not guessed at. */
function sheetMetadataFrom(stored: unknown): Map<string, DeveloperMetadataEntry[]> {
  const byName = new Map<string, DeveloperMetadataEntry[]>();
  for (const [name, entries] of Object.entries(asObject(stored))) {
    const valid = Array.isArray(entries) ? entries.flatMap(metadataEntry) : [];
    if (valid.length > 0) byName.set(name, valid);
  }
  return byName;
}

function metadataEntry(stored: unknown): DeveloperMetadataEntry[] {
  const { key, value } = asObject(stored);
  if (typeof key !== 'string' || (typeof value !== 'string' && value !== null)) return [];
  return [{ key, value }];
}

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
