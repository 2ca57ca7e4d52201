/// <reference types="mocha" />
// Both highlight engines, one suite: the extractor's annotations on a page's visible text
// are painted where they belong (across inline elements, in table cells), never in hidden
// or script text; kinds toggle; idAt finds them; apply replaces; clear restores the page
// node for node.
import { expect } from 'chai';
import { extract } from '@/lib/extract/index.ts';
import { buildDomText, type DomTextModel } from '@/lib/text/dom.ts';
import {
  createHighlighter,
  HIGHLIGHT_CSS,
  HIGHLIGHT_KINDS,
  HighlighterDestroyedError,
  LEGEND,
  supportsCssHighlights,
  type Highlighter,
  type HighlightItem,
  type HighlightKind,
} from '@/lib/highlight/index.ts';
import Mark from 'mark.js';

// The page's stylesheet, as the content script will inject it.
const sheet = new CSSStyleSheet();
sheet.replaceSync(HIGHLIGHT_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const PAGE = `
<h1>关于做好森林防火工作的通知</h1>
<style>.note { color: #333 }</style>
<textarea>国发〔2019〕8号 市民政局 2019年1月底前</textarea>
<p id="p1">根据国办<span>发〔2022〕</span><b>37</b>号文件要求，2022年11月底前完成排查（市林业局牵头，<span id="hidden-span" style="display:none">国发〔2020〕5号 2020年3月底前</span>市公安局配合）。</p>
<p id="p2"></p>
<script type="text/plain">国发〔2021〕9号 市商务局 2023年1月底前</script>
<p id="hidden-p" hidden>另见国发〔2018〕3号，市财政局负责，2019年1月底前完成。</p>
<table><tbody>
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>开展排查</td><td>市发展改革委</td><td>市财政局、市商务局</td><td>2024年6月底前</td></tr>
</tbody></table>`;

/** What the extractor finds on PAGE's visible text (checked below, so a changed fixture shows). */
const EXPECTED: Record<HighlightKind, string[]> = {
  docnum: ['国办发〔2022〕37号', '威政发〔2022〕19号'],
  deadline: ['2022年11月底前', '自印发之日起施行', '2024年6月底前'],
  unit: ['市林业局', '市公安局', '市发展改革委', '市财政局', '市商务局'],
};

const COUNTS = { docnum: 2, deadline: 3, unit: 5 };

/** Parses HTML with DOMParser (no innerHTML) into a fresh container at the top of the body. */
function buildPage(html = PAGE): HTMLDivElement {
  const container = document.createElement('div');
  container.style.cssText = 'font: 16px/1.6 sans-serif; width: 760px; margin: 0; padding: 4px;';
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const n of [...parsed.body.childNodes]) container.appendChild(document.importNode(n, true));
  // Adjacent text nodes, as scripts build pages: a document number split across two of them.
  const p2 = container.querySelector('#p2')!;
  p2.appendChild(document.createTextNode('威政发〔2022〕'));
  p2.appendChild(document.createTextNode('19号'));
  p2.appendChild(document.createTextNode('，自印发之日起施行。'));
  document.body.prepend(container);
  return container;
}

function itemsFor(model: DomTextModel): HighlightItem[] {
  const result = extract(model.text, { today: '2026-11-22' });
  expect(result.errors).to.deep.equal([]);
  return result.annotations.map((a, i) => ({ id: `a${i}`, kind: a.kind, start: a.start, end: a.end }));
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** The text of a range a reader sees: Range#toString also reads hidden elements. */
function visibleText(range: Range): string {
  const root = range.commonAncestorContainer;
  const it = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = it.nextNode() as Text | null; n; n = it.nextNode() as Text | null) {
    if (!range.intersectsNode(n) || !n.parentElement?.checkVisibility({ visibilityProperty: true })) continue;
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : n.data.length;
    out += n.data.slice(from, to);
  }
  return out;
}

/** The node tree with text node boundaries: `<p>[威政发〔2022〕][19号]</p>`. */
function serialise(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `[${(node as Text).data}]`;
  if (node.nodeType !== Node.ELEMENT_NODE) return `{${node.nodeType}}`;
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  return `<${el.localName}${attrs}>${[...el.childNodes].map(serialise).join('')}</${el.localName}>`;
}

function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const it = document.createNodeIterator(root, NodeFilter.SHOW_ALL);
  for (let n = it.nextNode(); n; n = it.nextNode()) out.push(n);
  return out;
}

/** The container's markup (its children serialised), to compare before and after. */
const htmlOf = (el: Element): string => [...el.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join('');

const centre = (r: DOMRect): [number, number] => [r.left + r.width / 2, r.top + r.height / 2];
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The highlights actually on the page, per kind, as each engine paints them. */
function painted(name: 'css' | 'mark', container: Element): Record<HighlightKind, number> {
  const out = { docnum: 0, deadline: 0, unit: 0 };
  for (const kind of HIGHLIGHT_KINDS) {
    if (name === 'css') out[kind] = CSS.highlights.get(`gl-${kind}`)?.size ?? 0;
    else out[kind] = new Set([...container.querySelectorAll(`mark.gl-mark.gl-${kind}`)].map((m) => m.getAttribute('data-gl-id'))).size;
  }
  return out;
}

const ourRegistryNames = (): string[] => [...CSS.highlights.keys()].filter((k) => k.startsWith('gl-')).sort();

for (const name of ['css', 'mark'] as const) {
  describe(`highlighter: ${name}`, () => {
    let container: HTMLDivElement;
    let model: DomTextModel;
    let items: HighlightItem[];
    let h: Highlighter;
    const textOf = (item: HighlightItem): string => model.text.slice(item.start, item.end);
    const idOfText = (text: string): string => items.find((i) => squash(textOf(i)) === text)!.id;

    beforeEach(() => {
      container = buildPage();
      model = buildDomText(container);
      items = itemsFor(model);
      h = createHighlighter(name, document, { flashMs: 60, scrollBehavior: 'instant' });
    });
    afterEach(() => {
      h.destroy();
      container.remove();
      window.scrollTo(0, 0);
    });

    it('the fixture: the extractor finds what the page shows and nothing hidden', () => {
      for (const kind of HIGHLIGHT_KINDS) {
        expect(items.filter((i) => i.kind === kind).map((i) => squash(textOf(i))), kind).to.have.members(EXPECTED[kind]);
      }
    });

    it('paints every annotation over its text, across inline elements, table cells and adjacent text nodes', () => {
      h.apply(model, items);
      expect(h.name).to.equal(name);
      for (const item of items) {
        const range = h.rangeOf(item.id);
        expect(range, item.id).to.not.equal(null);
        expect(squash(range!.toString()), item.id).to.equal(squash(textOf(item)));
        expect(h.rectsOf(item.id).length, item.id).to.be.greaterThan(0);
      }
      expect(painted(name, container)).to.deep.equal(COUNTS);
      // The split document number is one highlight, from 国 to 号.
      const split = h.rangeOf(idOfText('国办发〔2022〕37号'))!;
      const around = split.commonAncestorContainer;
      expect((around instanceof Element ? around : around.parentElement)?.closest('p')?.id).to.equal('p1');
      expect(h.rangeOf('no-such-id')).to.equal(null);
      expect(h.rectsOf('no-such-id')).to.deep.equal([]);
    });

    it('toggling a kind hides and shows exactly that kind', () => {
      h.apply(model, items);
      const deadline = items.find((i) => i.kind === 'deadline')!;
      const unit = items.find((i) => i.kind === 'unit')!;
      h.setKindVisible('deadline', false);
      if (name === 'css') {
        expect(ourRegistryNames()).to.deep.equal(['gl-docnum', 'gl-unit']);
      } else {
        const marks = [...container.querySelectorAll<HTMLElement>('mark.gl-mark')];
        for (const m of marks) {
          const off = m.classList.contains('gl-deadline');
          expect(m.classList.contains('gl-off'), m.textContent ?? '').to.equal(off);
          expect(getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)', m.textContent ?? '').to.equal(off);
        }
      }
      // A hidden kind is not under the pointer either; the others still are.
      const [x, y] = centre(h.rectsOf(deadline.id)[0]!);
      expect(h.idAt(x, y)).to.equal(null);
      const [ux, uy] = centre(h.rectsOf(unit.id)[0]!);
      expect(h.idAt(ux, uy)).to.equal(unit.id);

      h.setKindVisible('deadline', true);
      expect(h.idAt(x, y)).to.equal(deadline.id);
      if (name === 'css') expect(ourRegistryNames()).to.deep.equal(['gl-deadline', 'gl-docnum', 'gl-unit']);
      else expect(container.querySelectorAll('mark.gl-off')).to.have.length(0);
      expect(painted(name, container)).to.deep.equal(COUNTS);
    });

    it('a hidden kind stays hidden through clear() and the next apply()', () => {
      h.setKindVisible('unit', false);
      h.apply(model, items);
      const unit = items.find((i) => i.kind === 'unit')!;
      expect(h.idAt(...centre(h.rectsOf(unit.id)[0]!))).to.equal(null);
      if (name === 'css') expect(ourRegistryNames()).to.deep.equal(['gl-deadline', 'gl-docnum']);
      else expect(container.querySelectorAll('mark.gl-unit:not(.gl-off)')).to.have.length(0);
    });

    it('idAt gives the id at the centre of each highlight and null on plain text', () => {
      h.apply(model, items);
      // The CSS engine asks the browser (highlightsFromPoint) when it can.
      const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint: (x: number, y: number) => unknown };
      const native = registry.highlightsFromPoint;
      let asked = 0;
      Object.defineProperty(registry, 'highlightsFromPoint', {
        configurable: true,
        value: (x: number, y: number) => (asked++, native.call(registry, x, y)),
      });
      try {
        for (const item of items) {
          h.scrollTo(item.id);
          const rect = h.rectsOf(item.id)[0]!;
          expect(h.idAt(...centre(rect)), squash(textOf(item))).to.equal(item.id);
        }
      } finally {
        delete (registry as { highlightsFromPoint?: unknown }).highlightsFromPoint;
      }
      expect(asked).to.equal(name === 'css' ? items.length : 0);
      window.scrollTo(0, 0);
      const plain = document.createRange();
      const first = container.querySelector('#p1')!.firstChild!; // 根据国办
      plain.setStart(first, 0);
      plain.setEnd(first, 2);
      expect(h.idAt(...centre(plain.getBoundingClientRect()))).to.equal(null);
      const heading = container.querySelector('h1')!.getBoundingClientRect();
      expect(h.idAt(...centre(heading))).to.equal(null);
    });

    if (name === 'css') {
      it('idAt falls back to the caret position where highlightsFromPoint is missing', () => {
        h.apply(model, items);
        Object.defineProperty(CSS.highlights, 'highlightsFromPoint', { value: undefined, configurable: true });
        try {
          for (const item of items) {
            expect(h.idAt(...centre(h.rectsOf(item.id)[0]!)), squash(textOf(item))).to.equal(item.id);
            // The last character's right half: the caret lands after the item, still ours.
            const rects = h.rectsOf(item.id);
            const last = rects[rects.length - 1]!;
            expect(h.idAt(last.right - 2, last.top + last.height / 2), `end of ${squash(textOf(item))}`).to.equal(item.id);
          }
          const first = container.querySelector('#p1')!.firstChild!;
          const plain = document.createRange();
          plain.setStart(first, 0);
          plain.setEnd(first, 1);
          const r = plain.getBoundingClientRect();
          expect(h.idAt(r.right - 1, r.top + r.height / 2)).to.equal(null);
          // The character just before 国办发: the caret may sit on the item's start.
          plain.setStart(first, 1);
          plain.setEnd(first, 2);
          const before = plain.getBoundingClientRect();
          expect(h.idAt(before.right - 2, before.top + before.height / 2)).to.equal(null);
        } finally {
          delete (CSS.highlights as { highlightsFromPoint?: unknown }).highlightsFromPoint;
        }
        expect(typeof (CSS.highlights as { highlightsFromPoint?: unknown }).highlightsFromPoint).to.equal('function');
      });
    }

    it('applying twice replaces: no duplicates', () => {
      h.apply(model, items);
      const once = painted(name, container);
      const marks = container.querySelectorAll('mark').length;
      h.apply(model, items);
      expect(painted(name, container)).to.deep.equal(once);
      expect(container.querySelectorAll('mark').length).to.equal(marks);
      for (const item of items) expect(squash(h.rangeOf(item.id)!.toString())).to.equal(squash(textOf(item)));
      // Fewer items the second time: the others are gone.
      h.apply(model, items.filter((i) => i.kind === 'docnum'));
      expect(painted(name, container)).to.deep.equal({ docnum: 2, deadline: 0, unit: 0 });
      expect(h.rangeOf(items.find((i) => i.kind === 'unit')!.id)).to.equal(null);
    });

    it('applying a model built over the painted page (as a re-scan would) works and still restores', () => {
      const before = serialise(container);
      const nodes = allNodes(container);
      h.apply(model, items);
      const rebuilt = buildDomText(container);
      expect(rebuilt.text).to.equal(model.text);
      h.apply(rebuilt, itemsFor(rebuilt));
      expect(painted(name, container)).to.deep.equal(COUNTS);
      for (const item of items) expect(squash(h.rangeOf(item.id)!.toString())).to.equal(squash(textOf(item)));
      // Different items over the same painted page: each one character wider on the left,
      // so they start inside text nodes the first apply() split.
      const again = buildDomText(container);
      const wider = items.map((i) => ({ ...i, start: i.start - 1 }));
      h.apply(again, wider);
      for (const item of wider) {
        const want = squash(again.text.slice(item.start, item.end));
        expect(squash(visibleText(h.rangeOf(item.id)!)), item.id).to.equal(want);
        if (name === 'mark') {
          const marked = [...container.querySelectorAll(`mark[data-gl-id="${item.id}"]`)].map((m) => m.textContent).join('');
          expect(squash(marked), `marks of ${item.id}`).to.equal(want);
        }
      }
      h.clear();
      expect(serialise(container)).to.equal(before);
      expect(allNodes(container)).to.have.ordered.members(nodes);
    });

    it('clear() restores the page exactly: same HTML, same text node boundaries, the very same nodes', () => {
      const html = htmlOf(container);
      const tree = serialise(container);
      const nodes = allNodes(container);
      expect(tree).to.contain('[威政发〔2022〕][19号][，自印发之日起施行。]');
      const observer = new MutationObserver(() => {});
      observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
      h.apply(model, items);
      if (name === 'css') {
        // The CSS engine never touches the DOM.
        expect(observer.takeRecords()).to.have.length(0);
      } else {
        expect(htmlOf(container)).to.not.equal(html);
        expect(container.querySelector('#p2 mark')).to.not.equal(null);
      }
      h.setKindVisible('unit', false);
      h.flash(items[0]!.id);
      h.clear();
      if (name === 'css') expect(observer.takeRecords()).to.have.length(0);
      observer.disconnect();
      expect(htmlOf(container)).to.equal(html);
      expect(serialise(container)).to.equal(tree);
      expect(allNodes(container)).to.have.ordered.members(nodes);
      expect(ourRegistryNames()).to.deep.equal([]);
      // The old model still maps onto the page.
      const again = itemsFor(buildDomText(container));
      expect(again).to.deep.equal(items);
      expect(model.toRange(items[0]!.start, items[0]!.end)!.toString()).to.equal(textOf(items[0]!));
    });

    if (name === 'mark') {
      it('(why clear() does its own restore) mark.js unmark() merges the adjacent text nodes', () => {
        const tree = serialise(container);
        h.apply(model, items);
        new Mark(container).unmark();
        expect(serialise(container)).to.not.equal(tree);
        expect(serialise(container)).to.contain('[威政发〔2022〕19号，自印发之日起施行。]');
      });
    }

    it('never paints hidden text or script text', () => {
      h.apply(model, items);
      const hidden = ['#hidden-span', '#hidden-p', 'script', 'textarea', 'style'].map((s) => container.querySelector(s)!);
      for (const item of items) {
        const range = h.rangeOf(item.id)!;
        for (const el of hidden) expect(range.intersectsNode(el), `${item.id} in ${el.localName}`).to.equal(false);
      }
      for (const el of hidden) expect(el.querySelector('mark'), el.localName).to.equal(null);
      expect(container.querySelector('script')!.childNodes).to.have.length(1);
      expect(container.querySelector('textarea')!.value).to.equal('国发〔2019〕8号 市民政局 2019年1月底前');

      // An item across the hidden span (市林业局牵头，[hidden]市公安局): only visible text is marked.
      const from = model.text.indexOf('市林业局');
      const to = model.text.indexOf('市公安局') + 4;
      h.apply(model, [{ id: 'across', kind: 'unit', start: from, end: to }]);
      expect(squash(h.rangeOf('across')!.toString())).to.contain('市林业局牵头，').and.to.contain('市公安局');
      expect(h.rectsOf('across').length).to.be.greaterThan(0);
      if (name === 'mark') {
        const marked = [...container.querySelectorAll('mark[data-gl-id="across"]')].map((m) => m.textContent).join('');
        expect(marked).to.equal('市林业局牵头，市公安局');
        expect(container.querySelector('#hidden-span mark')).to.equal(null);
      }
      // Text inside a <script> has no offsets in the model at all: a page of only script text
      // gives nothing to highlight.
      const scriptOnly = buildDomText(container.querySelector('script')!.parentNode!);
      expect(scriptOnly.text).to.not.contain('国发〔2021〕9号');
    });

    it('flash() marks the item briefly', async () => {
      h.apply(model, items);
      const id = idOfText('威政发〔2022〕19号');
      h.flash(id);
      if (name === 'css') {
        const flash = CSS.highlights.get('gl-flash');
        expect(flash?.size).to.equal(1);
        expect(squash([...flash!][0]!.toString())).to.equal('威政发〔2022〕19号');
      } else {
        const marks = [...container.querySelectorAll('mark.gl-flash')];
        expect(marks.map((m) => m.getAttribute('data-gl-id'))).to.satisfy((ids: string[]) => ids.length > 0 && ids.every((x) => x === id));
        expect(getComputedStyle(marks[0]!).backgroundColor).to.equal('rgba(213, 94, 0, 0.38)');
      }
      await wait(150);
      if (name === 'css') expect(CSS.highlights.has('gl-flash')).to.equal(false);
      else expect(container.querySelectorAll('mark.gl-flash')).to.have.length(0);
    });

    it('scrollTo() brings an item into view, inside a scrolling box below the fold', () => {
      const spacer = document.createElement('div');
      spacer.style.height = `${2 * window.innerHeight}px`;
      const box = document.createElement('div');
      box.style.cssText = 'height: 150px; overflow: auto;';
      const inner = document.createElement('div');
      inner.style.height = '1200px';
      inner.textContent = '特此通知。'; // a sentence end, so the extractor does not read the table's last cell into the issuer
      box.append(inner, container.querySelector('#p2')!);
      container.append(spacer, box);
      model = buildDomText(container);
      items = itemsFor(model);
      h.apply(model, items);
      const id = idOfText('威政发〔2022〕19号');
      expect(centre(h.rectsOf(id)[0]!)[1]).to.be.greaterThan(window.innerHeight);
      h.scrollTo(id);
      const rect = h.rectsOf(id)[0]!;
      const boxRect = box.getBoundingClientRect();
      expect(rect.top).to.be.at.least(boxRect.top);
      expect(rect.bottom).to.be.at.most(boxRect.bottom);
      expect(rect.top).to.be.at.least(0);
      expect(rect.bottom).to.be.at.most(window.innerHeight);
      expect(h.idAt(...centre(rect))).to.equal(id);
    });

    it('destroy() clears and refuses further use; the page\'s own registry entries are untouched', () => {
      const own = supportsCssHighlights(window) ? new Highlight(model.toRange(0, 2)!) : null;
      if (own) CSS.highlights.set('page-own', own);
      const tree = serialise(container);
      h.apply(model, items);
      h.destroy();
      expect(serialise(container)).to.equal(tree);
      expect(ourRegistryNames()).to.deep.equal([]);
      if (own) expect(CSS.highlights.get('page-own')).to.equal(own);
      CSS.highlights.delete('page-own');
      expect(() => h.apply(model, items)).to.throw(HighlighterDestroyedError);
      expect(h.idAt(10, 10)).to.equal(null);
    });
  });
}

describe('highlight styles and legend', () => {
  it('has a rule for every kind in both engines, and the legend in two languages', () => {
    for (const kind of HIGHLIGHT_KINDS) {
      expect(HIGHLIGHT_CSS).to.contain(`::highlight(gl-${kind})`);
      expect(HIGHLIGHT_CSS).to.contain(`mark.gl-mark.gl-${kind}`);
    }
    expect(HIGHLIGHT_CSS).to.contain('::highlight(gl-flash)');
    // In the order readers meet them (lib/kinds.ts): the launcher's and the outline's.
    expect(LEGEND.map((l) => [l.kind, l.zh, l.en])).to.deep.equal([
      ['deadline', '期限', 'Deadline'],
      ['unit', '责任单位', 'Responsible unit'],
      ['docnum', '文号', 'Document number'],
    ]);
    // Each kind differs by more than colour.
    expect(new Set(LEGEND.map((l) => l.underline)).size).to.equal(LEGEND.length);
  });

  it('every declaration parses (a browser drops what it cannot read)', () => {
    const topLevel = HIGHLIGHT_CSS.split('\n').filter((l) => /^[:m].*\{.*\}$/.test(l));
    expect(topLevel.length).to.be.at.least(10);
    for (const line of topLevel) {
      const one = new CSSStyleSheet();
      one.replaceSync(line);
      const rule = one.cssRules[0] as CSSStyleRule | undefined;
      expect(rule, line).to.not.equal(undefined);
      for (const [, prop] of line.matchAll(/([a-z-]+):/g)) {
        if (prop === 'highlight') continue;
        expect(rule!.style.getPropertyValue(prop!), `${prop} in ${line}`).to.not.equal('');
      }
    }
  });
});
