/**
 * Copies text for the reader, on a page served over http too: the Clipboard API exists only in
 * secure contexts (many government sites are still http), so without it the words are selected
 * in a hidden field inside our own (closed) UI and copied with the older command. Throws when
 * neither works.
 */
export async function copyText(uiRoot: HTMLElement, text: string): Promise<void> {
  const clip = uiRoot.ownerDocument.defaultView?.navigator.clipboard;
  if (clip?.writeText) {
    try {
      await clip.writeText(text);
      return;
    } catch {
      // Refused (no focus, no permission): try the command below.
    }
  }
  const field = uiRoot.ownerDocument.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.className = 'visually-hidden';
  uiRoot.append(field);
  try {
    field.select();
    if (!uiRoot.ownerDocument.execCommand('copy')) throw new Error('copying was refused');
  } finally {
    field.remove();
  }
}
