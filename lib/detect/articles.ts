/**
 * articles: the text is laid out in articles — lines starting 第一条, 第二条, 第三条 … in
 * sequence (Arabic numerals too: 第1条; traditional 第一條). A cross-reference (依照本办法
 * 第十三条规定) is not at a line start; a stray 第3条 is not a sequence. Three articles in a
 * row: 3 points, five: 4, ten: 5. Several regulations on one page: the longest run counts.
 */
import { numeralToArabic } from '../text/numerals.ts';
import type { Detector } from './types.ts';

const ARTICLE = /^[ \t\u00a0\u3000]*第([一二三四五六七八九十百零〇两]{1,7}|\d{1,3})[条條]/gm;

function value(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  const arabic = numeralToArabic(n);
  return arabic === null ? -1 : Number(arabic);
}

/** The longest run 1, 2, 3 … of article numbers at line starts, in text order. */
export function articleRun(text: string): number {
  let expect = 1;
  let best = 0;
  for (const m of text.matchAll(ARTICLE)) {
    const v = value(m[1]!);
    if (v === expect) expect++;
    else if (v === 1) expect = 2;
    best = Math.max(best, expect - 1);
  }
  return best;
}

export const articles: Detector = {
  id: 'articles',
  describe: {
    zh: '正文按条文排列（第一条、第二条、第三条……）',
    en: 'The text is laid out in numbered articles (第一条, 第二条, 第三条 …)',
  },
  examples: {
    positive: [
      { text: '第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n　　第三条　市林业局负责组织实施。' },
      { text: '第一條 為規範管理，制定本辦法。\n第二條 本辦法適用於全市。\n第三條 本辦法自發佈之日起施行。' },
      { text: Array.from({ length: 12 }, (_, i) => `第${i + 1}条 内容。`).join('\n') },
    ],
    negative: [
      { text: '依照本办法第十三条规定，第二条所称的单位应当报告。' },
      { text: '第3条评论说得对。\n第一条路走不通。' },
      { text: '第一條\n第三條\n第五條' },
      { text: '我的周末：第3号窗口排队，2024年5月1日。' },
    ],
  },
  detect(signals) {
    const n = articleRun(signals.text);
    if (n < 3) return null;
    const score = n >= 10 ? 5 : n >= 5 ? 4 : 3;
    return {
      score,
      reason: { zh: `正文按条文排列：第一条至第${n}条`, en: `Numbered articles 1 to ${n}` },
    };
  },
};
