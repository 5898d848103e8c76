/**
 * The sidebar's sections below the first screen, and which of them the user keeps open: their
 * own choice, remembered per user (user properties, `sellerRoutine.sections`) so that each
 * person who shares the spreadsheet finds the sidebar as they left it.
 */

export const SECTION_IDS = [
  'morning',
  'afternoon',
  'weekly',
  'kpis',
  'followUps',
  'reviews',
  'keywords',
  'disputes',
  'funnel',
  'macros',
  'journal',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export type OpenSections = Record<SectionId, boolean>;

export const SECTIONS_PROPERTY = 'sellerRoutine.sections';

export function isSectionId(id: unknown): id is SectionId {
  return typeof id === 'string' && (SECTION_IDS as readonly string[]).includes(id);
}

/**
 * The stored choice, every section closed unless stored open. Anything unreadable (hand-edited,
 * truncated) reads as all closed rather than failing the sidebar.
 * @example openSections('{"morning":true}').morning // true
 */
export function openSections(stored: string | null | undefined): OpenSections {
  const open = Object.fromEntries(SECTION_IDS.map((id) => [id, false])) as OpenSections;
  if (!stored) return open;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return open;
    for (const [id, isOpen] of Object.entries(value)) {
      if (isSectionId(id) && isOpen === true) open[id] = true;
    }
  } catch {
    // Unreadable: all closed.
  }
  return open;
}

/** The stored value with one section opened or closed: only the open ones are kept. */
export function withSection(stored: string | null | undefined, id: SectionId, open: boolean) {
  const sections = openSections(stored);
  sections[id] = open;
  return JSON.stringify(
    Object.fromEntries(SECTION_IDS.filter((s) => sections[s]).map((s) => [s, true])),
  );
}
