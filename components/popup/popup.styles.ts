import { baseStyles } from '../theme.styles.ts';

export const popupStyles = `${baseStyles}
  .gl-root { margin: 0; width: 360px; font: 14px/1.5 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", system-ui, sans-serif; color: #1d2329; }
  header { display: flex; align-items: center; gap: 8px; padding: 10px 14px; border-bottom: 1px solid #e3e7eb; }
  header h1 { font-size: 15px; margin: 0; }
  .logo { width: 24px; height: 24px; border-radius: 50%; background: #b8322a; color: #fff; display: inline-grid; place-items: center; font-weight: 700; }
  section { padding: 8px 14px; }
  h2 { font-size: 13px; margin: 10px 0 4px; color: #3b4650; }
  .state.yes { color: #1f7a45; font-weight: 600; } .state.no { color: #5f6b76; font-weight: 600; }
  ul { margin: 0; padding: 0; list-style: none; }
  li { margin: 3px 0; }
  .pts { color: #1f7a45; font-variant-numeric: tabular-nums; }
  .counts { display: flex; gap: 10px; font-weight: 600; }
  .counts span { color: var(--kind); }
  .badge { font-size: 12px; border-radius: 8px; padding: 0 6px; background: #eef1f4; }
  .days { font-weight: 600; } .days.soon { color: #b35c00; } .days.over { color: #c0392b; }
  .message { color: #2f5fb3; }
  .link.watch { border: none; background: none; padding: 2px 0; text-align: left; width: 100%; }
  .link.watch:hover { background: #f1f4f7; }
  .row { display: flex; gap: 8px; flex-wrap: wrap; }
  .paused { color: #b35c00; font-weight: 600; }
  .why { padding: 4px 14px 8px; }
  .why summary { cursor: pointer; color: #3b4650; font-size: 13px; }
  .links { display: flex; align-items: center; justify-content: space-between; border-top: 1px solid #e3e7eb; }
  .open-options { color: #2458b3; text-decoration: none; }
`;
