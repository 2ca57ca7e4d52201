import { LEGEND } from '../lib/highlight/styles.ts';

/** Colours per kind: the highlight legend's, so swatches, cards and outline match the page. */
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
  .kind-docnum { --kind: ${KIND_COLOR.docnum}; }
  .kind-deadline { --kind: ${KIND_COLOR.deadline}; }
  .kind-unit { --kind: ${KIND_COLOR.unit}; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
