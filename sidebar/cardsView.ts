// KPI cards and the funnel card. A status is never colour alone: each card has an icon and a
// word, and the colour only repeats them.
import type { FunnelCard } from '../src/core/views/funnelCard';
import type { KpiCard } from '../src/core/views/kpiCards';
import type { KpiStatus } from '../src/core/metrics/kpiStatus';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { el } from './dom';

export const STATUS_ICONS: Record<KpiStatus, string> = {
  OK: '✓',
  WARN: '!',
  BAD: '✕',
  'NO DATA': '–',
};
export const STATUS_CLASS: Record<KpiStatus, string> = {
  OK: 'ok',
  WARN: 'warn',
  BAD: 'bad',
  'NO DATA': 'nodata',
};

/** The status as an icon (hidden from screen readers, which read the word) and a word. */
function statusBadge(card: KpiCard, text: SidebarText): HTMLElement {
  return el(
    'span',
    { class: 'badge' },
    el('span', { 'aria-hidden': 'true' }, STATUS_ICONS[card.status]),
    ' ',
    text.statuses[card.status],
  );
}

function kpiCardView(card: KpiCard, text: SidebarText): HTMLElement {
  return el(
    'li',
    {
      class: `kpi ${STATUS_CLASS[card.status]}`,
      'data-kpi': card.id,
      'data-status': card.status,
      'data-value': card.value === null ? '' : String(card.value),
    },
    el(
      'div',
      { class: 'kpi-head' },
      el('span', { class: 'kpi-name' }, card.name),
      statusBadge(card, text),
    ),
    el(
      'p',
      { class: 'kpi-figures' },
      el('span', { class: 'kpi-value' }, card.valueText),
      ' ',
      el('span', { class: 'kpi-target' }, card.targetText),
    ),
    card.advice !== null && el('p', { class: 'advice' }, card.advice),
  );
}

/** Every KPI in full: number, target, status and what to do (the first screen has the lights). */
export function kpiCardsView(cards: readonly KpiCard[], text: SidebarText): HTMLElement {
  return el('ul', { class: 'kpis' }, ...cards.map((card) => kpiCardView(card, text)));
}

export function funnelView(funnel: FunnelCard, text: SidebarText): HTMLElement {
  const steps = funnel.bars.map((bar) => {
    const fill = el('span', { class: 'bar-fill' });
    fill.style.width = `${bar.widthPercent}%`;
    return el(
      'li',
      { class: bar.weakest ? 'step weakest' : 'step', 'data-step': bar.id },
      el(
        'div',
        { class: 'step-head' },
        el('span', {}, bar.label),
        el('span', { class: 'step-count' }, bar.text),
      ),
      el('div', { class: 'bar', 'aria-hidden': 'true' }, fill),
    );
  });
  return el(
    'div',
    { class: 'funnel-card' },
    funnel.note !== null && el('p', { class: 'note' }, funnel.note),
    el('ol', { class: 'funnel' }, ...steps),
    funnel.weakest &&
      el(
        'div',
        { class: 'weakest-advice' },
        el('p', {}, el('strong', {}, `${text.funnelWeakest}: ${funnel.weakest.stage}`)),
        el('p', {}, funnel.weakest.advice),
      ),
  );
}
