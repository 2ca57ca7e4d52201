import { baseStyles } from '../theme.styles.ts';

export const launcherStyles = `${baseStyles}
  .launcher { position: fixed; right: 16px; bottom: 16px; display: inline-flex; align-items: center; gap: 8px; padding: 6px 12px 6px 6px;
    border-radius: 20px; border: 1px solid #c9d1d9; background: #fff; box-shadow: 0 4px 16px rgba(20,30,40,.16); }
  .logo { width: 26px; height: 26px; border-radius: 50%; background: #b8322a; color: #fff; display: inline-grid; place-items: center; font-weight: 700; }
  .n { font-size: 12px; color: var(--kind); font-weight: 600; }
  .card-layer { position: fixed; z-index: 2; }
`;
