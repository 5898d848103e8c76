// Everything below the first screen, one folding section each, in the order a seller's day needs
// them: the three routines, the KPIs in full, today's lists, then the funnel, macros and journal.
import { SECTION_IDS, type SectionId } from '../src/core/views/sections';
import type { ShownSidebarModel } from '../src/core/views/sidebarModel';
import { funnelView, kpiCardsView } from './cardsView';
import { productFunnelView } from './productFunnelView';
import { checklistView, type TickHandler } from './checklistView';
import { disputesView } from './disputesView';
import { el, type Child } from './dom';
import { followUpsView } from './followUpsView';
import { journalView, type SaveHandler } from './journalView';
import { keywordsView } from './keywordsView';
import { macrosView, type CopyHandler } from './macrosView';
import { reviewsView } from './reviewsView';
import { sectionView, type ToggleHandler } from './sectionView';

export interface SectionHandlers {
  onTick: TickHandler;
  onCopy: CopyHandler;
  onSave: SaveHandler;
  onToggle: ToggleHandler;
}

type Content = { content: Child[]; meta?: HTMLElement | null };

export function sectionsView(model: ShownSidebarModel, handlers: SectionHandlers): HTMLElement {
  const { text } = model;
  const contents = new Map<SectionId, Content>();
  for (const list of model.checklists) {
    const { items, progress } = checklistView(list, text, handlers.onTick);
    contents.set(list.id, { content: [items], meta: progress });
  }
  contents.set('kpis', { content: [kpiCardsView(model.kpis, text)] });
  contents.set('followUps', { content: [followUpsView(model.followUps, text, handlers.onCopy)] });
  contents.set('reviews', { content: [reviewsView(model.reviews, text)] });
  contents.set('keywords', { content: [keywordsView(model.keywords, text)] });
  contents.set('disputes', { content: [disputesView(model.disputes, text)] });
  contents.set('funnel', {
    content: [funnelView(model.funnel, text), productFunnelView(model.productFunnel, text)],
  });
  contents.set('macros', { content: [macrosView(model.macros, text, handlers.onCopy)] });
  contents.set('journal', {
    content: [journalView(model, handlers.onSave)],
    meta: el('span', { class: 'progress' }, model.journal.line.date),
  });
  return el(
    'div',
    { class: 'sections' },
    ...SECTION_IDS.map((id) => {
      const section = contents.get(id);
      if (!section) return null;
      return sectionView(
        id,
        text.sections[id],
        model.sections[id] === true,
        section.content,
        handlers.onToggle,
        section.meta ?? null,
      );
    }),
  );
}
