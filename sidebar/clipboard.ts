// Copying inside Sheets' sandboxed iframe: the Clipboard API may be refused there, so the text is
// then selected (and copied the old way when the browser still allows it).

export type CopyResult = 'copied' | 'selected';

function selectText(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function copyBySelection(element: HTMLElement): CopyResult {
  selectText(element);
  try {
    return document.execCommand('copy') ? 'copied' : 'selected';
  } catch {
    return 'selected';
  }
}

/** Copies the element's text; says whether it is on the clipboard or only selected. */
export async function copyText(element: HTMLElement): Promise<CopyResult> {
  const text = element.textContent ?? '';
  try {
    if (!navigator.clipboard) return copyBySelection(element);
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return copyBySelection(element);
  }
}
