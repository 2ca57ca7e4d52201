/**
 * Watches a page for changes that need a new reading: the whole document (a page that replaces
 * <body> is read again too) and the bodies of the frames it read. Our own UI and our own marks
 * never count (the loop guard); neither does the <head> (scripts and styles).
 */
export class PageObserver {
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document, private readonly uiHost: Element, onChange: () => void) {
    this.observer = new MutationObserver((records) => {
      if (!records.some((r) => this.foreign(r))) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(onChange, 400);
    });
  }

  private foreign(r: MutationRecord): boolean {
    const { doc, uiHost } = this;
    const t = r.target;
    if (uiHost.contains(t)) return false;
    if (t === doc.documentElement) return [...r.addedNodes].some((n) => n.nodeName === 'BODY' || n.nodeName === 'FRAMESET');
    if (doc.head?.contains(t)) return false;
    const el = t.nodeType === 1 ? (t as Element) : t.parentElement;
    if (el?.closest('mark.gl-mark')) return false;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return !nodes.length || !nodes.every((n) => n === uiHost || (n as Element).classList?.contains('gl-mark'));
  }

  /** Starts (again) on the document and on `frames`, dropping what happened meanwhile. */
  observe(frames: readonly Document[]): void {
    this.observer.takeRecords();
    const options = { childList: true, subtree: true, characterData: true };
    this.observer.observe(this.doc.documentElement, options);
    for (const frame of frames) if (frame.body) this.observer.observe(frame.body, options);
  }

  /** Stops while we change the page ourselves (a reading paints its highlights). */
  pause(): void {
    this.observer.disconnect();
  }

  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
  }
}
