// Reviews at a glance: the average, the stars as bars with their counts written out, the share
// of photo reviews, and the words unhappy buyers repeat.
import type { ReviewsView } from '../src/core/views/sidebarLists';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { el } from './dom';

function starRow(row: ReviewsView['stars'][number]): HTMLElement {
  const percent = `${Math.round(row.share * 100)}%`;
  const bar = el('span', { class: 'bar-fill' });
  bar.style.width = percent;
  return el(
    'li',
    { class: 'star-row', 'data-stars': String(row.stars), 'data-count': String(row.count) },
    el('span', { class: 'star-text' }, row.text),
    el('span', { class: 'bar', 'aria-hidden': 'true' }, bar),
    el('span', { class: 'star-share' }, percent),
  );
}

export function reviewsView(reviews: ReviewsView, text: SidebarText): HTMLElement {
  if (reviews.summary === null) return el('p', { class: 'none' }, reviews.gap ?? text.reviewsNone);
  return el(
    'div',
    { class: 'reviews' },
    el('p', { class: 'reviews-summary' }, reviews.summary),
    el('ul', { class: 'stars' }, ...reviews.stars.map(starRow)),
    reviews.photoShare !== null && el('p', { class: 'photo-share' }, reviews.photoShare),
    reviews.complaintWords.length > 0 &&
      el(
        'section',
        { 'aria-labelledby': 'complaint-words' },
        el('h3', { id: 'complaint-words' }, text.reviewsWordsHeading),
        el('ul', { class: 'words' }, ...reviews.complaintWords.map((word) => el('li', {}, word))),
      ),
  );
}
