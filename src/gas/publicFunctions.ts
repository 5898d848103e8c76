/**
 * The JSDoc of every public server function except custom functions (those come from their
 * registry). Each name must be exported by server.ts; the bundle test checks both.
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
    name: 'getSidebarModel',
    doc: ['Sidebar: everything the sidebar shows, in one call.', '@return {Object} The model.'],
  },
];
