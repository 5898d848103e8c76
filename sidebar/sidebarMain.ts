// The sidebar: one server round trip on open (getSidebarModel), then one call per action. Every
// failure ends in a plain sentence on screen, never in a blank panel or a stack trace.
// The first screen (300 × 700 px) holds the header, today's most urgent actions, the KPI lights
// and the weekly update's state; everything else folds away in sections below.
import { withLabels } from '../src/core/text/sidebarLabels';
import type { ShownSidebarModel, SidebarText } from '../src/core/views/sidebarModel';
import type { TickHandler } from './checklistView';
import { copyText } from './clipboard';
import { el, fill } from './dom';
import type { SaveHandler } from './journalView';
import { kpiLightsView } from './kpiLightsView';
import type { CopyHandler } from './macrosView';
import { revealAnchor, type ToggleHandler } from './sectionView';
import { sectionsView } from './sectionsView';
import { callServer } from './serverCalls';
import { updateStateView } from './updateStateView';
import { urgentView, type ShowHandler } from './urgentView';

type Outcome = { ok: boolean; message: string };

const app = document.getElementById('app') as HTMLElement;
const boot = document.getElementById('boot');
/** Sentences for the time before a model arrives, from the server-side template. */
const bootText = {
  loadFailed: boot?.dataset.loadFailed ?? '{reason}',
  noReason: boot?.dataset.noReason ?? '',
  refresh: boot?.dataset.refresh ?? '↻',
};
let model: ShownSidebarModel | null = null;
/** The control last focused: a redraw puts the focus back on it (keyboard and screen readers). */
let focusedId = '';
app.addEventListener('focusin', (event) => {
  focusedId = (event.target as HTMLElement).id;
});

const message = el('p', { id: 'message', role: 'status', 'aria-live': 'polite' });

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  message.textContent = text;
  message.className = kind === 'error' ? 'message error' : 'message';
  // The status line stays at the top while it says something: what is scrolled to stops below it.
  const height = message.isConnected ? message.offsetHeight : 0;
  document.documentElement.style.setProperty('--status-height', `${height}px`);
}

/**
 * A sentence the add-on wrote for a failure carries its log reference; anything else (the
 * browser's "Failed to fetch", Apps Script's "Exceeded maximum execution time") is not shown in
 * its own words but as the plain "no answer" sentence, in the sidebar's language.
 */
const OWN_SENTENCE = /\((?:기록 번호|log reference) \d{6}-\d{6}\)/;

function failed(error: unknown, text: SidebarText | null): void {
  const own = error instanceof Error && OWN_SENTENCE.test(error.message) ? error.message : '';
  const reason = own || text?.noReason || bootText.noReason;
  say(fill(text ? text.callFailed : bootText.loadFailed, { reason }), 'error');
}

function setBusy(busy: boolean): void {
  app.setAttribute('aria-busy', String(busy));
  app.querySelectorAll<HTMLButtonElement>('.top button, .notice button').forEach((button) => {
    button.disabled = busy;
  });
}

function button(id: string, label: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', { type: 'button', id }, label);
  element.addEventListener('click', onClick);
  return element;
}

function header(current: ShownSidebarModel | null): HTMLElement {
  const refresh = button('refresh', current?.text.refresh ?? bootText.refresh, () => {
    say('');
    void load();
  });
  const update =
    current &&
    !current.setupNeeded &&
    button('run-update', current.text.runUpdate, () => void runWeeklyUpdate(current));
  return el(
    'header',
    { class: 'top' },
    el('div', { class: 'title-row' }, el('h1', {}, current?.text.title ?? document.title), refresh),
    current &&
      el(
        'p',
        { class: 'meta' },
        el('span', {}, current.text.today),
        current.dataAsOf !== null && el('span', {}, current.dataAsOf),
      ),
    update && el('div', { class: 'actions' }, update),
  );
}

function notices(current: ShownSidebarModel): HTMLElement | null {
  if (current.notices.length === 0) return null;
  return el(
    'div',
    { class: 'notice' },
    ...current.notices.map((text) => el('p', {}, text)),
    current.setupNeeded &&
      el(
        'div',
        { class: 'actions' },
        button('setup-sheets', current.text.setupSheets, () => void setupSheets(current)),
      ),
  );
}

const onTick: TickHandler = (item, ticked, revert) => {
  const text = model?.text ?? null;
  callServer('setChecklistTick', item.id, ticked).then(
    (outcome) => {
      if (outcome.ok) return;
      revert();
      say(outcome.message, 'error');
    },
    (error) => {
      revert();
      failed(error, text);
    },
  );
};

const onSave: SaveHandler = (line, input) => {
  const text = model?.text ?? null;
  callServer('saveJournal', line).then(
    (outcome) => {
      say(outcome.message, outcome.ok ? 'info' : 'error');
      if (outcome.ok) input.value = outcome.line.text;
    },
    (error) => failed(error, text),
  );
};

const onCopy: CopyHandler = (source) => {
  if (!model) return;
  const { copied, selected } = model.text;
  void copyText(source).then((result) => say(result === 'copied' ? copied : selected));
};

/** Remembers a section opened or closed, once per change (not for how it was drawn). */
const onToggle: ToggleHandler = (id, open) => {
  if (!model || model.sections[id] === open) return;
  model.sections[id] = open;
  const text = model.text;
  callServer('setSectionOpen', id, open).then(
    (outcome) => {
      if (!outcome.ok) say(outcome.message, 'error');
    },
    (error) => failed(error, text),
  );
};

const onShow: ShowHandler = (line) => revealAnchor(app, line.section, line.anchor);

function render(): void {
  const sections: Array<HTMLElement | null | false> = [header(model), message];
  if (model) {
    sections.push(
      notices(model),
      // Without an Orders or a Ledger tab, setting up the sheets is the one thing to do.
      !model.setupNeeded && urgentView(model.urgent, model.text, onShow),
      kpiLightsView(model.kpis, model.text),
      updateStateView(model.update),
      sectionsView(model, { onTick, onCopy, onSave, onToggle }),
    );
    document.documentElement.lang = model.lang;
  }
  app.replaceChildren(...sections.filter((section): section is HTMLElement => !!section));
}

async function load(): Promise<void> {
  setBusy(true);
  try {
    model = withLabels(await callServer('getSidebarModel'));
    render();
  } catch (error) {
    render();
    failed(error, null);
  } finally {
    setBusy(false);
    // The button pressed, or the next step when it is gone (시트 준비하기 → 주간 업데이트 실행).
    if (!app.contains(document.activeElement) && focusedId) {
      (document.getElementById(focusedId) ?? document.getElementById('run-update'))?.focus();
    }
  }
}

/** Runs an action, reloads the model so the sidebar shows its effect, then says how it went. */
async function runThenReload(
  current: ShownSidebarModel,
  busyText: string,
  action: () => Promise<Outcome | null>,
): Promise<void> {
  say(busyText);
  setBusy(true);
  let outcome: Outcome | null;
  try {
    outcome = await action();
  } catch (error) {
    setBusy(false);
    failed(error, current.text);
    return;
  }
  await load();
  // Setting up says how it went in a toast of its own: the busy line just goes.
  say(outcome?.message ?? '', outcome?.ok === false ? 'error' : 'info');
}

function runWeeklyUpdate(current: ShownSidebarModel): Promise<void> {
  return runThenReload(current, current.text.updating, () => callServer('weeklyUpdate', {}));
}

function setupSheets(current: ShownSidebarModel): Promise<void> {
  return runThenReload(current, current.text.settingUp, async () => {
    await callServer('setupSheets');
    return null;
  });
}

void load();
