// The options page: reminder days, the reader's own government sites (and their access
// permissions), highlight colours, language and highlight engine. The settings belong to the
// background (lib/settings, in the extension's own database): this page reads them with
// `settings.get` and changes them with `settings.set`, which only extension pages may send.
import { render } from 'lit';
import { langOf } from '@/components/i18n.ts';
import { renderOptions, OPTIONS_WORDS, type OptionsActions, type OptionsState, type SectionKey } from '@/components/library/options.ts';
import { optionsStyles } from '@/components/library/library.styles.ts';
import { darkStyles } from '@/components/theme.styles.ts';
import { checkNewHost, formatDays, parseReminderDays } from '@/components/library/settings.ts';
import { DEFAULT_COLOURS, DEFAULT_SETTINGS, type LanguageSetting, type Settings, type SettingsPatch } from '@/lib/settings/schema.ts';
import { parseHostPattern, toMatchPattern } from '@/lib/detect/hosts.ts';
import { send } from '@/lib/platform/send.ts';

const style = document.createElement('style');
style.textContent = optionsStyles + darkStyles;
document.head.append(style);
const root = document.getElementById('app')!;

async function loadSettings(): Promise<Settings> {
  const r = await send({ type: 'settings.get' });
  return r.ok && 'settings' in r ? r.settings : DEFAULT_SETTINGS;
}

const pickLang = (setting: LanguageSetting) => langOf(browser.i18n.getUILanguage(), navigator.languages, setting);

async function main(): Promise<void> {
  const stored = await loadSettings();
  const state: OptionsState = {
    lang: pickLang(stored.language),
    reminderText: formatDays(stored.reminderDays),
    reminderProblem: null,
    reminderDays: stored.reminderDays,
    hosts: stored.userHosts,
    hostInput: '',
    hostMessage: null,
    colours: stored.colours,
    language: stored.language,
    engine: stored.highlightEngine,
    status: {},
  };
  const w = () => OPTIONS_WORDS[state.lang];
  const timers = new Map<SectionKey, ReturnType<typeof setTimeout>>();

  const draw = (): void => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${w().title} · ${state.lang === 'zh' ? '公报阅读助手' : 'Gazette Lens'}`;
    render(renderOptions(state, actions), root);
  };

  /** Stores one setting and shows "saved" by its section (or the error). */
  async function save(section: SectionKey, patch: SettingsPatch): Promise<boolean> {
    try {
      const r = await send({ type: 'settings.set', patch });
      if (!r.ok) throw new Error(r.error);
      state.status[section] = { kind: 'saved' };
      clearTimeout(timers.get(section));
      timers.set(section, setTimeout(() => {
        if (state.status[section]?.kind === 'saved') state.status[section] = null;
        draw();
      }, 4000));
      return true;
    } catch (e) {
      state.status[section] = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
      return false;
    } finally {
      draw();
    }
  }

  const actions: OptionsActions = {
    editDays(text) {
      state.reminderText = text;
      const r = parseReminderDays(text);
      state.reminderProblem = r.ok ? null : r;
      state.status.reminders = r.ok && formatDays(r.days) === formatDays(state.reminderDays) ? null : { kind: 'unsaved' };
      draw();
    },
    saveDays() {
      const r = parseReminderDays(state.reminderText);
      if (!r.ok) {
        state.reminderProblem = r;
        draw();
        return;
      }
      void save('reminders', { reminderDays: r.days }).then((ok) => {
        if (!ok) return;
        state.reminderDays = r.days;
        state.reminderText = formatDays(r.days);
        draw();
      });
    },
    editHost(text) {
      state.hostInput = text;
      if (state.hostMessage?.kind === 'error') state.hostMessage = null;
      draw();
    },
    addHost() {
      const r = checkNewHost(state.hostInput, state.hosts);
      if (!r.ok) {
        const raw = state.hostInput.trim();
        state.hostMessage = { kind: 'error', text: r.problem === 'empty' ? w().hostEmpty : r.problem === 'duplicate' ? w().hostDuplicate(raw) : w().hostInvalid(raw) };
        draw();
        return;
      }
      // Asked at once, inside the click: the browser allows the prompt only from a user gesture.
      const asked = browser.permissions.request({ origins: [toMatchPattern(r.pattern)!] }).catch(() => false);
      void (async () => {
        const hosts = [...state.hosts, r.pattern];
        if (!(await save('hosts', { userHosts: hosts }))) return;
        state.hosts = hosts;
        state.hostInput = '';
        const granted = await asked;
        state.hostMessage = granted ? null : { kind: 'warn', text: w().permissionDenied };
        // The background registers the content script on the granted user sites when a site is enabled.
        const p = parseHostPattern(r.pattern);
        if (granted && p && !p.subdomains) {
          const enabled = await send({ type: 'site.enable', host: p.host, tabId: null });
          if (!enabled.ok) state.hostMessage = { kind: 'error', text: enabled.error };
        }
        draw();
      })();
    },
    removeHost(host) {
      void (async () => {
        const hosts = state.hosts.filter((h) => h !== host);
        if (!(await save('hosts', { userHosts: hosts }))) return;
        state.hosts = hosts;
        const pattern = parseHostPattern(host);
        if (pattern) {
          try {
            await browser.permissions.remove({ origins: [`*://${pattern.pattern}/*`] });
          } catch {
            // A host the manifest asks for (e.g. *.gov.cn) cannot be removed: nothing to undo.
          }
        }
        state.hostMessage = { kind: 'ok', text: w().removed(host) };
        draw();
      })();
    },
    setColour(kind, colour, final) {
      state.colours = { ...state.colours, [kind]: colour.toLowerCase() };
      if (final) void save('colours', { colours: state.colours });
      else draw();
    },
    resetColours() {
      state.colours = { ...DEFAULT_COLOURS };
      void save('colours', { colours: state.colours });
    },
    setLanguage(l) {
      state.language = l;
      state.lang = pickLang(l);
      void save('language', { language: l });
    },
    setEngine(e) {
      state.engine = e;
      void save('engine', { highlightEngine: e });
    },
    openLibrary() {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
  };

  // Sites turned on from the popup (and changes from another options tab) show up at once:
  // the background says when the settings changed.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'settings.changed') return undefined;
    void loadSettings().then((next) => {
      state.hosts = next.userHosts;
      state.colours = next.colours;
      state.engine = next.highlightEngine;
      state.language = next.language;
      state.lang = pickLang(next.language);
      const untouched = state.status.reminders?.kind !== 'unsaved' && !state.reminderProblem;
      state.reminderDays = next.reminderDays;
      if (untouched) state.reminderText = formatDays(next.reminderDays);
      draw();
    });
    return undefined;
  });
  draw();
}

void main();
