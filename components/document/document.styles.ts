import { cardStyles, noteStyles } from '../card/card.styles.ts';
import { NOTE_OVERLAY_CSS } from '../../lib/highlight/note-overlay.ts';
import { outlineStyles } from '../outline/outline.styles.ts';
import { launcherStyles } from '../launcher/launcher.styles.ts';
import { darkStyles, forcedStyles } from '../theme.styles.ts';

/**
 * <gazette-lens-document>'s shadow root: the card, outline and launcher styles the content script
 * uses, with the launcher in a bar at the top of the element (an element is part of a page, not
 * the whole window), the card and outline above the page's own content, and (for a host that
 * keeps notes) the notes' boxes, cards and editor.
 */
export const documentStyles = `${cardStyles}${noteStyles}${NOTE_OVERLAY_CSS}${outlineStyles}${launcherStyles}
  :host { display: block; position: relative; }
  :host([hidden]) { display: none; }
  .bar { position: sticky; top: var(--gl-bar-top, 8px); z-index: 3; display: flex; justify-content: flex-end; margin-bottom: 8px; }
  .launcher { position: static; }
  .outline { z-index: 2147483000; width: var(--gl-outline-width, 380px); }
  .card-layer { z-index: 2147483001; }
  .card { width: var(--gl-card-width, 340px); max-width: calc(100vw - 24px); }
${darkStyles}${forcedStyles}`;
