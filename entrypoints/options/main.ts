// The options page: an extension page made of <gl-options> (components/library/gl-options.ts),
// which holds the page's state. The settings belong to the background (lib/settings, in the
// extension's own database): this page reads them with `settings.get` and changes them with
// `settings.set`, which only extension pages may send; the element asks for those and for the
// browser's permissions through the port given here.
import { langOf } from '@/components/i18n.ts';
import { optionsStyles } from '@/components/library/library.styles.ts';
import { darkStyles, forcedStyles } from '@/components/theme.styles.ts';
import { GlOptions, type OptionsPort } from '@/components/library/gl-options.ts';
import { DEFAULT_SETTINGS, type LanguageSetting, type Settings } from '@/lib/settings/schema.ts';
import { send } from '@/lib/platform/send.ts';

const style = document.createElement('style');
style.textContent = optionsStyles + darkStyles + forcedStyles;
document.head.append(style);
if (!customElements.get('gl-options')) customElements.define('gl-options', GlOptions);

async function loadSettings(): Promise<Settings> {
  const r = await send({ type: 'settings.get' });
  return r.ok && 'settings' in r ? r.settings : DEFAULT_SETTINGS;
}

const port: OptionsPort = {
  async save(patch) {
    const r = await send({ type: 'settings.set', patch });
    if (!r.ok) throw new Error(r.error);
    return r.settings;
  },
  requestPermission: (origins) => browser.permissions.request({ origins }),
  async removePermission(origins) {
    await browser.permissions.remove({ origins });
  },
  async enableSite(host) {
    const r = await send({ type: 'site.enable', host, tabId: null });
    if (!r.ok) throw new Error(r.error);
  },
  openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
  langOf: (setting: LanguageSetting) => langOf(browser.i18n.getUILanguage(), navigator.languages, setting),
};

async function main(): Promise<void> {
  const options = document.createElement('gl-options');
  options.port = port;
  options.settings = await loadSettings();
  document.getElementById('app')!.append(options);
  // Sites turned on from the popup (and changes from another options tab) show up at once:
  // the background says when the settings changed.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'settings.changed') return undefined;
    void loadSettings().then((next) => (options.settings = next));
    return undefined;
  });
}

void main();
