/**
 * `<gl-options>`: the settings page — reminder days, the reader's own government sites (and their
 * access permissions), highlight colours, language and highlight engine. Its state lives here;
 * what only the extension can do (store a setting, ask the browser for a site's permission, turn
 * the content script on for a site) comes in through `port`, so the element runs in a test page
 * as it runs in the extension. The template is options.ts's renderOptions; it renders into its
 * own light DOM (it is the whole of an extension page, styled by that page).
 */
import { LitElement, type TemplateResult } from 'lit';
import { renderOptions, OPTIONS_WORDS, type OptionsActions, type OptionsState, type SectionKey } from './options.ts';
import { checkNewHost, formatDays, parseReminderDays } from './settings.ts';
import { DEFAULT_COLOURS, DEFAULT_SETTINGS, type LanguageSetting, type Settings, type SettingsPatch } from '../../lib/settings/schema.ts';
import { parseHostPattern, toMatchPattern } from '../../lib/detect/hosts.ts';
import type { Lang } from '../i18n.ts';

/** What the settings page needs of the extension. */
export interface OptionsPort {
  /** Stores a change (the background's `settings.set`); throws with the reason when refused. */
  save(patch: SettingsPatch): Promise<Settings>;
  /** Asks the browser for access to these origins (from the click that asked: a user gesture). */
  requestPermission(origins: string[]): Promise<boolean>;
  removePermission(origins: string[]): Promise<void>;
  /** Turns the content script on for a host the reader added (its permission granted). */
  enableSite(host: string): Promise<void>;
  openLibrary(): void;
  /** The language to show for a language setting. */
  langOf(setting: LanguageSetting): Lang;
}

/**
 * @customElement gl-options
 * @summary The reader's settings: reminders, own government sites, colours, language, highlight engine.
 */
export class GlOptions extends LitElement {
  /** What the extension can do for the page; set before the element is connected. */
  port!: OptionsPort;
  private state: OptionsState;
  private readonly timers = new Map<SectionKey, ReturnType<typeof setTimeout>>();
  private readonly actions: OptionsActions;

  constructor() {
    super();
    this.state = GlOptions.stateOf(DEFAULT_SETTINGS, 'zh');
    this.actions = this.makeActions();
  }

  private static stateOf(s: Settings, lang: Lang): OptionsState {
    return {
      lang,
      reminderText: formatDays(s.reminderDays),
      reminderProblem: null,
      reminderDays: s.reminderDays,
      hosts: s.userHosts,
      hostInput: '',
      hostMessage: null,
      colours: s.colours,
      language: s.language,
      engine: s.highlightEngine,
      pdfOpen: s.pdfOpen,
      status: {},
    };
  }

  /** Shows these settings (when the page opens); a reminder text being edited is kept. */
  set settings(next: Settings) {
    const state = this.state;
    const fresh = this.port ? GlOptions.stateOf(next, this.port.langOf(next.language)) : GlOptions.stateOf(next, 'zh');
    const untouched = state.status.reminders?.kind !== 'unsaved' && !state.reminderProblem;
    this.state = { ...state, ...fresh, status: state.status, hostInput: state.hostInput, hostMessage: state.hostMessage,
      reminderText: untouched ? fresh.reminderText : state.reminderText, reminderProblem: untouched ? null : state.reminderProblem };
    this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    const doc = this.ownerDocument;
    doc.documentElement.lang = this.state.lang === 'zh' ? 'zh-CN' : 'en';
    doc.title = `${OPTIONS_WORDS[this.state.lang].title} · ${this.state.lang === 'zh' ? '公报阅读助手' : 'Gazette Lens'}`;
    return renderOptions(this.state, this.actions);
  }

  /** Stores one setting and shows "saved" by its section (or the error). */
  private async save(section: SectionKey, patch: SettingsPatch): Promise<boolean> {
    const state = this.state;
    try {
      await this.port.save(patch);
      state.status[section] = { kind: 'saved' };
      clearTimeout(this.timers.get(section));
      this.timers.set(section, setTimeout(() => {
        if (this.state.status[section]?.kind === 'saved') this.state.status[section] = null;
        this.requestUpdate();
      }, 4000));
      return true;
    } catch (e) {
      state.status[section] = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
      return false;
    } finally {
      this.requestUpdate();
    }
  }

  private makeActions(): OptionsActions {
    const draw = (): void => this.requestUpdate();
    const w = () => OPTIONS_WORDS[this.state.lang];
    return {
      editDays: (text) => {
        const state = this.state;
        state.reminderText = text;
        const r = parseReminderDays(text);
        state.reminderProblem = r.ok ? null : r;
        state.status.reminders = r.ok && formatDays(r.days) === formatDays(state.reminderDays) ? null : { kind: 'unsaved' };
        draw();
      },
      saveDays: () => {
        const state = this.state;
        const r = parseReminderDays(state.reminderText);
        if (!r.ok) {
          state.reminderProblem = r;
          draw();
          return;
        }
        void this.save('reminders', { reminderDays: r.days }).then((ok) => {
          if (!ok) return;
          this.state.reminderDays = r.days;
          this.state.reminderText = formatDays(r.days);
          draw();
        });
      },
      editHost: (text) => {
        const state = this.state;
        state.hostInput = text;
        if (state.hostMessage?.kind === 'error') state.hostMessage = null;
        draw();
      },
      addHost: () => {
        const state = this.state;
        const r = checkNewHost(state.hostInput, state.hosts);
        if (!r.ok) {
          const raw = state.hostInput.trim();
          state.hostMessage = { kind: 'error', text: r.problem === 'empty' ? w().hostEmpty : r.problem === 'duplicate' ? w().hostDuplicate(raw) : w().hostInvalid(raw) };
          draw();
          return;
        }
        // Asked at once, inside the click: the browser allows the prompt only from a user gesture.
        const asked = this.port.requestPermission([toMatchPattern(r.pattern)!]).catch(() => false);
        state.hostMessage = { kind: 'ok', text: w().asking(r.pattern) };
        draw();
        void (async () => {
          const hosts = [...this.state.hosts, r.pattern];
          if (!(await this.save('hosts', { userHosts: hosts }))) return;
          this.state.hosts = hosts;
          this.state.hostInput = '';
          const granted = await asked;
          this.state.hostMessage = granted ? { kind: 'ok', text: w().added(r.pattern) } : { kind: 'warn', text: w().permissionDenied };
          // The background registers the content script on the granted user sites when a site is enabled.
          const p = parseHostPattern(r.pattern);
          if (granted && p && !p.subdomains) {
            try {
              await this.port.enableSite(p.host);
            } catch (e) {
              this.state.hostMessage = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
            }
          }
          draw();
        })();
      },
      removeHost: (host) => {
        void (async () => {
          const hosts = this.state.hosts.filter((h) => h !== host);
          if (!(await this.save('hosts', { userHosts: hosts }))) return;
          this.state.hosts = hosts;
          const pattern = parseHostPattern(host);
          if (pattern) {
            try {
              await this.port.removePermission([`*://${pattern.pattern}/*`]);
            } catch {
              // A host the manifest asks for (e.g. *.gov.cn) cannot be removed: nothing to undo.
            }
          }
          this.state.hostMessage = { kind: 'ok', text: w().removed(host) };
          draw();
        })();
      },
      setColour: (kind, colour, final) => {
        this.state.colours = { ...this.state.colours, [kind]: colour.toLowerCase() };
        if (final) void this.save('colours', { colours: this.state.colours });
        else draw();
      },
      resetColours: () => {
        this.state.colours = { ...DEFAULT_COLOURS };
        void this.save('colours', { colours: this.state.colours });
      },
      setLanguage: (l) => {
        this.state.language = l;
        this.state.lang = this.port.langOf(l);
        void this.save('language', { language: l });
      },
      setEngine: (e) => {
        this.state.engine = e;
        void this.save('engine', { highlightEngine: e });
      },
      setPdfOpen: (p) => {
        this.state.pdfOpen = p;
        void this.save('pdf', { pdfOpen: p });
      },
      openLibrary: () => this.port.openLibrary(),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gl-options': GlOptions;
  }
}
