/** The PDF reader page: a bar, the status line, the pages centred on a grey desk (light and dark). */
export const readerStyles = `
  html, body { margin: 0; }
  body { font: 14px/1.5 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; background: #e8eaed; color: #1d2329; }
  .bar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; padding: 8px 16px; background: #fff; border-bottom: 1px solid #d4dae0; }
  .bar .app { font-weight: 700; color: #b8322a; }
  .bar .name { flex: 1; min-width: 8em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .bar a { color: #1f5fbf; }
  .pager { display: flex; align-items: center; gap: 4px; }
  .pager[hidden] { display: none; }
  .pager button { font: inherit; min-width: 32px; height: 30px; border: 1px solid #c5ccd3; border-radius: 6px; background: #fff; color: inherit; cursor: pointer; }
  .pager button:disabled { opacity: .45; cursor: default; }
  .pager button:focus-visible, .pager input:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
  .pager .page-form { display: flex; align-items: center; gap: 4px; margin: 0; }
  .pager input { font: inherit; width: 4.5em; height: 28px; box-sizing: border-box; border: 1px solid #c5ccd3; border-radius: 6px; padding: 0 4px; text-align: right; background: #fff; color: inherit; }
  .pager .zoom { min-width: 3.5em; text-align: center; font-variant-numeric: tabular-nums; }
  .pager .sep { width: 1px; height: 20px; background: #d4dae0; margin: 0 6px; }
  .pager button, .pager span, .pager output { white-space: nowrap; }
  .find { display: flex; align-items: center; gap: 4px; flex-basis: 100%; justify-content: flex-end; }
  .find[hidden] { display: none; }
  .find input { font: inherit; width: 16em; max-width: 60vw; height: 30px; box-sizing: border-box; border: 1px solid #c5ccd3; border-radius: 6px; padding: 0 8px; background: #fff; color: inherit; }
  .find button { font: inherit; min-width: 32px; height: 30px; border: 1px solid #c5ccd3; border-radius: 6px; background: #fff; color: inherit; cursor: pointer; }
  .find button:disabled { opacity: .45; cursor: default; }
  .find button:focus-visible, .find input:focus-visible { outline: 2px solid #2f6fde; outline-offset: 2px; }
  .find .find-count { min-width: 7em; text-align: right; color: #5f6b76; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .find .find-count[data-none] { color: #a3261b; }
  .bar { position: sticky; top: 0; z-index: 10; }
  /* A phone: the bar wraps onto rows and scrolls away with the page (it would cover too much). */
  @media (max-width: 600px) {
    .bar { position: static; padding: 8px; gap: 8px; }
    .bar .name { flex-basis: 100%; }
    .pager { flex-wrap: wrap; }
    .pager .sep { display: none; }
    .pager .zoom { min-width: 3em; }
    .find { justify-content: flex-start; }
    .find input { flex: 1; min-width: 0; }
    .find .find-count { min-width: 0; }
  }
  .pick { cursor: pointer; border: 1px solid #c5ccd3; border-radius: 6px; padding: 4px 10px; background: #fff; }
  .pick:focus-within { outline: 2px solid #2f6fde; outline-offset: 2px; }
  .pick input { position: absolute; width: 1px; height: 1px; opacity: 0; }
  .status { margin: 12px auto; max-width: 760px; padding: 10px 14px; border-radius: 8px; background: #fff; border: 1px solid #d4dae0; }
  .status[data-kind=error] { background: #fdecea; border-color: #f1b0a8; color: #8a1f14; }
  .drop-hint { text-align: center; color: #5f6b76; margin-top: 20vh; }
  .pdfViewer { padding: 16px 0 48px; }
  .pdfViewer .page { margin: 0 auto 12px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); position: relative; }
  @media (prefers-color-scheme: dark) {
    body { background: #15191d; color: #e3e8ed; }
    .pager button, .pager input, .find button, .find input { background: #1d2227; border-color: #3a434c; }
    .find .find-count { color: #a9b4be; }
    .find .find-count[data-none] { color: #ff9c90; }
    .bar, .pick, .status { background: #1d2227; border-color: #3a434c; color: #e3e8ed; }
    .bar a { color: #8db4ff; }
    .status[data-kind=error] { background: #44201c; border-color: #6b3029; color: #ffd5cf; }
  }
`;
