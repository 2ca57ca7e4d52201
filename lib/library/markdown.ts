/**
 * The library as Markdown, for reading or pasting elsewhere: the watched deadlines (soonest
 * first), then per document (most recently seen first) its number, title, validity and dates,
 * then its notes in page order with their quotes, comments, colours and tags. Page text is
 * escaped so it cannot become markup.
 */
import { localDateTime, localDay } from '../local-time.ts';
import type { LibraryDb } from './db.ts';
import { toDocument, toNote, toWatch } from './repo.ts';
import type { Colour, DocumentRecord, NoteRecord, WatchRecord } from './types.ts';

const COLOUR_ZH: Record<Colour, string> = { yellow: '黄', green: '绿', blue: '蓝', pink: '粉', purple: '紫' };

/** One line of page text, with the characters that make Markdown or HTML inline escaped. */
export function mdText(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`);
}

/** Lines of page text; a line that would start a heading, list or quote is escaped. */
function block(s: string, prefix = ''): string[] {
  const safe = (line: string): string => line.replace(/^[#>+-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
  return s.split(/\r?\n/).map((line) => `${prefix}${safe(mdText(line))}`.trimEnd());
}

export function renderMarkdown(documents: DocumentRecord[], notes: NoteRecord[], exportedAt: Date = new Date(), watches: WatchRecord[] = []): string {
  const byDoc = new Map<string, NoteRecord[]>();
  for (const n of notes) byDoc.set(n.documentId, [...(byDoc.get(n.documentId) ?? []), n]);
  const out: string[] = ['# 我的公文库（Gazette Lens）', '', `导出时间：${localDateTime(exportedAt.toISOString())}；${documents.length} 份文件，${notes.length} 条笔记，${watches.length} 项关注`, ''];
  if (watches.length) {
    out.push(`## 关注的期限（${watches.length}）`, '');
    for (const w of [...watches].sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))) {
      const doc = [w.title, w.docnum ? `（${w.docnum}）` : null].filter(Boolean).join('');
      out.push(`- **${w.due}** ${w.kind === 'expiry' ? '到期' : '期限'}：${mdText(w.text)}${doc ? ` — ${mdText(doc)}` : ''}`);
    }
    out.push('');
  }
  const docs = [...documents].sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
  for (const d of docs) {
    out.push(`## ${mdText(d.title ?? d.docnum ?? d.urls[0] ?? d.id)}`, '');
    if (d.docnum) out.push(`- 文号：${mdText(d.docnum)}`);
    out.push(`- 效力：${d.status}${d.expiryDate ? `（有效期至 ${d.expiryDate}）` : ''}`);
    if (d.issuer) out.push(`- 发文机关：${mdText(d.issuer)}`);
    if (d.signedDate) out.push(`- 成文日期：${d.signedDate}`);
    if (d.effectiveDate) out.push(`- 施行日期：${d.effectiveDate}`);
    for (const u of d.urls) out.push(`- 网址：<${u.replace(/[<>\s]/g, encodeURIComponent)}>`);
    if (d.cites.length) out.push(`- 引用：${d.cites.map(mdText).join('、')}`);
    const own = (byDoc.get(d.id) ?? []).sort((a, b) => a.position.start - b.position.start || a.created.localeCompare(b.created));
    if (own.length) {
      out.push('', `### 笔记（${own.length}）`);
      for (const n of own) {
        out.push('', ...block(n.quote.exact, '> '));
        if (n.body.trim()) out.push('', ...block(n.body));
        const tags = n.tags.map((t) => `#${mdText(t)}`).join(' ');
        out.push('', `*${COLOUR_ZH[n.colour]}色${tags ? ` · 标签：${tags}` : ''} · ${localDay(n.updated)}*`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

export async function exportMarkdown(db: LibraryDb): Promise<string> {
  const { documents, notes, watches } = await db.transaction('r', [db.documents, db.notes, db.watches], async () => ({
    documents: (await db.documents.toArray()).map(toDocument),
    notes: (await db.notes.toArray()).map(toNote),
    watches: (await db.watches.toArray()).map(toWatch),
  }));
  return renderMarkdown(documents, notes, new Date(), watches);
}
