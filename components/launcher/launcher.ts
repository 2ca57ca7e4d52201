/** The small button at the page's corner that opens the outline and shows the counts. */
import { html, type TemplateResult } from 'lit';
import type { AnnotationKind } from '../../lib/schema.ts';
import type { Detection } from '../../lib/platform/messages.ts';
import { STRINGS, type Lang } from '../i18n.ts';
import { KIND_ORDER } from '../../lib/kinds.ts';

export function renderLauncher(
  state: { lang: Lang; counts: Record<AnnotationKind, number>; open: boolean; detection: Detection },
  actions: { toggle(): void },
): TemplateResult {
  const t = STRINGS[state.lang];
  const reasons = state.detection.reasons.map((r) => (state.lang === 'zh' ? r.zh : r.en)).join('；');
  return html`<button type="button" class="launcher" part="launcher" aria-expanded=${state.open ? 'true' : 'false'}
    title=${reasons} @click=${() => actions.toggle()}>
    <span class="logo" aria-hidden="true">公</span>
    <span class="label">${state.open ? t.close : t.openOutline}</span>
    ${KIND_ORDER.map((k) => html`<span class="n kind-${k}">${t[k]} ${state.counts[k]}</span>`)}
  </button>`;
}
