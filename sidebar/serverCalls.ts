// The one way the sidebar talks to the server: google.script.run as a promise. Every call gets a
// failure handler, so a failed call always ends in a message, never in a silent blank panel.
// What each call sends and answers comes from the registry of public functions; `import type`
// keeps every line of server code out of the sidebar's bundle.
import type { SidebarCalls } from '../src/gas/publicApi';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** The public server functions the sidebar calls (sidebar: true in src/gas/publicApi.ts). */
export type ServerFunction = keyof SidebarCalls;

/** The plain message of a failure: Apps Script passes an Error; never show a stack. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim();
}

/** Calls `name` on the server with its arguments; resolves with what it returns. */
export function callServer<N extends ServerFunction>(
  name: N,
  ...args: Parameters<SidebarCalls[N]>
): Promise<ReturnType<SidebarCalls[N]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      // The server's answer, as google.script.run hands back what the function returned.
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarCalls[N]>))
      .withFailureHandler((error) => reject(new Error(reasonOf(error))));
    (run[name] as (...callArgs: unknown[]) => void)(...args);
  });
}
