// The extension's background. Issue 3 wires page detection and highlighting through it;
// issue 4 opens the personal library (Dexie) here, in the extension's own origin.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[gazette-lens] ${reason}`);
  });
});
