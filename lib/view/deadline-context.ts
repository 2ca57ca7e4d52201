/**
 * The task a deadline belongs to, in its own words: what the outline's timeline, the command
 * line's briefs, the CSV and the calendar entries show beside a date (one rule for all).
 */
import { clip, clipStart, tidy } from './tidy.ts';

const SENTENCE_END = /[。；;！!？?]/;
/** An attribution bracket: （区政府办公室牵头，区财政局配合）. Its units have their own column. */
const ATTRIBUTION = /[（(][^（()）]{0,60}?(?:牵头|负责|配合|参与|协助|会同|单位[:：]|部门[:：])/;

/**
 * The task around a deadline, in its own words, whitespace tidied. Chinese documents put the
 * task after a deadline that opens a clause (2020年9月底前，完成职能、编制、人员调整工作) and
 * around one inside a clause (各镇街应于每年12月20日前向区考核部门报送年度自查情况): so the
 * clause's beginning is kept only in the second case, up to `side` characters, and the rest of
 * the sentence after it, up to `side` characters and before any attribution in brackets.
 */
export function deadlineContext(text: string, a: { start: number; end: number }, side = 30): string {
  let before = tidy(text.slice(Math.max(0, a.start - side * 6), a.start));
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (SENTENCE_END.test(before[i]!)) {
      cut = i;
      break;
    }
  }
  before = before.slice(cut + 1);
  // A closing attribution or a label ends what came before: …按职责分工负责)具体举措: 1.2022年底前
  const closed = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'), before.lastIndexOf(':'), before.lastIndexOf('：'));
  if (closed >= 0 && (/[:：]/.test(before[closed]!) || ATTRIBUTION.test(before.slice(Math.max(0, before.lastIndexOf('(', closed), before.lastIndexOf('（', closed)), closed + 1)))) {
    before = before.slice(closed + 1);
  }
  // An article or chapter heading starts the clause: 第六章 附则 第十九条 本办法… → 第十九条 本办法…
  const article = [...before.matchAll(/第[一二三四五六七八九十百零〇\d]+条/g)].pop();
  if (article) before = before.slice(article.index);
  before = before.replace(/^[\s，,、：:）)]+/, '');
  let after = tidy(text.slice(a.end, a.end + side * 6));
  const stop = after.search(SENTENCE_END);
  if (stop >= 0) after = after.slice(0, stop);
  const attribution = after.search(ATTRIBUTION);
  if (attribution >= 0) after = after.slice(0, attribution);
  after = after.replace(/[，,；;\s]+$/, '');
  // A deadline opening a clause is followed by its task (2020年9月底前，完成…): the clauses
  // before it are another matter. One that ends its sentence (…，实施期限为…) keeps them.
  if ((after && /[，,：:]\s*$/.test(before)) || /^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})?[.、．]?\s*$/.test(before)) before = '';
  return `${clipStart(before, side)}${tidy(text.slice(a.start, a.end))}${clip(after, side)}`;
}
