// The note editor: an extension page shown in a frame inside our UI on the page, so that what
// the reader types never passes through the page's document (a page sees every key and input
// event dispatched in it, even inside a closed shadow root, in its capture phase). It edits
// one draft the background holds (its token is in the fragment) and saves it with a message
// only extension pages may send; the background tells the page to close the frame.
import { render } from 'lit';
import { send } from '@/lib/platform/send.ts';
import { langOf, type Lang } from '@/components/i18n.ts';
import { draftProblem, parseTags, renderNoteEditor, type NoteDraft } from '@/components/note/note.ts';
import { cardStyles, noteStyles } from '@/components/card/card.styles.ts';

const style = document.createElement('style');
style.textContent = `${cardStyles}${noteStyles}
  html, body { margin: 0; background: transparent; }
  .card { width: 100%; max-width: none; box-shadow: none; }`;
document.head.append(style);
const root = document.getElementById('app')!;
const token = location.hash.slice(1);

async function main(): Promise<void> {
  const s = await send({ type: 'settings.get' });
  const lang: Lang = langOf(browser.i18n.getUILanguage(), navigator.languages, s.ok && 'settings' in s ? s.settings.language : undefined);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const got = await send({ type: 'draft.get', token });
  if (!got.ok) {
    root.textContent = got.error;
    return;
  }
  const draft: NoteDraft = {
    quote: got.draft.quote, body: got.draft.body, colour: got.draft.colour, tags: got.draft.tags.join(' '), id: got.draft.editing ? token : null, error: null,
  };
  let saving = false;
  const close = (): void => void send({ type: 'draft.close', token });
  const draw = (): void => {
    render(renderNoteEditor(lang, draft, {
      change(patch) {
        Object.assign(draft, patch);
        draw();
      },
      async save() {
        if (saving || draftProblem(lang, draft)) return;
        saving = true;
        const r = await send({ type: 'draft.save', token, note: { body: draft.body, colour: draft.colour, tags: parseTags(draft.tags) } });
        saving = false;
        if (!r.ok) {
          draft.error = r.error;
          draw();
        }
      },
      cancel: close,
    }), root);
  };
  draw();
  (root.querySelector('textarea') as HTMLTextAreaElement | null)?.focus();
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  // Tell the page how tall the editor is, so the frame fits it.
  let last = 0;
  new ResizeObserver(() => {
    const h = Math.ceil(document.documentElement.scrollHeight);
    if (h !== last) {
      last = h;
      void send({ type: 'draft.resize', token, height: h });
    }
  }).observe(document.body);
}

void main();
