// The open disputes: how many and the money at stake, then each with its order, when it opened,
// why, and what it puts at stake.
import type { DisputesView } from '../src/core/views/sidebarLists';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { el, fill } from './dom';

export function disputesView(disputes: DisputesView, text: SidebarText): HTMLElement {
  return el(
    'div',
    { class: 'disputes' },
    el('p', { class: 'disputes-summary' }, disputes.summary),
    disputes.rows.length > 0 &&
      el(
        'ul',
        { class: 'dispute-list' },
        ...disputes.rows.map((row) =>
          el(
            'li',
            { class: 'dispute', 'data-order': row.orderId },
            el(
              'p',
              { class: 'dispute-head' },
              el('span', { class: 'dispute-order' }, row.orderId),
              ' ',
              el('span', { class: 'dispute-amount' }, row.atStake),
            ),
            el('p', { class: 'dispute-text' }, row.text),
          ),
        ),
      ),
    disputes.more > 0 && el('p', { class: 'more' }, fill(text.more, { count: disputes.more })),
  );
}
