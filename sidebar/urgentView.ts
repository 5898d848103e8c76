// The first screen's "Do now": at most three of today's most urgent actions, each one line with
// its count and a button that opens the list it comes from.
import type { ShownUrgentLine, SidebarText } from '../src/core/views/sidebarModel';
import { el } from './dom';

export type ShowHandler = (line: ShownUrgentLine) => void;

function urgentLineView(
  line: ShownUrgentLine,
  text: SidebarText,
  onShow: ShowHandler,
): HTMLElement {
  const button = el(
    'button',
    {
      type: 'button',
      class: 'urgent-line',
      'data-urgent': line.id,
      'data-count': String(line.count),
      'aria-controls': `section-${line.section}`,
    },
    el('span', { class: 'urgent-text' }, line.text),
    el('span', { class: 'urgent-go' }, text.showList, el('span', { 'aria-hidden': 'true' }, ' ›')),
  );
  button.addEventListener('click', () => onShow(line));
  return el('li', {}, button);
}

export function urgentView(
  lines: readonly ShownUrgentLine[],
  text: SidebarText,
  onShow: ShowHandler,
): HTMLElement {
  return el(
    'section',
    { class: 'urgent', 'aria-labelledby': 'urgent-heading' },
    el('h2', { id: 'urgent-heading' }, text.urgentHeading),
    // Orders that could not be judged come first, whatever else is urgent: a parcel past its
    // deadline would not be among the lines. "Nothing urgent" only when they could be.
    text.ordersUnread && el('p', { class: 'orders-unread' }, text.ordersUnread),
    lines.length > 0 &&
      el(
        'ol',
        { class: 'urgent-lines' },
        ...lines.map((line) => urgentLineView(line, text, onShow)),
      ),
    lines.length === 0 &&
      !text.ordersUnread &&
      el('p', { class: 'nothing-urgent' }, text.nothingUrgent),
  );
}
