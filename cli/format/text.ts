/**
 * The text the offsets refer to: the decoded file, or an HTML page's visible text, so that
 * `text.slice(start, end)` can be checked against the JSON. For several files (or a folder)
 * each is preceded by a `==> FILE <==` line, as `head` does.
 */
import type { StreamFormat } from '../types.ts';

export const text: StreamFormat = {
  head: () => '',
  file: (f, { multiple }) => ({ chunk: multiple ? `==> ${f.file} <==\n${f.text}${f.text.endsWith('\n') ? '' : '\n'}` : f.text }),
  separator: '\n',
  tail: () => '',
};
