// The sidebar: one server round trip on open (getSidebarModel), then one call per action. Every
// failure ends in a plain sentence on screen, never in a blank panel or a stack trace.
import type { SidebarModel, SidebarText } from '../src/sidebarModel';
import { funnelView, kpiCardsView } from './cardsView';
import { checklistsView, type TickHandler } from './checklistView';
import { copyText } from './clipboard';
import { el, fill } from './dom';
import { journalView, type SaveHandler } from './journalView';
import { macrosView, type CopyHandler } from './macrosView';
import { callServer } from './server';

type Outcome = { ok: boolean; message: string };

const app = document.getElementById('app') as HTMLElement;
const boot = document.getElementById('boot');
/** Sentences for the time before a model arrives, from the server-side template. */
const bootText = {
  loadFailed: boot?.dataset.loadFailed ?? '{reason}',
  noReason: boot?.dataset.noReason ?? '',
};
let model: SidebarModel | null = null;

const message = el('p', { id: 'message', role: 'status', 'aria-live': 'polite' });

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  message.textContent = text;
  message.className = kind === 'error' ? 'message error' : 'message';
}

function failed(error: unknown, text: SidebarText | null): void {
  const reason = (error instanceof Error && error.message) || text?.noReason || bootText.noReason;
  say(fill(text ? text.callFailed : bootText.loadFailed, { reason }), 'error');
}

function setBusy(busy: boolean): void {
  app.setAttribute('aria-busy', String(busy));
  app.querySelectorAll<HTMLButtonElement>('.actions button').forEach((button) => {
    button.disabled = busy;
  });
}

function button(id: string, label: string, onClick: () => void): HTMLButtonElement {
  const element = el('button', { type: 'button', id }, label);
  element.addEventListener('click', onClick);
  return element;
}

function header(current: SidebarModel | null): HTMLElement {
  const refresh = button('refresh', current?.text.refresh ?? '↻', () => {
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
    el('h1', {}, current?.text.title ?? document.title),
    current &&
      el(
        'p',
        { class: 'meta' },
        [current.text.today, current.dataAsOf].filter(Boolean).join(' · '),
      ),
    el('div', { class: 'actions' }, update, refresh),
  );
}

function notices(current: SidebarModel): HTMLElement | null {
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
  callServer<Outcome>('setChecklistTick', item.id, ticked).then(
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
  callServer<Outcome & { line?: { text: string } }>('saveJournal', line).then(
    (outcome) => {
      say(outcome.message, outcome.ok ? 'info' : 'error');
      if (outcome.ok && outcome.line) input.value = outcome.line.text;
    },
    (error) => failed(error, text),
  );
};

const onCopy: CopyHandler = (source) => {
  if (!model) return;
  const { copied, selected } = model.text;
  void copyText(source).then((result) => say(result === 'copied' ? copied : selected));
};

function render(): void {
  const sections: Array<HTMLElement | null> = [header(model), message];
  if (model) {
    sections.push(
      notices(model),
      checklistsView(model.checklists, model.text, onTick),
      kpiCardsView(model.kpis, model.text),
      funnelView(model.funnel, model.text),
      macrosView(model.macros, model.text, onCopy),
      journalView(model, onSave),
    );
    document.documentElement.lang = model.lang;
  }
  app.replaceChildren(...sections.filter((section): section is HTMLElement => section !== null));
}

async function load(): Promise<void> {
  setBusy(true);
  try {
    model = await callServer<SidebarModel>('getSidebarModel');
    render();
  } catch (error) {
    render();
    failed(error, null);
  } finally {
    setBusy(false);
  }
}

/** Runs an action, reloads the model so the sidebar shows its effect, then says how it went. */
async function runThenReload(
  current: SidebarModel,
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
  if (outcome) say(outcome.message, outcome.ok ? 'info' : 'error');
}

function runWeeklyUpdate(current: SidebarModel): Promise<void> {
  return runThenReload(current, current.text.updating, () =>
    callServer<Outcome>('weeklyUpdate', {}),
  );
}

function setupSheets(current: SidebarModel): Promise<void> {
  return runThenReload(current, current.text.settingUp, async () => {
    await callServer('setupSheets');
    return null;
  });
}

void load();
