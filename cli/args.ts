/**
 * The command line → what to do. Every mistake becomes a UsageError with a message a user
 * can act on (node:util's own messages are replaced).
 */
import { parseArgs } from 'node:util';
import { isoDate } from '../lib/extract/dates.ts';
import { localToday } from '../lib/extract/index.ts';
import { UsageError } from './errors.ts';
import { FORMATS, type Format } from './types.ts';

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'extract'; files: string[]; format: Format; today: string };

const ALIASES: Record<string, Format> = { markdown: 'md', txt: 'text', ical: 'ics' };
const TRY_HELP = "(see 'gazette-lens --help')";

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'json';
  const v = value.toLowerCase();
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  const alias = ALIASES[v];
  if (alias) return alias;
  throw new UsageError(`unknown format '${value}': use one of ${FORMATS.join(', ')}`);
}

function parseToday(value: string | undefined): string {
  if (value === undefined) return localToday();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isoDate(m[1]!, m[2]!, m[3]!)) throw new UsageError(`--today wants a real date as YYYY-MM-DD, not '${value}'`);
  return value;
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
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError(`missing command: try 'gazette-lens extract FILE' ${TRY_HELP}`);
  if (command === 'help') return { command: 'help' };
  if (command !== 'extract') {
    const hint = /[./\\]/.test(command) ? `; did you mean 'gazette-lens extract ${command}'?` : ` ${TRY_HELP}`;
    throw new UsageError(`unknown command '${command}'${hint}`);
  }
  if (!files.length) throw new UsageError(`extract needs at least one FILE ${TRY_HELP}`);
  return { command: 'extract', files, format: parseFormat(values.format), today: parseToday(values.today) };
}
