// KPI cards and the funnel card. A status is never colour alone: each card has an icon and a
// word, and the colour only repeats them.
import type { FunnelCard } from '../src/funnelCard';
import type { KpiCard } from '../src/kpiCards';
import type { KpiStatus } from '../src/kpiStatus';
import type { SidebarText } from '../src/sidebarModel';
import { el } from './dom';

const ICONS: Record<KpiStatus, string> = { OK: '✓', WARN: '!', BAD: '✕', 'NO DATA': '–' };
const STATUS_CLASS: Record<KpiStatus, string> = {
  OK: 'ok',
  WARN: 'warn',
  BAD: 'bad',
  'NO DATA': 'nodata',
};

function kpiCardView(card: KpiCard): HTMLElement {
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
      el(
        'span',
        { class: 'badge' },
        el('span', { 'aria-hidden': 'true' }, ICONS[card.status]),
        ' ',
        card.statusText,
      ),
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

export function kpiCardsView(cards: readonly KpiCard[], text: SidebarText): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'kpi-heading' },
    el('h2', { id: 'kpi-heading' }, text.kpiHeading),
    el('ul', { class: 'kpis' }, ...cards.map(kpiCardView)),
  );
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
    'section',
    { 'aria-labelledby': 'funnel-heading' },
    el('h2', { id: 'funnel-heading' }, text.funnelHeading),
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
