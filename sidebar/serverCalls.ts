// The one way the sidebar talks to the server: google.script.run as a promise. Every call gets a
// failure handler, so a failed call always ends in a message, never in a silent blank panel.
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** The public server functions the sidebar calls (src/gas/appsScriptApi.ts). */
export type ServerFunction =
  | 'getSidebarModel'
  | 'setChecklistTick'
  | 'setSectionOpen'
  | 'saveJournal'
  | 'weeklyUpdate'
  | 'setupSheets';

/** The plain message of a failure: Apps Script passes an Error; never show a stack. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim();
}

export function callServer<T>(name: ServerFunction, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(new Error(reasonOf(error))));
    (run[name] as (...callArgs: unknown[]) => void)(...args);
  });
}
