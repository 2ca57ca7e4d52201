import { baseStyles } from '../theme.styles.ts';

export const outlineStyles = `${baseStyles}
  .outline { position: fixed; top: 0; right: 0; bottom: 0; width: 380px; max-width: 92vw; background: #fbfcfd; border-left: 1px solid #d4dae0;
    box-shadow: -6px 0 24px rgba(20,30,40,.12); display: flex; flex-direction: column; box-sizing: border-box; }
  /* A narrow screen: a bottom sheet over the lower half, the page above it still to be read. */
  @media (max-width: 520px) {
    .outline { top: auto; left: 0; width: auto; max-width: none; height: max(50vh, min(300px, 90vh)); border-left: none; border-top: 1px solid #d4dae0;
      border-radius: 12px 12px 0 0; box-shadow: 0 -6px 24px rgba(20,30,40,.16); overflow-y: auto; }
    /* The whole sheet scrolls (in a short window its lists would have no room of their own). */
    .outline > header { position: sticky; top: 0; z-index: 1; }
    .docs { flex: none; overflow: visible; }
  }
  .outline > header { display: flex; align-items: center; padding: 10px 14px; border-bottom: 1px solid #e3e7eb; background: #fff; }
  .outline > header h2 { flex: 1; margin: 0; font-size: 15px; }
  .close { border: none; font-size: 18px; padding: 2px 6px; }
  .legend { display: flex; gap: 12px; padding: 8px 14px; flex-wrap: wrap; border-bottom: 1px solid #eef1f4; }
  .legend label { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
  .swatch { width: 12px; height: 12px; border-radius: 3px; background: var(--kind); display: inline-block; }
  .filter { display: flex; align-items: center; gap: 8px; padding: 8px 14px 0; }
  .filter input { flex: 1; font: inherit; padding: 3px 6px; border: 1px solid #c5ccd3; border-radius: 6px; }
  .hint { padding: 0 14px; margin: 6px 0; }
  .docs { overflow: auto; padding: 0 14px 24px; flex: 1; }
  .doc { border-top: 1px solid #e3e7eb; padding-top: 8px; margin-top: 8px; }
  .doc h3 { font-size: 14px; margin: 4px 0; }
  .doc h4 { font-size: 13px; margin: 12px 0 4px; color: #3b4650; }
  .count { font-weight: 400; color: #7a8590; font-size: 12px; }
  .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; }
  .badge.valid { background: #e3f4ea; color: #1f7a45; } .badge.soon { background: #fff1d6; color: #9a5800; }
  .badge.expired { background: #fde4e1; color: #b0281a; } .badge.pending { background: #e6eefc; color: #2f5fb3; } .badge.unknown { background: #eef1f4; color: #5f6b76; }
  .facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }
  .facts dt { color: #5f6b76; } .facts dd { margin: 0; }
  ol, ul { list-style: none; margin: 0; padding: 0; }
  .entry { display: block; width: 100%; text-align: left; border: none; border-radius: 6px; padding: 4px 6px; background: none; }
  .entry:hover { background: #eef3fb; }
  .when { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: 6px; color: #9a5800; }
  .when.past { color: #b0281a; }
  .timeline.calm .when, .timeline.calm .when.past { color: #5f6b76; font-weight: 500; }
  .timeline .task { display: block; color: #3b4650; font-size: 12px; line-height: 1.45; margin-top: 1px; }
  .timeline .task-units { display: block; color: #1f6b4a; font-size: 12px; }
  .all-past { margin: 2px 0 6px; color: #5f6b76; font-size: 12px; }
  .meta { display: block; color: #7a8590; font-size: 12px; }
  .unit summary { cursor: pointer; padding: 3px 0; }
  .unit ol { padding-left: 12px; }
  .role { font-size: 11px; border-radius: 4px; padding: 0 4px; background: #e8f5ee; color: #1f7a45; }
  .role-lead { background: #1f9d55; color: #fff; } .role-support { background: #eef1f4; color: #5f6b76; }
  .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; }
  .orphan { padding: 4px 6px; color: #5f6b76; }
  .orphans-title { color: #9a5800; }
  .orphan-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
  .orphan-actions button { font-size: 12px; padding: 2px 8px; }
  .orphan .error { display: block; color: #c0392b; font-size: 12px; }
  .orphan .hint { display: block; font-size: 12px; padding: 0; margin: 4px 0 0; }
`;
