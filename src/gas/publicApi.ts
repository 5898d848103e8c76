// The one list of everything Apps Script calls by name, except custom functions (those have
// their own registry, src/core/functions/registry.ts). Each public function is declared here
// once — its name, who calls it, its JSDoc and what it runs — and the rest follows from it:
// scripts/generateEntry.ts writes the top-level declarations of dist/Code.js, menu.ts builds the
// add-on menu, the sidebar's callServer is typed by SidebarCalls, and the local preview answers
// only the entries marked `sidebar`. What a user starts (menu actions, sidebar calls) reports an
// unexpected error as one plain sentence (withPlainErrors); triggers and weeklyUpdate answer
// for themselves.
import type { MessageKey } from '../core/text/messages';
import type { SectionId } from '../core/views/sections';
import * as commands from './commands';
import { withPlainErrors } from './unexpected';

/** A menu item: its caption, its place (ascending order) and a separator line above it. */
export interface MenuPlace {
  label: MessageKey;
  order: number;
  separatorBefore?: true;
}

export interface PublicFunction {
  /** The JSDoc above its top-level function in dist/Code.js (the Apps Script editor shows it). */
  doc: readonly string[];
  /** A simple trigger (onOpen, onInstall) or the installable time trigger. */
  trigger?: 'simple' | 'time';
  /** An item of the add-on menu. */
  menu?: MenuPlace;
  /** The sidebar calls it through google.script.run. */
  sidebar?: true;
  run: (...args: never[]) => unknown;
}

/**
 * Types a sidebar call by what the sidebar sends; the function itself is unchanged. Commands take
 * `unknown` and check every argument, since anyone who can run the script can send anything.
 */
function sidebarSends<Args extends unknown[]>() {
  return <R>(run: (...args: Args) => R): ((...args: Args) => R) => run;
}

export const PUBLIC_API = {
  onOpen: {
    trigger: 'simple',
    doc: [
      'Simple trigger: builds the Seller Routine menu.',
      '@param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.',
    ],
    run: commands.onOpen,
  },
  onInstall: {
    trigger: 'simple',
    doc: [
      'Add-on trigger: shows the menu right after installation.',
      '@param {GoogleAppsScript.Events.AddonOnInstall} e The install event.',
    ],
    run: commands.onInstall,
  },
  openSidebar: {
    menu: { label: 'menu.openSidebar', order: 1 },
    doc: ['Menu: opens the Seller Routine sidebar.'],
    run: withPlainErrors(commands.openSidebar),
  },
  showHelp: {
    menu: { label: 'menu.help', order: 6 },
    doc: ['Menu: shows a short help text.'],
    run: withPlainErrors(commands.showHelp),
  },
  runWeeklyUpdate: {
    menu: { label: 'menu.runWeeklyUpdate', order: 2 },
    doc: ['Menu: imports new export rows and rebuilds the summary tabs.'],
    run: withPlainErrors(commands.runWeeklyUpdate),
  },
  importExports: {
    menu: { label: 'menu.importOnly', order: 3 },
    doc: ['Menu: only appends new export rows to the Ledger.'],
    run: withPlainErrors(commands.importExports),
  },
  setupSheets: {
    menu: { label: 'menu.setupSheets', order: 4, separatorBefore: true },
    sidebar: true,
    doc: ['Menu: creates the missing input tabs with their headers.'],
    run: withPlainErrors(commands.setupSheets),
  },
  toggleWeeklyTrigger: {
    menu: { label: 'menu.toggleTrigger', order: 5 },
    doc: ['Menu: turns the Monday 07:00 weekly update on or off.'],
    run: withPlainErrors(commands.toggleWeeklyTrigger),
  },
  weeklyUpdateTrigger: {
    trigger: 'time',
    doc: ['Time trigger: the weekly update.'],
    run: commands.weeklyUpdateTrigger,
  },
  weeklyUpdate: {
    sidebar: true,
    doc: [
      'Sidebar and CLI: runs the weekly update and returns its outcome and summary.',
      '@param {{asOf?: string, importOnly?: boolean}} options As-of day (YYYY-MM-DD) and mode.',
      '@return {Object} The outcome.',
    ],
    run: commands.weeklyUpdate,
  },
  getSidebarModel: {
    sidebar: true,
    doc: [
      'Sidebar: everything the sidebar shows, in one call (computes only, writes nothing).',
      '@return {Object} The model.',
    ],
    run: withPlainErrors(commands.getSidebarModel),
  },
  setChecklistTick: {
    sidebar: true,
    doc: [
      'Sidebar: ticks or unticks one checklist item for today (kept in document properties).',
      "@param {string} itemId The item, e.g. 'morning.replies'.",
      '@param {boolean} ticked True to tick, false to untick.',
      '@return {Object} {ok, ticks} or {ok: false, message}.',
    ],
    run: sidebarSends<[itemId: string, ticked: boolean]>()(
      withPlainErrors(commands.setChecklistTick),
    ),
  },
  setSectionOpen: {
    sidebar: true,
    doc: [
      'Sidebar: remembers that this user opened or closed a section (kept in user properties).',
      "@param {string} sectionId The section, e.g. 'followUps'.",
      '@param {boolean} open True when opened, false when closed.',
      '@return {Object} {ok} or {ok: false, message}.',
    ],
    run: sidebarSends<[sectionId: SectionId, open: boolean]>()(
      withPlainErrors(commands.setSectionOpen),
    ),
  },
  saveJournal: {
    sidebar: true,
    doc: [
      "Sidebar: saves today's one-line journal entry to the Journal tab, replacing today's row.",
      '@param {string} text The line.',
      '@return {Object} {ok, line, message} or {ok: false, message}.',
    ],
    run: sidebarSends<[text: string]>()(withPlainErrors(commands.saveJournal)),
  },
} as const satisfies Record<string, PublicFunction>;

type Api = typeof PUBLIC_API;

/** The name of a public function (what a menu item, trigger or google.script.run call names). */
export type PublicName = keyof Api;

/** The functions the sidebar may call, by name, with what it sends and what comes back. */
export type SidebarCalls = {
  [N in PublicName as Api[N] extends { sidebar: true } ? N : never]: Api[N]['run'];
};

/** The name of the installable time trigger's function. */
export type TimeTriggerName = {
  [N in PublicName]: Api[N] extends { trigger: 'time' } ? N : never;
}[PublicName];

const entries = Object.entries(PUBLIC_API) as Array<[PublicName, PublicFunction]>;

/** The menu's items in order, with null for a separator line. */
export function menuLines(): Array<{ label: MessageKey; functionName: PublicName } | null> {
  const items = entries
    .flatMap(([name, entry]) => (entry.menu ? [{ ...entry.menu, functionName: name }] : []))
    .sort((a, b) => a.order - b.order);
  return items.flatMap(({ label, functionName, separatorBefore }) => {
    const item = { label, functionName };
    return separatorBefore ? [null, item] : [item];
  });
}
