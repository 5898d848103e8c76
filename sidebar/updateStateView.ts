// The first screen's last line: the weekly update's state. Each state has its own icon and border
// (solid, dashed, double), so it reads without colour.
import type { ShownSidebarModel } from '../src/core/views/sidebarModel';
import { el } from './dom';

type UpdateStatus = ShownSidebarModel['update']['status'];

const ICONS: Record<UpdateStatus, string> = { ok: '✓', due: '!', never: '–', failed: '✕' };

export function updateStateView(update: ShownSidebarModel['update']): HTMLElement {
  return el(
    'p',
    { id: 'update-state', class: `update-state ${update.status}`, 'data-status': update.status },
    el('span', { class: 'update-icon', 'aria-hidden': 'true' }, ICONS[update.status]),
    el('span', { class: 'update-text' }, update.text),
  );
}
