// Sidebar script: one server round trip on open; every failure is shown in plain words.
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [serverFunction: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

function showStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

function loadSidebar(): void {
  const run = google.script.run
    .withSuccessHandler((model) => {
      const title = (model as { title?: string }).title ?? '';
      showStatus(title);
    })
    .withFailureHandler((error) => showStatus(error.message));
  (run.getSidebarModel as () => void)();
}

loadSidebar();
