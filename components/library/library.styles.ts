import { baseStyles } from '../theme.styles.ts';

/** Shared by the library and the options page: the page frame, header, sections and form bits. */
export const pageStyles = `${baseStyles}
  :root { color-scheme: light; }
  body { margin: 0; background: #f4f6f8; font: 14px/1.6 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; color: #1d2329; }
  .gl-root { max-width: 1040px; margin: 0 auto; padding: 0 20px 48px; }
  .top { display: flex; align-items: center; gap: 10px; padding: 18px 0 12px; }
  .top h1 { font-size: 20px; margin: 0; }
  .top .app { color: #5f6b76; font-size: 13px; }
  .top .spacer { flex: 1; }
  .logo { width: 30px; height: 30px; border-radius: 50%; background: #b8322a; color: #fff; display: inline-grid; place-items: center; font-weight: 700; flex: none; }
  a { color: #2458b3; text-decoration: none; }
  a:hover { text-decoration: underline; }
  a:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; border-radius: 2px; }
  .panel { background: #fff; border: 1px solid #dfe4e8; border-radius: 10px; padding: 14px 18px; margin: 14px 0; }
  .panel > h2 { font-size: 16px; margin: 0 0 10px; display: flex; align-items: baseline; gap: 8px; }
  .panel > h2 .count { font-size: 12px; font-weight: 600; color: #5f6b76; background: #eef1f4; border-radius: 10px; padding: 0 8px; }
  .panel > .lead { margin: -4px 0 10px; }
  .primary { background: #b8322a; border-color: #b8322a; color: #fff; }
  .primary:hover { background: #9d2a23; }
  .danger { color: #b0281a; border-color: #e3b4ae; }
  .danger:hover { background: #fdecea; }
  .ok { color: #1f7a45; }
  .warn { color: #9a5800; }
  .error { color: #b0281a; }
  input[type=text], input[type=search], textarea { font: inherit; color: inherit; border: 1px solid #c5ccd3; border-radius: 6px; padding: 5px 8px; background: #fff; box-sizing: border-box; }
  input[type=text]:focus-visible, input[type=search]:focus-visible, textarea:focus-visible { outline: 2px solid #2f6fde; outline-offset: 0; border-color: #2f6fde; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; white-space: nowrap; }
  .badge.valid { background: #e3f4ea; color: #1f7a45; } .badge.soon { background: #fff1d6; color: #9a5800; }
  .badge.expired { background: #fde4e1; color: #b0281a; } .badge.pending { background: #e6eefc; color: #2f5fb3; } .badge.unknown { background: #eef1f4; color: #5f6b76; }
`;

export const libraryStyles = `${pageStyles}
  .storage { margin: 0 0 4px; font-size: 13px; }
  .storage::before { content: "●"; margin-right: 6px; font-size: 10px; vertical-align: 1px; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
  .search { flex: 1 1 320px; display: flex; }
  .search input { flex: 1; font-size: 15px; padding: 8px 12px; border-radius: 8px; }
  .io { display: flex; flex-wrap: wrap; gap: 6px; }
  .io-status { margin: 10px 0 0; font-size: 13px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
  .io-status:empty { display: none; }
  .io-status progress { width: 220px; }
  .filters { display: flex; flex-wrap: wrap; gap: 6px 22px; margin-top: 12px; align-items: flex-start; }
  .filters fieldset { border: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
  .filters legend { float: left; font-size: 12px; color: #5f6b76; margin-right: 4px; padding: 0; }
  .chip { border-radius: 14px; padding: 1px 10px; font-size: 13px; }
  .chip[aria-pressed=true] { background: #1d2329; border-color: #1d2329; color: #fff; }
  .chip .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: -1px; border: 1px solid rgba(0,0,0,.15); }
  .clear { border: none; background: none; color: #2458b3; padding: 1px 4px; font-size: 13px; }
  .empty { color: #5f6b76; background: #f7f9fa; border: 1px dashed #cfd6dc; border-radius: 8px; padding: 14px 16px; margin: 0; }
  ul.items { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
  .item { border: 1px solid #e3e7eb; border-radius: 8px; padding: 10px 14px; background: #fff; }
  .item.flash { animation: flash 1.2s ease-out; }
  @keyframes flash { from { box-shadow: 0 0 0 3px rgba(213, 94, 0, .55); } to { box-shadow: 0 0 0 3px rgba(213, 94, 0, 0); } }
  .item h3 { font-size: 15px; margin: 0; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
  .item h3 .title { flex: 1 1 auto; min-width: 0; font-weight: 600; }
  .docnum { font-variant-numeric: tabular-nums; font-weight: 600; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 6px 0; font-size: 13px; }
  @media (min-width: 760px) { dl.facts { grid-template-columns: max-content minmax(0, 1fr) max-content minmax(0, 1fr); } }
  dl.facts dt { color: #5f6b76; }
  dl.facts dd { margin: 0; }
  .urls { margin: 4px 0 0; padding-left: 18px; font-size: 13px; }
  .urls li { word-break: break-all; }
  .relations { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13px; margin: 8px 0 0; }
  .relations dt { color: #5f6b76; }
  .relations dd { margin: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
  .note { border-left: 5px solid var(--note, #c5ccd3); }
  .quote { margin: 0; padding: 4px 10px; background: var(--note-bg, #f6f8fa); border-radius: 4px; font-size: 14px; }
  .note .body { margin: 8px 0 4px; white-space: pre-wrap; }
  .note .meta { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; font-size: 12px; color: #5f6b76; margin-top: 6px; }
  .note .tags { display: inline-flex; gap: 4px; flex-wrap: wrap; }
  .note .tag { font-size: 12px; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; align-items: center; }
  .confirm { background: #fdf3f1; border: 1px solid #f0c9c3; border-radius: 6px; padding: 6px 10px; }
  .confirm p { margin: 0 0 6px; color: #8a2318; }
  .editor { display: grid; gap: 8px; margin-top: 8px; }
  .editor > label { font-size: 13px; display: grid; gap: 3px; }
  .editor textarea { width: 100%; min-height: 70px; resize: vertical; }
  .colours { border: none; padding: 0; margin: 0; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; font-size: 13px; }
  .colours legend { float: left; margin-right: 6px; padding: 0; }
  .swatch-choice { display: inline-flex; align-items: center; gap: 3px; cursor: pointer; }
  .swatch-choice span { display: inline-block; padding: 0 8px; border-radius: 4px; }
  .watch { display: grid; grid-template-columns: 8.5em 1fr auto; gap: 4px 14px; align-items: start; }
  .watch .when { font-variant-numeric: tabular-nums; }
  .watch .when .date { display: block; font-weight: 600; }
  .days { font-size: 13px; font-weight: 600; }
  .days.ok { color: #1f7a45; } .days.soon { color: #b35c00; } .days.over { color: #b0281a; }
  .watch .what { min-width: 0; }
  .watch .text { font-weight: 600; }
  .watch .kind { font-size: 11px; border-radius: 4px; padding: 0 5px; background: #fff1d6; color: #9a5800; margin-right: 6px; }
  .watch .kind.expiry { background: #fde4e1; color: #b0281a; }
  .watch .src { font-size: 13px; color: #5f6b76; word-break: break-all; }
  .more { text-align: center; margin-top: 10px; }
  .loading { padding: 20px 4px; }
  .load-error { background: #fde4e1; color: #8a2318; border-radius: 8px; padding: 12px 16px; }
  @media (max-width: 640px) { .watch { grid-template-columns: 1fr auto; } .watch .when { grid-column: 1 / -1; } }
`;

export const optionsStyles = `${pageStyles}
  .gl-root { max-width: 760px; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  .row label { font-weight: 600; font-size: 13px; }
  .row input[type=text] { flex: 1 1 220px; }
  #reminder-days { font-variant-numeric: tabular-nums; max-width: 260px; }
  input[aria-invalid=true] { border-color: #b0281a; background: #fff8f7; }
  .problem { margin: 6px 0 0; font-size: 13px; min-height: 0; }
  .problem:empty { display: none; }
  .status { font-size: 13px; font-weight: 500; }
  .status.saved { color: #1f7a45; } .status.unsaved { color: #9a5800; } .status.error { color: #b0281a; }
  .current-days { margin: 6px 0 0; }
  ul.hosts { list-style: none; padding: 0; margin: 0 0 10px; border: 1px solid #e3e7eb; border-radius: 8px; }
  ul.hosts li { display: flex; gap: 10px; align-items: center; padding: 6px 10px; }
  ul.hosts li + li { border-top: 1px solid #eef1f4; }
  ul.hosts li.invalid { background: #fff8f7; }
  ul.hosts .spacer { flex: 1; }
  code { font: 13px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; background: #f3f5f7; border-radius: 4px; padding: 1px 6px; }
  .host-message { margin: 8px 0 0; font-size: 13px; }
  .empty { margin: 0 0 10px; }
  .colour-grid { display: grid; gap: 8px; }
  .colour { display: grid; grid-template-columns: 44px 11em 1fr; align-items: center; gap: 10px; }
  .colour input[type=color] { width: 44px; height: 30px; padding: 0 2px; border: 1px solid #c5ccd3; border-radius: 6px; background: #fff; cursor: pointer; }
  .colour .sample { justify-self: start; padding: 0 4px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .2em; }
  .choices { display: flex; flex-wrap: wrap; gap: 8px 22px; }
  .choices.stacked { flex-direction: column; }
  .choice { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; }
  .choice input { margin-top: 5px; }
  .choice .hint { display: block; }
  .actions { margin-top: 10px; }
`;
