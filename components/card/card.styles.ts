import { baseStyles } from '../theme.styles.ts';

export const cardStyles = `${baseStyles}
  .card { width: 340px; max-width: calc(100vw - 24px); background: #fff; border: 1px solid #d4dae0; border-top: 4px solid var(--kind);
    border-radius: 10px; box-shadow: 0 8px 28px rgba(20,30,40,.18); padding: 10px 14px 12px; box-sizing: border-box; }
  .card:focus { outline: none; }
  /* In a short window (or at 200 % zoom) the card scrolls inside the room its layer leaves. */
  .card-layer > .card { max-height: inherit; overflow: auto; }
  header { display: flex; align-items: flex-start; gap: 8px; }
  header h2 { flex: 1; font-size: 15px; margin: 0; font-weight: 600; word-break: break-all; }
  header .kind { display: block; font-size: 12px; font-weight: 500; color: var(--kind); }
  .swatch { width: 10px; height: 10px; border-radius: 3px; background: var(--kind); margin-top: 6px; }
  .close { border: none; font-size: 18px; line-height: 1; padding: 2px 6px; }
  p { margin: 6px 0; }
  .type { color: #5f6b76; font-size: 12px; }
  .date .iso, .canonical { font-size: 17px; font-weight: 600; font-variant-numeric: tabular-nums; }
  .days { font-weight: 600; }
  .days.ok { color: #1f7a45; } .days.soon { color: #b35c00; } .days.overdue { color: #c0392b; } .days.past { color: #5f6b76; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
  .quote { background: #f6f8fa; border-left: 3px solid var(--kind); padding: 4px 8px; font-size: 13px; }
  .subhead { font-weight: 600; margin-top: 10px; }
  .tasks { margin: 4px 0 0; padding-left: 20px; max-height: 200px; overflow: auto; }
  .tasks li { margin: 3px 0; }
  .link { border: none; background: none; padding: 0; text-align: left; color: #1d2329; }
  .link:hover { text-decoration: underline; background: none; }
  .link.current { font-weight: 600; }
  .role { font-size: 11px; border-radius: 4px; padding: 0 4px; margin-right: 4px; background: #e8f5ee; color: #1f7a45; }
  .role-lead { background: #1f9d55; color: #fff; }
  .known { color: #1f7a45; }
  .error { color: #c0392b; }
`;

export const noteStyles = `
  .kind-note { --kind: #8e5bd6; }
  .add-note { position: fixed; z-index: 3; border-radius: 14px; box-shadow: 0 3px 12px rgba(20,30,40,.2); background: #fff; }
  .note-editor .field { display: block; margin: 8px 0; font-size: 13px; }
  .note-editor textarea, .note-editor input[type=text] { display: block; width: 100%; box-sizing: border-box; font: inherit; margin-top: 4px; padding: 4px 6px; border: 1px solid #c5ccd3; border-radius: 6px; }
  .colours { border: none; padding: 0; margin: 6px 0; display: flex; gap: 6px; flex-wrap: wrap; }
  .colours legend { font-size: 13px; margin-bottom: 4px; }
  .swatch-choice { display: inline-flex; align-items: center; gap: 2px; cursor: pointer; }
  .swatch-choice span { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; }
  .swatch-choice input:checked + span { outline: 2px solid #1d2329; }
  .primary { background: #1d2329; color: #fff; border-color: #1d2329; }
  .primary:hover { background: #3b4650; }
  .note-body { white-space: pre-wrap; }
  .tags .tag { margin-right: 4px; }
  .recolour { display: flex; gap: 6px; margin: 6px 0; }
  .swatch-button { width: 22px; height: 22px; padding: 0; border-radius: 50%; border: 1px solid #c5ccd3; }
  .swatch-button[aria-pressed="true"] { outline: 2px solid #1d2329; outline-offset: 1px; }
  .danger { background: #b8322a; color: #fff; border-color: #b8322a; }
  .confirm { align-self: center; font-size: 13px; }
  .note-frame { display: block; width: 340px; max-width: calc(100vw - 24px); height: 320px; border: 0; border-radius: 10px;
    box-shadow: 0 8px 28px rgba(20,30,40,.18); background: transparent; color-scheme: normal; }
`;
