/** The --help text and the version (written into the build; read from package.json from source). */
import { readFileSync } from 'node:fs';

export const HELP = `gazette-lens: finds deadlines, responsible units and document numbers
in Chinese government documents (公报阅读助手), and sums up a corpus of them.

Usage:
  gazette-lens extract PATH... [-f json|jsonl|csv|md|ics|text] [--today YYYY-MM-DD]
                               [-o FILE] [-j N]
  gazette-lens summary PATH... [-f md|csv|json] [--today YYYY-MM-DD] [--unit NAME]
                               [--kind TYPE] [--from DATE] [--to DATE] [--table TABLE]
                               [-o FILE] [-j N]
  gazette-lens --help | --version

PATH:
  a file; a folder (searched with its subfolders for .txt, .html, .htm and .pdf
  files; names starting with "." are skipped); "-" for standard input.
  Encodings: UTF-8 (with or without BOM), UTF-16 with a BOM, GBK/GB18030
  (detected, or declared by an HTML page's <meta charset>). HTML is reduced to
  its visible text (no scripts, styles or hidden elements; table cells split by tabs).
  A PDF is read with PDF.js, its cmaps and standard fonts: the text of every page,
  lines as the PDF has them, pages joined by a line break (the text the extension's
  PDF reader reads). A scan (no text), an encrypted or a damaged PDF is an error.
  Offsets (start/end) count UTF-16 code units in that text (see --format text).

extract: the engine's findings for each file.
  -f, --format FORMAT   json (default): {"files": [RECORD, ...]}, one shape whatever
                        the number of files. RECORD is {"file", "kind", "encoding",
                        "detection": {"score", "government", "reasons"}, "result":
                        <ExtractionResult as in EXTRACTION_SPEC.md>}, or {"file",
                        "error"} for a file that could not be read.
                        jsonl: one RECORD per line, written as each file is done (in
                        the order files finish); memory stays flat for any number.
                        csv:  one row per annotation, UTF-8 with BOM (opens in Excel):
                              file, document (from 1), its docnum, title and validity,
                              kind, text, tidy text, type, date, day, daysLeft, status,
                              role, task, units, start, end, issuer, year, serial.
                        md:   a brief in Chinese: facts and validity of each document,
                              deadlines with days left, 责任单位 → 任务, cited documents.
                        ics:  a calendar with one all-day event per dated deadline.
                        text: the text the offsets refer to.

summary: a corpus in tables.
  -f, --format FORMAT   md (default): the tables in Chinese; csv: one table (see
                        --table; deadlines by default); json: every table.
      --table TABLE     only this table: documents (each document's number, title,
                        issuer, dates and validity), deadlines (every dated deadline
                        in date order with its task, units and document), units (each
                        unit's tasks and roles across documents), citations (who
                        cites whom, the most cited, numbers found in the corpus),
                        repeals (documents that repeal others).
      --unit NAME       only units whose name contains NAME (traditional or
                        simplified), their deadlines, and the documents naming them.
      --kind TYPE       only deadlines of this type: effective (施行), expiry (失效),
                        deadline (完成时限), duration (办理时限); a list with commas.
      --from DATE, --to DATE
                        only deadlines falling in these days (YYYY-MM-DD, YYYY-MM or
                        YYYY; both ends included).

Both:
      --today DATE      the day validity and days left are judged against
                        (YYYY-MM-DD; default: today's local date).
  -o, --output FILE     write to FILE instead of standard output.
  -j, --jobs N          files read at once, each in a worker thread (default: the
                        number of cores).
  -h, --help            show this help.
  -V, --version         show the version.
  A file that does not look like a government document gets a warning on standard
  error (its results are still written). When standard error is a terminal, a
  progress line shows files done, files per second and errors.

Exit status:
  0  every PATH was read
  1  some files could not be read (each is named on standard error; the others
     are in the output)
  2  the command line is wrong

Examples:
  gazette-lens extract 公报.txt --format md --today 2026-11-22
  gazette-lens extract 公报/ --format jsonl -o 公报.jsonl
  gazette-lens extract 公报/ --format csv -o 标注.csv
  gazette-lens summary 公报/ --today 2026-11-22 -o 汇总.md
  gazette-lens summary 公报/ --format csv --table units --unit 卫生健康 > 卫生健康.csv
  gazette-lens summary 公报/ --kind expiry --from 2026 --to 2027
`;

declare const GAZETTE_LENS_VERSION: string | undefined;

export function version(): string {
  if (typeof GAZETTE_LENS_VERSION === 'string') return GAZETTE_LENS_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
