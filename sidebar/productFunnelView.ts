// The funnel per product, most seen first: each product with its impressions, click rate and
// buy rate. A click rate under the benchmark is marked with a sign and a word, not colour alone.
import type { ProductFunnelRow } from '../src/core/views/sidebarLists';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { el, fill } from './dom';

export function productFunnelView(
  funnel: { rows: readonly ProductFunnelRow[]; more: number },
  text: SidebarText,
): HTMLElement | null {
  if (funnel.rows.length === 0) return null;
  return el(
    'div',
    { class: 'product-funnel' },
    el('h3', {}, text.productFunnelHeading),
    el(
      'ul',
      { class: 'product-funnel-list' },
      ...funnel.rows.map((row) =>
        el(
          'li',
          { class: row.weakClick ? 'product weak-click' : 'product' },
          el(
            'p',
            { class: 'product-name' },
            row.weakClick && el('span', { 'aria-hidden': 'true' }, '! '),
            row.product,
            row.weakClick && el('span', { class: 'weak-word' }, ` · ${text.weakClick}`),
          ),
          el('p', { class: 'product-figures' }, row.text),
        ),
      ),
    ),
    funnel.more > 0 && el('p', { class: 'more' }, fill(text.more, { count: funnel.more })),
  );
}
