// The commands a user starts from the menu or the sidebar (appsScriptApi.ts guards each one).
export { openSidebar } from './openSidebar';
export { showHelp } from './showHelp';
export { getSidebarModel } from './getSidebarModel';
export { setChecklistTick } from './setChecklistTick';
export { setSectionOpen } from './setSectionOpen';
export { saveJournal } from './saveJournal';
export { importExports, runWeeklyUpdate } from './runWeeklyUpdate';
export { setupSheets } from './setupSheets';
export { toggleWeeklyTrigger } from './weeklyTrigger';
