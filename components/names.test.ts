/// <reference types="mocha" />
// What a screen reader announces: every button of every view has a name of words (not "×"),
// and the outline's lists are lists of buttons — in both languages.
import { expect } from 'chai';
import { render } from 'lit';
import { extract } from '../lib/extract/index.ts';
import { buildPageView } from '../lib/view/page-view.ts';
import { renderCard } from './card/card.ts';
import { renderOutline } from './outline/outline.ts';
import { renderNoteCard } from './note/note.ts';
import { renderLauncher } from './launcher/launcher.ts';
import type { PageNote } from '../lib/platform/messages.ts';

const TEXT = '某区人民政府办公室关于做好基金监管工作的通知\n某政办发〔2020〕12号\n各单位：\n根据国办发〔2019〕1号，2020年底前，建立制度（区医保局负责，区财政局参与）。\n2020年10月20日';
const noop = () => undefined;

/** The accessible name as a screen reader would say it: aria-label, else aria-labelledby, else the text. */
function nameOf(b: Element): string {
  const label = b.getAttribute('aria-label');
  if (label) return label.trim();
  const by = b.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => b.getRootNode() instanceof Document ? document.getElementById(id)?.textContent ?? '' : '').join(' ').trim();
  return (b.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function unnamed(root: Element): string[] {
  return [...root.querySelectorAll('button')].map((b) => `${b.className}: “${nameOf(b)}”`).filter((s) => /“[×✕✎+\-\s]*”$/.test(s));
}

for (const lang of ['zh', 'en'] as const) {
  describe(`button names (${lang})`, () => {
    const view = buildPageView(TEXT, extract(TEXT, { today: '2020-11-20' }));
    const note: PageNote = {
      id: 'n1', documentId: 'd1', body: '要点', colour: 'yellow', tags: ['医保'], created: '2020-11-01T00:00:00.000Z', updated: '2020-11-01T00:00:00.000Z',
      quote: { exact: '建立制度', prefix: '', suffix: '' }, position: { start: 0, end: 4 },
    } as PageNote;
    let host: HTMLElement;
    beforeEach(() => {
      host = document.createElement('div');
      document.body.append(host);
    });
    afterEach(() => host.remove());

    it('every card of every kind, the note card and the launcher', () => {
      for (const item of view.items) {
        render(renderCard(item, view, { lang, known: {}, host: 'x.gov.cn', watched: new Set(), copied: null, watchError: null },
          { close: noop, select: noop, watch: noop, copy: noop, open: noop }), host);
        expect(unnamed(host), `${item.kind} card`).to.deep.equal([]);
      }
      render(renderNoteCard(lang, note, { confirmingDelete: true, updated: '2020-11-01 08:00', error: null }, { edit: noop, close: noop, recolour: noop, remove: noop }), host);
      expect(unnamed(host), 'note card').to.deep.equal([]);
      expect(host.querySelector('.close')!.getAttribute('aria-label')).to.match(lang === 'zh' ? /^关闭/ : /^Close/, 'the × is announced as words');
      render(renderLauncher({ lang, counts: { docnum: 2, deadline: 1, unit: 2 }, open: false, detection: { score: 10, government: true, reasons: [] } }, { toggle: noop }), host);
      expect(unnamed(host), 'launcher').to.deep.equal([]);
    });

    it('the outline: named buttons, and its lists are lists of buttons', () => {
      render(renderOutline(view, {
        lang, visible: { docnum: true, deadline: true, unit: true }, unitFilter: '', known: {}, counts: { docnum: 2, deadline: 1, unit: 2 }, openUnits: new Set(),
        notes: { anchored: [], orphans: [{ note, reason: 'x' }] },
      }, { close: noop, select: noop, toggleKind: noop, filterUnits: noop, toggleUnit: noop, selectNote: noop, copyOrphan: noop, deleteOrphan: noop, reattachOrphan: noop }), host);
      expect(unnamed(host)).to.deep.equal([]);
      const lists = [...host.querySelectorAll('.outline ul')];
      expect(lists.length).to.be.greaterThan(1);
      for (const ul of lists) {
        for (const li of ul.children) {
          expect(li.tagName, ul.className).to.equal('LI');
          expect(li.querySelector('button, details, summary'), `${ul.className} > li holds a button`).to.not.equal(null);
        }
      }
    });
  });
}
