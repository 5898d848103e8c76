// Builds elements with text set through textContent only: whatever a tab holds (a title such as
// <img onerror=…>) reaches the page as text, never as markup.
export type Child = Node | string | null | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Fills `{name}` placeholders of a label: the same as the labels' own joining. */
export { fill } from '../src/core/text/sidebarLabels';
