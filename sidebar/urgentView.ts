// The first screen's "Do now": at most three of today's most urgent actions, each one line with
// its count and a button that opens the list it comes from.
import type { SidebarText, UrgentLine } from '../src/core/views/sidebarModel';
import { el } from './dom';

export type ShowHandler = (line: UrgentLine) => void;

function urgentLineView(line: UrgentLine, text: SidebarText, onShow: ShowHandler): HTMLElement {
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
  lines: readonly UrgentLine[],
  text: SidebarText,
  onShow: ShowHandler,
): HTMLElement {
  return el(
    'section',
    { class: 'urgent', 'aria-labelledby': 'urgent-heading' },
    el('h2', { id: 'urgent-heading' }, text.urgentHeading),
    lines.length === 0
      ? // "Nothing urgent" only when the orders could be judged: else why they could not.
        el(
          'p',
          { class: text.ordersUnread ? 'orders-unread' : 'nothing-urgent' },
          text.ordersUnread ?? text.nothingUrgent,
        )
      : el(
          'ol',
          { class: 'urgent-lines' },
          ...lines.map((line) => urgentLineView(line, text, onShow)),
        ),
  );
}
