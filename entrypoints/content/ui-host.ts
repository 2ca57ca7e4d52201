/**
 * Our one element on the page: a host with a *closed* shadow root (the page's scripts get
 * `null` for `host.shadowRoot` and cannot read or click anything inside), our styles in it,
 * and the events that carry what the reader types stopped at its boundary.
 *
 * It comes back when the page takes it away (a framework re-rendering `<body>`, a script
 * clearing it): the same host is put back, so there is never a second one, and a page that
 * keeps removing it gets it back a bounded number of times, not in a loop.
 */

/** Events whose fields say what was typed, pasted or dropped: they stay inside our UI. */
const PRIVATE_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend',
  'paste', 'copy', 'cut', 'drop', 'dragstart', 'select', 'selectionchange',
] as const;

/**
 * The host's own look: nothing of the page's styles reaches in (`all: initial`, important so a
 * page cannot hide or restyle it), our type and colour, left out of selections and of print.
 */
export const UI_HOST_CSS = `
:host { all: initial !important; display: block !important; position: static !important;
  font: 14px/1.5 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif !important;
  color: #1d2329 !important; user-select: none !important; -webkit-user-select: none !important; }
@media print { :host { display: none !important; } }
@media (prefers-color-scheme: dark) { :host { color: #e3e8ed !important; } }
`;

/** At most this many re-mounts in WINDOW_MS; after that the page has won and we stop. */
const MAX_REMOUNTS = 20;
const WINDOW_MS = 10_000;

export interface UiHost {
  readonly host: HTMLElement;
  /** Where our UI renders. */
  readonly container: HTMLElement;
  /** The shadow root; kept here, never on the element. */
  readonly root: ShadowRoot;
  /** Times the host was put back after the page removed it. */
  readonly remounts: number;
  destroy(): void;
}

function makeHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  // A page may define an element of our name that attaches its own (open) root first:
  // then a name it cannot know.
  for (const name of ['gazette-lens-ui', `gazette-lens-ui-${Math.random().toString(36).slice(2, 10)}`]) {
    const host = doc.createElement(name);
    try {
      return { host, root: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // taken: try the next name
    }
  }
  throw new Error('could not attach a shadow root for the UI');
}

export function mountUiHost(doc: Document, css: string, onRemount?: () => void): UiHost {
  const { host, root } = makeHost(doc);
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.setAttribute('data-gl-container', '');
  root.append(style, container);
  for (const type of PRIVATE_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  const attach = (): void => {
    (doc.body ?? doc.documentElement).append(host);
  };
  attach();

  let remounts = 0;
  const recent: number[] = [];
  let gaveUp = false;
  const observer = new MutationObserver(() => {
    if (host.isConnected || gaveUp) return;
    const now = Date.now();
    while (recent.length && now - recent[0]! > WINDOW_MS) recent.shift();
    if (recent.length >= MAX_REMOUNTS) {
      gaveUp = true;
      observer.disconnect();
      return;
    }
    recent.push(now);
    remounts++;
    attach();
    onRemount?.();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  return {
    host,
    container,
    root,
    get remounts() {
      return remounts;
    },
    destroy() {
      observer.disconnect();
      host.remove();
    },
  };
}
