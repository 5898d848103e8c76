// The first screen's last line: the weekly update's state. Each state has its own icon and border
// (solid, dashed, double), so it reads without colour.
import type { ShownSidebarModel } from '../src/core/views/sidebarModel';
import { el, type Child } from './dom';

type UpdateStatus = ShownSidebarModel['update']['status'];

const ICONS: Record<UpdateStatus, string> = { ok: '✓', due: '!', never: '–', failed: '✕' };

export function updateStateView(update: ShownSidebarModel['update']): HTMLElement {
  return el(
    'p',
    { id: 'update-state', class: `update-state ${update.status}`, 'data-status': update.status },
    el('span', { class: 'update-icon', 'aria-hidden': 'true' }, ICONS[update.status]),
    el('span', { class: 'update-text' }, ...withDateWhole(update)),
  );
}

/** The line with its date (`2025-10-27 09:00`) on one line, never split at a hyphen. */
function withDateWhole({ text, date }: ShownSidebarModel['update']): Child[] {
  const at = date === '' ? -1 : text.indexOf(date);
  if (at < 0) return [text];
  const whole = el('span', { class: 'date' }, date);
  return [text.slice(0, at), whole, text.slice(at + date.length)];
}
