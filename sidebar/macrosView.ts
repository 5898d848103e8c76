// The five reply macros, each folded under its name, in Korean and English with a copy button.
import type { Macro } from '../src/macros';
import type { SidebarText } from '../src/sidebarModel';
import { el } from './dom';

export type CopyHandler = (source: HTMLElement, button: HTMLButtonElement) => void;

function copyable(
  text: string,
  lang: 'ko' | 'en',
  label: string,
  id: string,
  onCopy: CopyHandler,
): HTMLElement[] {
  const textId = `macro-${id}-${lang}`;
  const paragraph = el('p', { class: 'macro-text', lang, id: textId }, text);
  const button = el('button', { type: 'button', 'aria-describedby': textId }, label);
  button.addEventListener('click', () => onCopy(paragraph, button));
  return [paragraph, button];
}

export function macrosView(
  macros: readonly Macro[],
  text: SidebarText,
  onCopy: CopyHandler,
): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'macros-heading' },
    el('h2', { id: 'macros-heading' }, text.macrosHeading),
    ...macros.map((macro) =>
      el(
        'details',
        { class: 'macro', 'data-macro': macro.id },
        el('summary', {}, macro.title),
        ...copyable(macro.ko, 'ko', text.copyKo, macro.id, onCopy),
        ...copyable(macro.en, 'en', text.copyEn, macro.id, onCopy),
      ),
    ),
  );
}
