// A morning / afternoon / weekly checklist: every item shows its data; items the data says are
// done are ticked and locked; the rest are the user's to tick.
import type { Checklist, ChecklistItem, ChecklistItemName } from '../src/core/views/checklist';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { el, fill } from './dom';

export type TickHandler = (item: ChecklistItem, ticked: boolean, revert: () => void) => void;

const isDone = (item: ChecklistItem): boolean => item.autoDone || item.ticked;

function progressText(list: Checklist, text: SidebarText): string {
  return fill(text.progress, {
    done: list.items.filter(isDone).length,
    total: list.items.length,
  });
}

function itemView(
  item: ChecklistItem,
  text: SidebarText,
  onChange: (ticked: boolean, revert: () => void) => void,
): HTMLElement {
  const inputId = `item-${item.id.replace('.', '-')}`;
  const name = item.id.slice(item.id.indexOf('.') + 1) as ChecklistItemName;
  const checkbox = el('input', { type: 'checkbox', id: inputId, 'data-item': item.id });
  checkbox.checked = isDone(item);
  checkbox.disabled = item.autoDone;
  const row = el(
    'li',
    { class: isDone(item) ? 'item done' : 'item' },
    el('div', { class: 'item-head' }, checkbox, el('label', { for: inputId }, text.items[name])),
    item.autoDone &&
      el('p', { class: 'auto' }, el('span', { 'aria-hidden': 'true' }, '✓ '), text.autoDone),
    item.lines.length > 0 &&
      el('ul', { class: 'lines' }, ...item.lines.map((line) => el('li', {}, line))),
  );
  checkbox.addEventListener('change', () => {
    const ticked = checkbox.checked;
    row.classList.toggle('done', ticked);
    onChange(ticked, () => {
      checkbox.checked = !ticked;
      row.classList.toggle('done', !ticked);
    });
  });
  return row;
}

/** One routine's items, and its progress ('1/4 완료') for the section's title to show. */
export function checklistView(
  list: Checklist,
  text: SidebarText,
  onTick: TickHandler,
): { items: HTMLElement; progress: HTMLElement } {
  const progress = el('span', { class: 'progress' }, progressText(list, text));
  const items = list.items.map((item) =>
    itemView(item, text, (ticked, revert) => {
      item.ticked = ticked;
      progress.textContent = progressText(list, text);
      onTick(item, ticked, () => {
        item.ticked = !ticked;
        revert();
        progress.textContent = progressText(list, text);
      });
    }),
  );
  return { items: el('ul', { class: 'items', 'data-routine': list.id }, ...items), progress };
}
