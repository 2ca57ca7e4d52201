/**
 * The text the offsets refer to: the decoded file, or an HTML page's visible text, so that
 * `text.slice(start, end)` can be checked against the JSON. Several files are separated by
 * `==> FILE <==` lines, as `head` does.
 */
import type { Formatter } from '../types.ts';

export const text: Formatter = (files, { multiple }) => {
  if (!multiple) return files[0]!.text;
  return files.map((f) => `==> ${f.file} <==\n${f.text}${f.text.endsWith('\n') ? '' : '\n'}`).join('\n');
};
