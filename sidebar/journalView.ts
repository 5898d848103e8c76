// Today's one-line journal: shows the saved line and saves an edit (the server replaces the row).
import type { ShownSidebarModel } from '../src/core/views/sidebarModel';
import { el } from './dom';

export type SaveHandler = (text: string, input: HTMLInputElement) => void;

export function journalView(model: ShownSidebarModel, onSave: SaveHandler): HTMLElement {
  const { text, journal } = model;
  const input = el('input', {
    type: 'text',
    id: 'journal-text',
    maxlength: '500',
    autocomplete: 'off',
  });
  input.value = journal.line.text;
  const form = el(
    'form',
    { class: 'journal', 'data-date': journal.line.date },
    el('label', { for: 'journal-text' }, text.journalLabel),
    input,
    el('button', { type: 'submit' }, text.journalSave),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSave(input.value, input);
  });
  return form;
}
