/**
 * The JSDoc of every public server function except custom functions (those come from their
 * registry). Each name must be exported by appsScriptApi.ts; the bundle test checks both.
 */
export const PUBLIC_FUNCTIONS: ReadonlyArray<{ name: string; doc: string[] }> = [
  {
    name: 'onOpen',
    doc: [
      'Simple trigger: builds the Seller Routine menu.',
      '@param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.',
    ],
  },
  {
    name: 'onInstall',
    doc: [
      'Add-on trigger: shows the menu right after installation.',
      '@param {GoogleAppsScript.Events.AddonOnInstall} e The install event.',
    ],
  },
  { name: 'openSidebar', doc: ['Menu: opens the Seller Routine sidebar.'] },
  { name: 'showHelp', doc: ['Menu: shows a short help text.'] },
  {
    name: 'runWeeklyUpdate',
    doc: ['Menu: imports new export rows and rebuilds the summary tabs.'],
  },
  { name: 'importExports', doc: ['Menu: only appends new export rows to the Ledger.'] },
  { name: 'setupSheets', doc: ['Menu: creates the missing input tabs with their headers.'] },
  { name: 'toggleWeeklyTrigger', doc: ['Menu: turns the Monday 07:00 weekly update on or off.'] },
  { name: 'weeklyUpdateTrigger', doc: ['Time trigger: the weekly update.'] },
  {
    name: 'weeklyUpdate',
    doc: [
      'Sidebar and CLI: runs the weekly update and returns its outcome and summary.',
      '@param {{asOf?: string, importOnly?: boolean}} options As-of day (YYYY-MM-DD) and mode.',
      '@return {Object} The outcome.',
    ],
  },
  {
    name: 'getSidebarModel',
    doc: [
      'Sidebar: everything the sidebar shows, in one call (computes only, writes nothing).',
      '@return {Object} The model.',
    ],
  },
  {
    name: 'setChecklistTick',
    doc: [
      'Sidebar: ticks or unticks one checklist item for today (kept in document properties).',
      "@param {string} itemId The item, e.g. 'morning.replies'.",
      '@param {boolean} ticked True to tick, false to untick.',
      '@return {Object} {ok, ticks} or {ok: false, message}.',
    ],
  },
  {
    name: 'setSectionOpen',
    doc: [
      'Sidebar: remembers that this user opened or closed a section (kept in user properties).',
      "@param {string} sectionId The section, e.g. 'followUps'.",
      '@param {boolean} open True when opened, false when closed.',
      '@return {Object} {ok} or {ok: false, message}.',
    ],
  },
  {
    name: 'saveJournal',
    doc: [
      "Sidebar: saves today's one-line journal entry to the Journal tab, replacing today's row.",
      '@param {string} text The line.',
      '@return {Object} {ok, line, message} or {ok: false, message}.',
    ],
  },
];
