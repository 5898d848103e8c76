// The first screen's KPI lights: all eight in a two-column grid, each its status icon and short
// name, then its number and status word (the colour only repeats them). The full cards, with
// targets and advice, sit in a section below.
import type { KpiCard } from '../src/core/views/kpiCards';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { STATUS_CLASS, STATUS_ICONS } from './cardsView';
import { el } from './dom';

function lightView(card: KpiCard, text: SidebarText): HTMLElement {
  return el(
    'li',
    {
      class: `light ${STATUS_CLASS[card.status]}`,
      'data-kpi': card.id,
      'data-status': card.status,
    },
    el(
      'span',
      { class: 'light-name' },
      el('span', { class: 'light-icon', 'aria-hidden': 'true' }, STATUS_ICONS[card.status]),
      ' ',
      text.lights[card.id] ?? card.name,
    ),
    el(
      'span',
      { class: 'light-figures' },
      el('span', { class: 'light-value' }, card.valueText),
      ' ',
      el('span', { class: 'badge' }, text.statuses[card.status]),
    ),
  );
}

export function kpiLightsView(cards: readonly KpiCard[], text: SidebarText): HTMLElement {
  return el(
    'section',
    { class: 'lights-panel', 'aria-labelledby': 'lights-heading' },
    el('h2', { id: 'lights-heading' }, text.kpiHeading),
    el('ul', { class: 'lights' }, ...cards.map((card) => lightView(card, text))),
  );
}
