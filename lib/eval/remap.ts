/**
 * Gold spans labelled on one text, moved onto another text with the same characters where only
 * whitespace differs (a corpus .txt and the text PDF.js reads from the same text printed: print
 * wraps lines where the .txt did not). Spans are matched by their strings: the k-th non-space
 * character of one text is the k-th of the other. Pure.
 */
const isSpace = (c: string): boolean => /\s/.test(c);

/** Offsets of the non-space characters of a text, in order. */
function solid(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!isSpace(text[i]!)) at.push(i);
  return at;
}

export interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/** The spans on `to`; throws when the two texts differ in more than whitespace. */
export function remapSpans<T extends SpanLike>(from: string, to: string, spans: readonly T[]): T[] {
  const a = solid(from);
  const b = solid(to);
  const squeezedFrom = a.map((i) => from[i]).join('');
  const squeezedTo = b.map((i) => to[i]).join('');
  if (squeezedFrom !== squeezedTo) {
    let k = 0;
    while (squeezedFrom[k] === squeezedTo[k]) k++;
    throw new Error(`the texts differ in more than whitespace at character ${k}: ${JSON.stringify(squeezedFrom.slice(k, k + 20))} vs ${JSON.stringify(squeezedTo.slice(k, k + 20))}`);
  }
  // k-th solid character at or after an offset.
  const rank = (offset: number): number => {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return spans.map((s) => {
    const first = rank(s.start);
    const last = rank(s.end) - 1;
    if (last < first) return { ...s };
    const start = b[first]!;
    const end = b[last]! + 1;
    return { ...s, start, end, text: to.slice(start, end) };
  });
}
