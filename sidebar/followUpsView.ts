// Today's review follow-ups, by kind: what to do, the message to send (copy it in Korean or
// English), then the orders to send it to, soonest first.
import type { FollowUpGroup } from '../src/core/views/sidebarLists';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { el, fill } from './dom';
import { copyable, type CopyHandler } from './macrosView';

function groupView(group: FollowUpGroup, text: SidebarText, onCopy: CopyHandler): HTMLElement {
  const headingId = `follow-up-${group.kind}`;
  return el(
    'section',
    { class: 'follow-up', 'data-kind': group.kind, 'aria-labelledby': headingId },
    el('h3', { id: headingId }, group.title),
    el('p', { class: 'hint' }, group.hint),
    ...copyable(group.macro.ko, 'ko', text.copyKo, `${headingId}-macro`, onCopy),
    ...copyable(group.macro.en, 'en', text.copyEn, `${headingId}-macro`, onCopy),
    el('ol', { class: 'rows' }, ...group.rows.map((row) => el('li', {}, row))),
    group.more > 0 && el('p', { class: 'more' }, fill(text.more, { count: group.more })),
  );
}

export function followUpsView(
  groups: readonly FollowUpGroup[],
  text: SidebarText,
  onCopy: CopyHandler,
): HTMLElement {
  if (groups.length === 0) return el('p', { class: 'none' }, text.followUpsNone);
  return el('div', { class: 'follow-ups' }, ...groups.map((g) => groupView(g, text, onCopy)));
}
