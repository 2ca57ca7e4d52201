/**
 * The events every gl- element sends: one owner for their names and details. All bubble and are
 * composed (they leave shadow roots), so a page listens on the element it placed, or above it:
 *   el.addEventListener('gl-watch', (e) => save(e.detail));
 */
import type { Annotation, AnnotationKind, ExtractionResult } from '../lib/schema.ts';

/** A highlight chosen: from a card's task list, an outline entry, or (gazette-lens-document) the page. */
export interface GlSelectDetail {
  id: string;
  /** gazette-lens-document only: what was chosen. */
  kind?: AnnotationKind;
  text?: string;
  annotation?: Annotation;
}

/** A deadline the reader wants to be reminded of. */
export interface GlWatchDetail {
  id: string;
  /** The deadline's words, its type and the day it falls due (ISO, last day of its precision). */
  text: string;
  type: string;
  due: string | null;
  /** The document it belongs to: its own number and title, when the text gives them. */
  docnum: string | null;
  title: string | null;
}

export interface GlReadyDetail {
  counts: Record<AnnotationKind, number>;
  documents: number;
  result: ExtractionResult;
}

export interface GlEventDetails {
  'gl-close': Record<string, never>;
  'gl-select': GlSelectDetail;
  'gl-watch': GlWatchDetail;
  'gl-copy': { text: string };
  'gl-open': { url: string };
  'gl-toggle': { open: boolean };
  'gl-toggle-kind': { kind: AnnotationKind; visible: boolean };
  'gl-filter-units': { query: string };
  'gl-toggle-unit': { key: string; open: boolean };
  'gl-select-note': { id: string };
  'gl-copy-note': { id: string };
  'gl-delete-note': { id: string };
  'gl-ready': GlReadyDetail;
  'gl-enable-site': Record<string, never>;
  'gl-open-library': Record<string, never>;
  'gl-open-options': Record<string, never>;
  'gl-open-outline': Record<string, never>;
  'gl-set-paused': { paused: boolean };
  'gl-open-watch': { url: string; text: string };
}

export type GlEventName = keyof GlEventDetails;

/** Sends a gl- event from `el` (bubbling, composed); returns false when a listener cancelled it. */
export function emit<K extends GlEventName>(el: EventTarget, type: K, detail: GlEventDetails[K], cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** Each gl- event as the DOM sends it. */
export type GlEventMap = { [K in GlEventName]: CustomEvent<GlEventDetails[K]> };

declare global {
  // Typed where pages listen: on the elements, and on the document the events bubble to.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends GlEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends GlEventMap {}
}
