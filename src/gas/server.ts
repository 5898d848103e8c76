// The one index of everything Apps Script can call: simple triggers, menu callbacks, sidebar
// calls, the time trigger and custom functions. scripts/generateEntry.ts turns PUBLIC_FUNCTIONS
// and the custom function registry into the top-level declarations of dist/Code.js.
export { onInstall, onOpen } from './commands/lifecycle';
export { openSidebar } from './commands/openSidebar';
export { showHelp } from './commands/showHelp';
export { getSidebarModel } from './commands/getSidebarModel';
export { setChecklistTick } from './commands/setChecklistTick';
export { saveJournal } from './commands/saveJournal';
export { importExports, runWeeklyUpdate } from './commands/runWeeklyUpdate';
export { setupSheets } from './commands/setupSheets';
export { toggleWeeklyTrigger, weeklyUpdateTrigger } from './commands/weeklyTrigger';
export { weeklyUpdate } from './commands/weeklyUpdate';
export { customFunctions } from './customFunctions';
