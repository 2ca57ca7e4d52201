/**
 * docnum-density: document numbers (国办发〔2022〕37号, 國務院令第30號) in the visible text,
 * found by the engine's own docnum extractor, per 10,000 characters. Policy pages cite
 * their own number and others; a gazette issue lists one per document; an article or a
 * blog cites one now and then. One number is no evidence: two at least, and a density of
 * one per 10k: 1 point, one more for each doubling, 5 at most (16 per 10k and above).
 * A text shorter than 2,000 characters counts as 2,000, so that a snippet is not "dense".
 */
import { docnum } from '../extract/docnum.ts';
import { normalise } from '../text/normalise.ts';
import type { Detector } from './types.ts';

const MIN_COUNT = 2;
const MIN_LENGTH = 2_000;
const MAX_SCORE = 5;

/** Fills a text out to `length` characters with plain prose, for examples. */
function padded(text: string, length: number, filler: string): string {
  return text + filler.repeat(Math.max(0, Math.ceil((length - text.length) / filler.length)));
}

export const docnumDensity: Detector = {
  id: 'docnum-density',
  describe: {
    zh: '正文中有较多发文字号（每万字的个数）',
    en: 'The text cites document numbers (count per 10,000 characters)',
  },
  examples: {
    positive: [
      { text: '国务院办公厅关于印发分工方案的通知\n国办发〔2022〕37号\n根据《国务院关于加强管理的意见》（国发〔2019〕28号）和财政部12号令，制定本方案。' },
      { text: '目錄\n國務院令 第 30 號\n國辦發〔2022〕37號\n粵府〔2021〕5號\n粵府辦〔2021〕18號' },
      { text: padded('威政发〔2022〕19号\n鲁政办字〔2020〕85号\n', 8_000, '本市各有关部门应当认真贯彻执行。') },
    ],
    negative: [
      { text: '今天去图书馆借了书，排在第3号窗口。2024年5月1日，天气晴。' },
      { text: padded('去年讀了國發〔2019〕28號文件，感觸很深。', 3_000, '我們週末去爬山，風景很好。') },
      { text: padded('国发〔2019〕28号、国办发〔2022〕37号', 30_000, '春天来了，公园里的花都开了。') },
      { text: '〔2020〕10号 第3号 2020年第3期' },
    ],
  },
  detect(signals) {
    const text = signals.text;
    if (text.length === 0) return null;
    const count = docnum.extract(normalise(text)).length;
    if (count < MIN_COUNT) return null;
    const density = (count * 10_000) / Math.max(text.length, MIN_LENGTH);
    if (density < 1) return null;
    const score = Math.min(MAX_SCORE, 1 + Math.floor(Math.log2(density)));
    const per10k = density >= 10 ? Math.round(density) : Math.round(density * 10) / 10;
    return {
      score,
      reason: {
        zh: `正文中有 ${count} 个发文字号（每万字 ${per10k} 个）`,
        en: `${count} document numbers in the text (${per10k} per 10,000 characters)`,
      },
    };
  },
};
