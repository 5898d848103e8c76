// The five reply macros, each folded under its name, in Korean and English with a copy button.
import type { Macro } from '../src/core/text/replyMacros';
import type { SidebarText } from '../src/core/views/sidebarModel';
import { el } from './dom';

export type CopyHandler = (source: HTMLElement, button: HTMLButtonElement) => void;

/** A message to send and its copy button; `id` makes the paragraph's id unique. */
export function copyable(
  text: string,
  lang: 'ko' | 'en',
  label: string,
  id: string,
  onCopy: CopyHandler,
): HTMLElement[] {
  const textId = `${id}-${lang}`;
  const paragraph = el('p', { class: 'macro-text', lang, id: textId }, text);
  const button = el('button', { type: 'button', class: 'copy', 'aria-describedby': textId }, label);
  button.addEventListener('click', () => onCopy(paragraph, button));
  return [paragraph, button];
}

export function macrosView(
  macros: readonly Macro[],
  text: SidebarText,
  onCopy: CopyHandler,
): HTMLElement {
  return el(
    'div',
    { class: 'macros' },
    ...macros.map((macro) =>
      el(
        'details',
        { class: 'macro', 'data-macro': macro.id },
        el('summary', {}, macro.title),
        ...copyable(macro.ko, 'ko', text.copyKo, `macro-${macro.id}`, onCopy),
        ...copyable(macro.en, 'en', text.copyEn, `macro-${macro.id}`, onCopy),
      ),
    ),
  );
}
