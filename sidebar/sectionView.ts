// The sections below the first screen: each a native <details> (keyboard and screen reader
// support for free) that opens as the user left it, and reports each open or close.
import type { SectionId } from '../src/core/views/sections';
import { el, type Child } from './dom';

export type ToggleHandler = (id: SectionId, open: boolean) => void;

export function sectionView(
  id: SectionId,
  title: string,
  open: boolean,
  content: Child[],
  onToggle: ToggleHandler,
  meta: HTMLElement | null = null,
): HTMLDetailsElement {
  const details = el(
    'details',
    { class: 'section', id: `section-${id}`, 'data-section': id },
    el('summary', {}, el('h2', { class: 'section-title' }, title), meta),
    el('div', { class: 'section-body' }, ...content),
  );
  details.open = open;
  // Also fires once for a section created open: the handler ignores a state it already knows.
  details.addEventListener('toggle', () => onToggle(id, details.open));
  return details;
}

let revealed: HTMLElement | null = null;

/**
 * Opens a section (its toggle handler remembers it), scrolls the anchor into view, focuses it and
 * marks it. The anchor is a checklist item's id, else a section's.
 */
export function revealAnchor(root: HTMLElement, section: SectionId, anchor: string): void {
  const details = root.querySelector<HTMLDetailsElement>(`#section-${CSS.escape(section)}`);
  if (!details) return;
  details.open = true;
  const box = root.querySelector<HTMLInputElement>(`[data-item="${CSS.escape(anchor)}"]`);
  const target = root.querySelector<HTMLElement>(`#section-${CSS.escape(anchor)}`) ?? details;
  if (target instanceof HTMLDetailsElement) target.open = true;
  const block = box?.closest<HTMLElement>('li') ?? target;
  let focusable: HTMLElement | null = box && !box.disabled ? box : null;
  if (!focusable && box) {
    block.tabIndex = -1;
    focusable = block;
  }
  focusable ??= target.querySelector('summary') ?? target;
  revealed?.classList.remove('revealed');
  revealed = block;
  block.classList.add('revealed');
  block.scrollIntoView({ block: 'start' });
  focusable.focus({ preventScroll: true });
}
