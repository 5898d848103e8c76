// The one index of everything Apps Script can call: simple triggers, menu callbacks, sidebar
// calls, the time trigger and custom functions. scripts/generateEntry.ts turns PUBLIC_FUNCTIONS
// and the custom function registry into the top-level declarations of dist/Code.js. What a user
// starts (menu actions, sidebar calls) reports an unexpected error as one plain sentence.
import * as commands from './commands';
import { withPlainErrors } from './unexpected';

export { onInstall, onOpen } from './commands/lifecycle';
export { weeklyUpdateTrigger } from './commands/weeklyTrigger';
export { weeklyUpdate } from './commands/weeklyUpdateCommand';
export { customFunctions } from './customFunctions';

export const openSidebar = withPlainErrors(commands.openSidebar);
export const showHelp = withPlainErrors(commands.showHelp);
export const getSidebarModel = withPlainErrors(commands.getSidebarModel);
export const setChecklistTick = withPlainErrors(commands.setChecklistTick);
export const setSectionOpen = withPlainErrors(commands.setSectionOpen);
export const saveJournal = withPlainErrors(commands.saveJournal);
export const runWeeklyUpdate = withPlainErrors(commands.runWeeklyUpdate);
export const importExports = withPlainErrors(commands.importExports);
export const setupSheets = withPlainErrors(commands.setupSheets);
export const toggleWeeklyTrigger = withPlainErrors(commands.toggleWeeklyTrigger);
