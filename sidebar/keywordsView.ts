// The ad keywords, biggest spend first: each keyword and what to do about it on one line (always
// visible), its figures below, ROAS beside the break-even ROAS of the SKU it advertises.
import type { KeywordRow } from '../src/core/views/sidebarLists';
import type { SidebarModel, SidebarText } from '../src/core/views/sidebarModel';
import { el, fill } from './dom';

type Column = keyof SidebarText['keywordColumns'];

/** The figure columns, in the order they show: reach and cost first, then ROAS and break-even. */
const FIGURES: ReadonlyArray<Exclude<Column, 'campaign' | 'action'>> = [
  'impressions',
  'ctr',
  'cpc',
  'roas',
  'breakEven',
];

function keywordView(row: KeywordRow, text: SidebarText): HTMLElement {
  const columns = text.keywordColumns;
  return el(
    'li',
    { class: 'keyword', 'data-action': row.action },
    el(
      'p',
      { class: 'keyword-head' },
      el('span', { class: 'keyword-name' }, row.campaign),
      ' ',
      el('span', { class: 'keyword-action' }, row.actionText),
    ),
    row.sku !== null && el('p', { class: 'keyword-sku' }, row.sku),
    el(
      'dl',
      { class: 'keyword-figures', 'aria-label': row.campaign },
      ...FIGURES.map((column) =>
        el(
          'div',
          { class: `figure ${column}` },
          el('dt', {}, columns[column]),
          el('dd', {}, row[column]),
        ),
      ),
    ),
  );
}

export function keywordsView(keywords: SidebarModel['keywords'], text: SidebarText): HTMLElement {
  if (keywords.rows.length === 0) {
    return el('p', { class: 'none' }, keywords.gap ?? text.keywordsNone);
  }
  return el(
    'div',
    { class: 'keywords' },
    el('ul', { class: 'keyword-list' }, ...keywords.rows.map((row) => keywordView(row, text))),
    keywords.more > 0 && el('p', { class: 'more' }, fill(text.more, { count: keywords.more })),
  );
}
