/**
 * Imported first by the content script, before lit. lit-html creates a Trusted Types policy
 * named 'lit-html' when it loads; on a page whose CSP says `trusted-types 'none'` that
 * creation throws and the script dies. Our UI renders only our own static templates with
 * page text bound as text, so in the content script's own (isolated) world lit does not
 * need a policy: hide the page's factory from this world only. The page is not affected.
 */
try {
  Object.defineProperty(globalThis, 'trustedTypes', { value: undefined, configurable: true });
} catch {
  // Not configurable here: lit will try its policy, and a strict page reports it.
}
export {};
