/**
 * title-words: the title reads like an official document — it ends in a document type
 * (通知 意见 办法 方案 公报 决定 规定 通告 批复; 意見 辦法 公報 決定 規定 批覆 in traditional),
 * possibly before （试行） or a site name after `_` or ` - `, or it has the 关于…的 form.
 * Ending word: 2 points; 关于…的: 1; both: 3.
 */
import type { Detector } from './types.ts';

const ENDING = /(?:通知|意[见見]|[办辦]法|方案|公[报報]|[决決]定|[规規]定|通告|批[复復覆])$/;
const ABOUT = /[关關][于於].{1,80}?的/u;
/** Title parts: lines, and the site or column names gov pages append after _ | - —. */
const PARTS = /[\n_|｜]|\s[-－—–]+\s/;
/** Longer titles are cut, longer parts are not titles (a page whose h1 holds a paragraph). */
const MAX_TITLE = 1_000;
const MAX_PART = 200;
/** What may follow the document type: quotes, punctuation, spaces … */
const TRAILING_CHARS = new Set([...' \t\u3000》」』"”。.!！']);
/** … and a short note in brackets: （试行）, (草案), （征求意见稿）. */
const NOTE_MAX = 12;

/** The part without what may follow a document type (loops, not a regex: no backtracking). */
function stripTrailing(part: string): string {
  let end = part.length;
  for (;;) {
    while (end > 0 && TRAILING_CHARS.has(part[end - 1]!)) end--;
    const close = part[end - 1];
    if (close !== '）' && close !== ')') break;
    const open = Math.max(part.lastIndexOf('（', end - 1), part.lastIndexOf('(', end - 1));
    if (open < 0 || end - open > NOTE_MAX) break;
    end = open;
  }
  return part.slice(0, end);
}

function endingWord(part: string): string | null {
  const m = ENDING.exec(stripTrailing(part));
  return m ? m[0] : null;
}

export const titleWords: Detector = {
  id: 'title-words',
  describe: {
    zh: '标题是公文标题的样式（以通知、意见、办法等结尾，或“关于……的”）',
    en: 'The title reads like an official document (ends in 通知, 意见, 办法 …, or has 关于…的)',
  },
  examples: {
    positive: [
      { title: '国务院办公厅关于印发分工方案的通知_国务院文件_中国政府网' },
      { title: '威海市林区野外用火管理办法（试行）' },
      { title: '關於加強安全生產工作的意見 - 政府資訊' },
      { title: '2023年国民经济和社会发展统计公报' },
      { title: '我的博客\n关于开展检查工作的安排' },
    ],
    negative: [
      { title: '我的周末随笔' },
      { title: '通知栏设置教程 - 安卓' },
      { title: '關於我 | 個人網誌' },
      { title: '' },
    ],
  },
  detect(signals) {
    const parts = signals.title
      .slice(0, MAX_TITLE)
      .split(PARTS)
      .map((p) => p.trim())
      .filter((p) => p.length >= 4 && p.length <= MAX_PART);
    let word: string | null = null;
    let about = false;
    for (const part of parts) {
      word ??= endingWord(part);
      about ||= ABOUT.test(part);
    }
    if (!word && !about) return null;
    const score = (word ? 2 : 0) + (about ? 1 : 0);
    const zh = [word && `以“${word}”结尾`, about && '有“关于……的”'].filter(Boolean).join('，');
    const en = [word && `ends in ${word}`, about && 'has 关于…的'].filter(Boolean).join(', ');
    return { score, reason: { zh: `标题${zh}`, en: `The title ${en}` } };
  },
};
