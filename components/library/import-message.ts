/**
 * An import refusal in the reader's language: what is wrong, where (which record, which field,
 * with the file's own path for whoever opens the file) and what to do.
 */
import type { Lang } from '../i18n.ts';
import type { FieldIssue, ImportProblem } from '../../lib/library/import-problem.ts';
import { formatPath } from '../../lib/library/schemas.ts';

const RECORD: Record<string, { zh: string; en: string }> = {
  documents: { zh: '文件记录', en: 'document' },
  notes: { zh: '笔记', en: 'note' },
  watches: { zh: '关注', en: 'watch' },
  citations: { zh: '引用', en: 'citation' },
};

const FIELD: Record<string, { zh: string; en: string }> = {
  id: { zh: '编号', en: 'id' },
  url: { zh: '网址', en: 'address' },
  urls: { zh: '网址', en: 'addresses' },
  due: { zh: '到期日', en: 'due date' },
  body: { zh: '正文', en: 'text' },
  quote: { zh: '引文', en: 'quote' },
  exact: { zh: '引文', en: 'quote' },
  tags: { zh: '标签', en: 'tags' },
  colour: { zh: '颜色', en: 'colour' },
  created: { zh: '创建时间', en: 'creation time' },
  updated: { zh: '修改时间', en: 'time of the last change' },
  title: { zh: '标题', en: 'title' },
  docnum: { zh: '文号', en: 'document number' },
  documentId: { zh: '所属文件', en: 'document it belongs to' },
  text: { zh: '期限原文', en: 'deadline text' },
  kind: { zh: '类型', en: 'kind' },
  cites: { zh: '引用的文号', en: 'cited numbers' },
  exportedAt: { zh: '导出时间', en: 'export time' },
};

const ISSUE: Record<FieldIssue, { zh: string; en: string }> = {
  missing: { zh: '缺失', en: 'is missing' },
  type: { zh: '类型不对', en: 'has the wrong type' },
  value: { zh: '取值无效', en: 'has a value that is not allowed' },
  format: { zh: '格式不对', en: 'is not in the right format' },
  'too-long': { zh: '过长', en: 'is too long' },
  'too-many': { zh: '条目过多', en: 'has too many entries' },
  empty: { zh: '为空', en: 'is empty' },
  'unexpected-key': { zh: '含有不认识的字段', en: 'holds fields this version does not know' },
  other: { zh: '无效', en: 'is not valid' },
};

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** 「第 3 条笔记的「引文」」 / "note 3's quote", from a path like notes, 2, quote, exact. */
function where(path: readonly PropertyKey[], lang: Lang): string {
  const [list, index] = path;
  const record = typeof list === 'string' ? RECORD[list] : undefined;
  const fieldKey = [...path].reverse().find((p): p is string => typeof p === 'string' && (p !== list || !record));
  const field = fieldKey ? FIELD[fieldKey]?.[lang] ?? fieldKey : null;
  if (record && typeof index === 'number') {
    return lang === 'zh'
      ? `第 ${index + 1} 条${record.zh}${field ? `的「${field}」` : ''}`
      : `${record.en} ${index + 1}${field ? `'s ${field}` : ''}`;
  }
  return field ? (lang === 'zh' ? `「${field}」` : `the ${field}`) : lang === 'zh' ? '文件' : 'the file';
}

function more(n: number, lang: Lang): string {
  if (!n) return '';
  return lang === 'zh' ? `另有 ${n} 处问题。` : ` There ${n === 1 ? 'is 1 more problem' : `are ${n} more problems`}.`;
}

/** The whole message: what, where (and the file's path), what to do. */
export function importProblemText(p: ImportProblem, lang: Lang): string {
  const zh = lang === 'zh';
  switch (p.code) {
    case 'too-large':
      return zh ? `文件太大（${mb(p.size)}），上限为 ${mb(p.limit)}。请分批导出后再导入。` : `The file is too large (${mb(p.size)}; the limit is ${mb(p.limit)}). Export in parts and import them one by one.`;
    case 'not-json':
      return zh ? `这不是 JSON 文件，或文件已损坏（${p.detail}）。请选择由「导出 JSON」得到的 .json 文件。` : `This is not a JSON file, or it is damaged (${p.detail}). Choose a .json file made with "Export JSON".`;
    case 'unreadable':
      return zh ? `无法读取此文件（${p.detail}）。请确认文件还在原处，再试一次。` : `The file could not be read (${p.detail}). Check that it is still there and try again.`;
    case 'not-library':
      return zh ? '这不是公报阅读助手的资料库文件。请选择由「导出 JSON」得到的文件。' : 'This is not a Gazette Lens library file. Choose a file made with "Export JSON".';
    case 'newer-version':
      return zh ? `此文件由更新版本的公报阅读助手导出（文件格式第 ${p.version} 版，本版本读取第 ${p.supported} 版）。请先更新扩展再导入。` : `This file was made by a newer Gazette Lens (format version ${p.version}; this one reads version ${p.supported}). Update the extension, then import it.`;
    case 'other-version':
      return zh ? `此文件的格式版本不对（本版本读取第 ${p.supported} 版）。请用本扩展重新导出。` : `This file's format version is not one this extension reads (it reads version ${p.supported}). Export it again with this extension.`;
    case 'field':
      return zh
        ? `${where(p.path, lang)}${ISSUE[p.issue].zh}（${formatPath(p.path)}）。${more(p.more, lang)}请用本扩展导出的原文件重新导入，或改正该处后再试。`
        : `${capital(where(p.path, lang))} ${ISSUE[p.issue].en} (${formatPath(p.path)}).${more(p.more, lang)} Import the file as this extension exported it, or correct that place and try again.`;
    case 'duplicate-id':
      return zh ? `${where(p.path.slice(0, 2), lang)}与前面一条的编号重复（${formatPath(p.path)}）。${more(p.more, lang)}一个文件中每条记录的编号须唯一。` : `${capital(where(p.path.slice(0, 2), lang))} has the same id as an earlier one (${formatPath(p.path)}).${more(p.more, lang)} Every record of a file needs its own id.`;
    case 'missing-document':
      return zh ? `${where(p.path.slice(0, 2), lang)}所属的文件记录不在此文件中（${formatPath(p.path)}）。${more(p.more, lang)}请导入完整导出的文件。` : `The document ${where(p.path.slice(0, 2), lang)} belongs to is not in the file (${formatPath(p.path)}).${more(p.more, lang)} Import a complete export.`;
    case 'citation':
      return zh ? `文件中的引用关系前后不一致（${formatPath(p.path)}）。${more(p.more, lang)}请导入完整导出的文件。` : `The file's citations do not agree with its documents (${formatPath(p.path)}).${more(p.more, lang)} Import a complete export.`;
    case 'write-failed':
      return zh ? `写入资料库时出错（${p.detail}）。请稍后再试。` : `Writing to the library failed (${p.detail}). Try again in a moment.`;
  }
}

function capital(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
