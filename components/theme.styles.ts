import { LEGEND } from '../lib/highlight/styles.ts';
import { KINDS } from '../lib/kinds.ts';

/**
 * Colours per kind: the highlight legend's, so swatches, cards and outline match the page. Each
 * view reads them through `--gl-color-<kind>`, so the reader's own colours (the settings page)
 * or a page's theme (on <gazette-lens-document>) reach the legend, the cards and the launcher
 * as they reach the highlights: see kindColourProperties.
 */
const colorOf = (kind: string): string => LEGEND.find((l) => l.kind === kind)!.color;
export const KIND_COLOR = {
  docnum: colorOf('docnum'),
  deadline: colorOf('deadline'),
  unit: colorOf('unit'),
} as const;

export const baseStyles = `
  :host, .gl-root { font: 14px/1.5 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; color: #1d2329; }
  button { font: inherit; cursor: pointer; border: 1px solid #c5ccd3; background: #fff; border-radius: 6px; padding: 4px 10px; color: #1d2329; }
  button:hover { background: #f1f4f7; }
  button:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
  button:disabled { opacity: .55; cursor: default; }
  .muted { color: #5f6b76; }
  .small { font-size: 12px; }
  .tag { font-size: 11px; border-radius: 4px; padding: 0 4px; background: #eef1f4; color: #5f6b76; }
  .kind-docnum { --kind: var(--gl-color-docnum, ${KIND_COLOR.docnum}); }
  .kind-deadline { --kind: var(--gl-color-deadline, ${KIND_COLOR.deadline}); }
  .kind-unit { --kind: var(--gl-color-unit, ${KIND_COLOR.unit}); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/**
 * Dark mode for every view (cards, outline, launcher, popup, library, settings): surfaces,
 * text, borders and the tinted badges follow prefers-color-scheme; the kinds keep their colours
 * (they are read on the page's own background too). It goes last in each view's style sheet,
 * after the light rules it overrides.
 */
export const darkStyles = `@media (prefers-color-scheme: dark) {
    :host, .gl-root, body { color: #e3e8ed; }
    :root { color-scheme: dark; }
    body { background: #15191d; }
    button { background: #242a30; color: #e3e8ed; border-color: #47515b; }
    button:hover { background: #2e353c; }
    .muted, .type, .meta, .count, .facts dt, .all-past, .orphan, .top .app { color: #a3adb7; }
    .tag, .badge.unknown, .panel > h2 .count { background: #2e353c; color: #c3ccd4; }
    .card, .launcher, .add-note, .outline > header, .panel { background: #1d2227; border-color: #3a434c; }
    .outline { background: #181c20; border-color: #3a434c; }
    .legend, .doc, .outline > header { border-color: #333b43; }
    .card .quote { background: #252b31; }
    .item .quote { color: #f3f5f7; }
    .item, .empty { background: #1d2227; border-color: #3a434c; }
    .chip[aria-pressed=true] { background: #e3e8ed; border-color: #e3e8ed; color: #15191d; }
    .confirm, .load-error { background: #44201c; border-color: #6b3029; color: #ffd5cf; }
    code { background: #252b31; }
    .watch .kind { background: #3d2f12; color: #f5c46b; } .watch .kind.expiry { background: #44201c; color: #ffa397; }
    input[aria-invalid=true], ul.hosts li.invalid { background: #3a1d1a; }
    .colour input[type=color] { background: #242a30; border-color: #47515b; }
    .entry:hover { background: #262e36; }
    .doc h4, .timeline .task, h2 { color: #c3ccd4; }
    .link { color: #e3e8ed; }
    .timeline .task-units, .known, .ok, .days.ok, .state.yes, .pts { color: #6fd39b; }
    .when { color: #f0b45a; } .when.past, .days.overdue, .error, .danger { color: #ff8b7e; }
    .timeline.calm .when, .timeline.calm .when.past, .days.past { color: #a3adb7; }
    .badge.valid { background: #1d3a2a; color: #8fe0b0; } .badge.soon { background: #3d2f12; color: #f5c46b; }
    .badge.expired { background: #44201c; color: #ffa397; } .badge.pending { background: #1f2d48; color: #9dbcf5; }
    input[type=text], input[type=search], textarea, .filter input { background: #15191d; color: #e3e8ed; border-color: #47515b; }
    a { color: #8db4ff; }
  }`;

/**
 * Forced colours (Windows high contrast) for every view: the browser replaces the kinds' colours
 * with the reader's system colours, so each kind is told by the line it is drawn with, the same
 * line its highlights carry on the page (lib/kinds.ts `underline`: solid, double, dotted): the
 * swatches become short lines, the card's top edge and quote bar take that line style, the
 * launcher's counts are underlined with it. Goes after the light and dark rules.
 */
export const forcedStyles = `@media (forced-colors: active) {
    .swatch { background: none !important; border-radius: 0; width: 16px; height: 0; border: none; border-bottom: 4px solid CanvasText; align-self: center; margin-top: 0; }
    .card { border-top-width: 5px; }
    .n { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 0.25em; }
${KINDS.map(({ kind, underline: u }) => `    .kind-${kind} .swatch { border-bottom-style: ${u}; } .card.kind-${kind} { border-top-style: ${u}; } .kind-${kind} .quote { border-left-style: ${u}; } .n.kind-${kind} { text-decoration-style: ${u}; }`).join('\n')}
  }`;

/** The custom properties that give the views the reader's colours (set on a container of the views). */
export function kindColourProperties(colours: Partial<Record<keyof typeof KIND_COLOR, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of Object.keys(KIND_COLOR) as Array<keyof typeof KIND_COLOR>) {
    const c = colours[kind];
    if (c && /^#[0-9a-f]{6}$/i.test(c)) out[`--gl-color-${kind}`] = c;
  }
  return out;
}
