// Every command Apps Script runs by name; publicApi.ts says who calls each one.
export { onInstall, onOpen } from './lifecycle';
export { openSidebar } from './openSidebar';
export { showHelp } from './showHelp';
export { getSidebarModel } from './getSidebarModel';
export { setChecklistTick } from './setChecklistTick';
export { setSectionOpen } from './setSectionOpen';
export { saveJournal } from './saveJournal';
export { importExports, runWeeklyUpdate } from './runWeeklyUpdate';
export { setupSheets } from './setupSheets';
export { toggleWeeklyTrigger, weeklyUpdateTrigger } from './weeklyTrigger';
export { weeklyUpdate } from './weeklyUpdateCommand';
