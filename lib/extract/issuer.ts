/**
 * Who issues a document, as named (whitespace removed, script as written):
 *   - the part of the title before 关于 (or 转发/印发/任免…): 威海市人民政府办公室关于… → 威海市人民政府办公室;
 *   - a joint document: every body in the order written, joined by 、 — the bodies stand on
 *     separate lines, or apart on one line (成都市衛生健康委員會(全角空格)成都市財政局 → 成都市衛生健康委員會、成都市財政局);
 *     letter-spaced names (青 岛 市 财 政 局) stay whole;
 *   - a decree: the series' body (青岛市人民政府令 → 青岛市人民政府);
 *   - else the table of contents' title, or the signature line(s) above the date.
 */
import { ABOUT, compactFold, isBodyName, type Line } from './heading-lines.ts';

/** Splits the issuer part of a title's lines (original text) into bodies. */
export function splitBodies(raw: string): string[] {
  const gaps = raw.split(/\n|[、，,]|\s{2,}|\u3000/).map((s) => s.trim()).filter(Boolean);
  const parts: string[] = [];
  for (const g of gaps) {
    const words = g.split(/\s+/);
    // Letter-spaced (青 岛 市 财 政 局): single characters apart are one name.
    if (words.length > 1 && words.some((w) => w.length > 1) && words.every((w) => isBodyName(compactFold(w)))) parts.push(...words);
    else parts.push(words.join(''));
  }
  // Pieces that do not end as a body continue the previous one (a name wrapped over two lines).
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    cur += p;
    if (isBodyName(compactFold(cur))) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) {
    if (out.length) out[out.length - 1] += cur;
    else out.push(cur);
  }
  return out;
}

/** The issuer named by a title (compact, as written) and its lines; null when the title names none. */
export function issuerOfTitle(title: string, titleLines: readonly Line[], text: string): string | null {
  const folded = compactFold(title);
  const m = ABOUT.exec(folded);
  if (!m || m.index === 0) return null;
  const prefix = folded.slice(0, m.index);
  if (!isBodyName(prefix) && !/(?:政府|办公室|办公厅|委员会|局|厅|部|委|院|署|办|中心|会|公司)/.test(prefix)) return null;
  // The original text of the prefix: walk the title's lines until `m.index` compact characters are covered.
  if (!titleLines.length) return title.slice(0, m.index);
  let need = m.index;
  let raw = '';
  for (const l of titleLines) {
    const src = text.slice(l.start, l.end);
    let k = 0;
    let cut = src.length;
    for (let i = 0; i < src.length; i++) {
      if (/\s/.test(src[i]!)) continue;
      if (k === need) {
        cut = i;
        break;
      }
      k++;
    }
    if (k < need) {
      raw += src + '\n';
      need -= k;
      continue;
    }
    raw += src.slice(0, cut);
    break;
  }
  const bodies = splitBodies(raw);
  return bodies.length ? bodies.join('、') : title.slice(0, m.index);
}

/** The issuer in a table-of-contents title (compact folded): its part before 关于. */
export function issuerOfTocTitle(title: string): string | null {
  const m = ABOUT.exec(title);
  return m && m.index > 0 && isBodyName(title.slice(0, m.index)) ? title.slice(0, m.index) : null;
}

/** The signature: the line(s) of body names right above the date line. */
export function issuerOfSignature(ls: readonly Line[], dateLine: number, floor: number): string | null {
  const bodies: string[] = [];
  for (let k = dateLine - 1; k >= floor && dateLine - k <= 3; k--) {
    const l = ls[k]!;
    const names = splitBodies(l.text);
    if (!names.length || !names.every((n) => isBodyName(compactFold(n)))) break;
    bodies.unshift(...names.map((n) => n.replace(/\s+/g, '')));
  }
  return bodies.length ? bodies.join('、') : null;
}
