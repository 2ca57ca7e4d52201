/**
 * The command line → what to do. Every mistake becomes a UsageError with a message a user
 * can act on (node:util's own messages are replaced). Loads nothing of the engine, so that
 * --help and --version answer at once.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { firstDay, isoDate, lastDay } from '../lib/extract/dates.ts';
import type { DeadlineType } from '../lib/schema.ts';
import { UsageError } from './errors.ts';
import {
  EXTRACT_FORMATS, SUMMARY_FORMATS, SUMMARY_TABLES,
  type ExtractFormat, type SummaryFormat, type SummaryTable,
} from './types.ts';

export interface Filters {
  /** Units whose tidy name contains this (traditional folded). */
  unit: string | null;
  /** Deadline types kept; null: all. */
  kinds: DeadlineType[] | null;
  /** First and last day kept (YYYY-MM-DD), inclusive. */
  from: string | null;
  to: string | null;
}

interface Batch {
  paths: string[];
  today: string | undefined;
  output: string | undefined;
  jobs: number;
}

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | ({ command: 'extract'; format: ExtractFormat } & Batch)
  | ({ command: 'summary'; format: SummaryFormat; filters: Filters; table: SummaryTable | null } & Batch);

const TRY_HELP = "(see 'gazette-lens --help')";
const EXTRACT_ALIASES: Record<string, ExtractFormat> = { markdown: 'md', txt: 'text', ical: 'ics', ndjson: 'jsonl' };
const SUMMARY_ALIASES: Record<string, SummaryFormat> = { markdown: 'md' };
const SUMMARY_ONLY = ['unit', 'kind', 'from', 'to', 'table'] as const;

/** Deadline types by their name and by the label the outputs give them. */
const KINDS: Record<string, DeadlineType> = {
  effective: 'effective', expiry: 'expiry', deadline: 'deadline', duration: 'duration',
  施行: 'effective', 失效: 'expiry', 完成时限: 'deadline', 办理时限: 'duration',
};

function parseFormat<F extends string>(value: string | undefined, formats: readonly F[], aliases: Record<string, F>, command: string): F {
  if (value === undefined) return formats[0]!;
  const v = value.toLowerCase();
  if ((formats as readonly string[]).includes(v)) return v as F;
  const alias = aliases[v];
  if (alias) return alias;
  throw new UsageError(`unknown format '${value}' for ${command}: use one of ${formats.join(', ')}`);
}

function parseToday(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isoDate(m[1]!, m[2]!, m[3]!)) throw new UsageError(`--today wants a real date as YYYY-MM-DD, not '${value}'`);
  return value;
}

/** --from 2021 → 2021-01-01, --to 2021-02 → 2021-02-28. */
function parseBound(option: 'from' | 'to', value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const partial = m && isoDate(m[1]!, m[2], m[3]);
  if (!partial) throw new UsageError(`--${option} wants a date as YYYY-MM-DD, YYYY-MM or YYYY, not '${value}'`);
  return option === 'from' ? firstDay(partial) : lastDay(partial);
}

function parseKinds(values: string[] | undefined): DeadlineType[] | null {
  if (!values?.length) return null;
  const out = new Set<DeadlineType>();
  for (const v of values.flatMap((s) => s.split(/[,，、]/)).map((s) => s.trim()).filter(Boolean)) {
    const kind = KINDS[v.toLowerCase()];
    if (!kind) throw new UsageError(`unknown deadline kind '${v}': use effective, expiry, deadline or duration (施行, 失效, 完成时限, 办理时限)`);
    out.add(kind);
  }
  return [...out];
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs wants a number of files to read at once (1 or more), not '${value}'`);
  return Number(value);
}

function explain(err: unknown): UsageError {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  // "Option '-f, --format <value>' argument missing" → --format
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option '${option}' ${TRY_HELP}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(/argument missing/.test(message) ? `option '${option}' needs a value ${TRY_HELP}` : `option '${option}' takes no value`);
    default:
      return new UsageError(message.split('\n')[0]!);
  }
}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        today: { type: 'string' },
        output: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        unit: { type: 'string' },
        kind: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        table: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (err) {
    throw explain(err);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError(`missing command: try 'gazette-lens extract PATH' or 'gazette-lens summary PATH' ${TRY_HELP}`);
  if (command === 'help') return { command: 'help' };
  if (command !== 'extract' && command !== 'summary') {
    const hint = /[./\\]/.test(command) ? `; did you mean 'gazette-lens extract ${command}'?` : ` ${TRY_HELP}`;
    throw new UsageError(`unknown command '${command}'${hint}`);
  }
  if (!paths.length) throw new UsageError(`${command} needs at least one PATH (a file, a folder, or - for standard input) ${TRY_HELP}`);
  if (values.output === '') throw new UsageError("-o wants a file name");
  const batch: Batch = { paths, today: parseToday(values.today), output: values.output, jobs: parseJobs(values.jobs) };
  if (command === 'extract') {
    const misplaced = SUMMARY_ONLY.find((o) => values[o] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} is an option of 'gazette-lens summary', not of extract`);
    return { command, format: parseFormat(values.format, EXTRACT_FORMATS, EXTRACT_ALIASES, command), ...batch };
  }
  const from = parseBound('from', values.from);
  const to = parseBound('to', values.to);
  if (from && to && from > to) throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  const unit = values.unit?.trim();
  if (values.unit !== undefined && !unit) throw new UsageError('--unit wants (part of) a unit name, e.g. --unit 卫生健康');
  let table: SummaryTable | null = null;
  if (values.table !== undefined) {
    if (!(SUMMARY_TABLES as readonly string[]).includes(values.table)) throw new UsageError(`unknown table '${values.table}': use one of ${SUMMARY_TABLES.join(', ')}`);
    table = values.table as SummaryTable;
  }
  return {
    command,
    format: parseFormat(values.format, SUMMARY_FORMATS, SUMMARY_ALIASES, command),
    filters: { unit: unit ?? null, kinds: parseKinds(values.kind), from, to },
    table,
    ...batch,
  };
}
