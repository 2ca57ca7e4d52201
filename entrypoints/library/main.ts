// 「我的资料库」: an extension page made of <gl-library> (components/library/gl-library.ts), which
// holds the library's state: the whole library from a Dexie liveQuery, search, edit, export and
// import. The page opens the library database directly (the extension's own origin, as the
// background does), picks the language and passes the reader's reminder days.
import { langOf } from '@/components/i18n.ts';
import { libraryStyles } from '@/components/library/library.styles.ts';
import { darkStyles, forcedStyles } from '@/components/theme.styles.ts';
import { LIBRARY_WORDS } from '@/components/library/strings.ts';
import { GlLibrary } from '@/components/library/gl-library.ts';
import { openLibrary } from '@/lib/library/db.ts';
import { send } from '@/lib/platform/send.ts';

const style = document.createElement('style');
style.textContent = libraryStyles + darkStyles + forcedStyles;
document.head.append(style);
if (!customElements.get('gl-library')) customElements.define('gl-library', GlLibrary);

async function main(): Promise<void> {
  const got = await send({ type: 'settings.get' });
  const settings = got.ok && 'settings' in got ? got.settings : null;
  const lang = langOf(browser.i18n.getUILanguage(), navigator.languages, settings?.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${LIBRARY_WORDS[lang].pageTitle} · ${lang === 'zh' ? '公报阅读助手' : 'Gazette Lens'}`;
  const library = document.createElement('gl-library');
  library.db = openLibrary();
  library.lang = lang;
  library.reminderDays = settings?.reminderDays;
  library.addEventListener('gl-open-options', () => void browser.runtime.openOptionsPage());
  document.getElementById('app')!.append(library);
}

void main();
