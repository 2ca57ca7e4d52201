// The options page: reminder days, the reader's own government sites (and their access
// permissions), highlight colours, language and highlight engine, all in
// browser.storage.local where the content script and the background read them.
import { render } from 'lit';
import { langOf } from '@/components/i18n.ts';
import { renderOptions, OPTIONS_WORDS, type OptionsActions, type OptionsState, type SectionKey } from '@/components/library/options.ts';
import { optionsStyles } from '@/components/library/library.styles.ts';
import {
  DEFAULT_COLOURS, checkNewHost, formatDays, parseReminderDays, storedColours, storedDays, storedHosts,
  type EngineSetting, type LanguageSetting,
} from '@/components/library/settings.ts';
import { DEFAULT_REMINDER_DAYS } from '@/lib/platform/reminders.ts';
import { parseHostPattern, toMatchPattern } from '@/lib/detect/hosts.ts';
import { send } from '@/lib/platform/send.ts';

const KEYS = ['reminderDays', 'userHosts', 'colours', 'language', 'highlightEngine'] as const;

const style = document.createElement('style');
style.textContent = optionsStyles;
document.head.append(style);
const root = document.getElementById('app')!;

const languageOf = (v: unknown): LanguageSetting => (v === 'zh' || v === 'en' ? v : 'auto');
const engineOf = (v: unknown): EngineSetting => (v === 'mark' ? 'mark' : 'css');
const pickLang = (setting: LanguageSetting) => langOf(browser.i18n.getUILanguage(), navigator.languages, setting);

async function main(): Promise<void> {
  const stored = await browser.storage.local.get([...KEYS]);
  const days = storedDays(stored.reminderDays) ?? [...DEFAULT_REMINDER_DAYS];
  const language = languageOf(stored.language);
  const state: OptionsState = {
    lang: pickLang(language),
    reminderText: formatDays(days),
    reminderProblem: null,
    reminderDays: days,
    hosts: storedHosts(stored.userHosts),
    hostInput: '',
    hostMessage: null,
    colours: storedColours(stored.colours),
    language,
    engine: engineOf(stored.highlightEngine),
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
  async function save(section: SectionKey, values: Record<string, unknown>): Promise<boolean> {
    try {
      await browser.storage.local.set(values);
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
        if (granted && p && !p.subdomains) await send({ type: 'site.enable', host: p.host, tabId: null });
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

  // Sites turned on from the popup (and changes from another options tab) show up at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes.userHosts) state.hosts = storedHosts(changes.userHosts.newValue);
    if (changes.colours) state.colours = storedColours(changes.colours.newValue);
    if (changes.highlightEngine) state.engine = engineOf(changes.highlightEngine.newValue);
    if (changes.language) {
      state.language = languageOf(changes.language.newValue);
      state.lang = pickLang(state.language);
    }
    if (changes.reminderDays) {
      const d = storedDays(changes.reminderDays.newValue) ?? [...DEFAULT_REMINDER_DAYS];
      const untouched = state.status.reminders?.kind !== 'unsaved' && !state.reminderProblem;
      state.reminderDays = d;
      if (untouched) state.reminderText = formatDays(d);
    }
    draw();
  });
  draw();
}

void main();
