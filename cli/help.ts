/** The --help text and the version. */
import { readFileSync } from 'node:fs';

export const HELP = `gazette-lens: finds deadlines, responsible units and document numbers
in Chinese government documents (公报阅读助手).

Usage:
  gazette-lens extract FILE... [--format json|csv|md|ics|text] [--today YYYY-MM-DD]
  gazette-lens --help | --version

Input:
  .txt (or any text file) and .html/.htm pages; "-" reads standard input.
  Encodings: UTF-8 (with or without BOM), UTF-16 with a BOM, GBK/GB18030
  (detected, or declared by an HTML page's <meta charset>). HTML is reduced to
  its visible text (no scripts, styles or hidden elements; table cells split by tabs).

Options:
  -f, --format FORMAT   json (default): the engine's result, exactly as specified in
                        EXTRACTION_SPEC.md. With one FILE it is the ExtractionResult
                        itself; with several FILEs it is
                        {"files": [{"file": "<path>", "result": <ExtractionResult>}, ...]}.
                        Offsets (start/end) count UTF-16 code units in the decoded text
                        (for HTML: its visible text; see --format text).
                        csv:  one row per annotation, UTF-8 with BOM (opens in Excel).
                        md:   a brief in Chinese: facts and validity of each document,
                              deadlines with days left, 责任单位 → 任务, cited documents.
                        ics:  a calendar with one all-day event per dated deadline.
                        text: the text the offsets refer to.
      --today DATE      the day validity and days left are judged against
                        (YYYY-MM-DD; default: today's local date).
  -h, --help            show this help.
  -V, --version         show the version.

Exit status:
  0  output written (files that could not be read are reported on stderr)
  1  none of the FILEs could be read
  2  the command line is wrong

Examples:
  gazette-lens extract 公报.txt --format md --today 2026-11-22
  gazette-lens extract *.html --format csv > 期限.csv
  gazette-lens extract 通知.txt --format ics > 期限.ics
`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
