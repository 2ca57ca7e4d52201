/**
 * The command line's entry point: parse, dispatch, and catch everything at the top. A user's
 * mistake is one line on stderr, `gazette-lens: <message>`, never a stack trace
 * (set GAZETTE_LENS_DEBUG=1 to see one for an internal error). The commands, and with them
 * the engine, are loaded only when asked for: --help and --version load neither.
 * Exit status: 0 done, 1 some input could not be read (or the output not written), 2 usage error.
 */
import { parseCommandLine } from './args.ts';
import { OutputError, UsageError } from './errors.ts';
import { HELP, version } from './help.ts';

const NAME = 'gazette-lens';
const say = (line: string): void => void process.stderr.write(`${NAME}: ${line}\n`);

// `gazette-lens … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  say(`cannot write the output: ${err.message}`);
  process.exit(1);
});

/** The worker thread's module: beside this file once built, cli/work/worker.ts from source. */
function workerModule(): { url: URL; execArgv?: string[] } {
  if (import.meta.url.endsWith('.ts')) return { url: new URL('./work/worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
  return { url: new URL('./worker.js', import.meta.url) };
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    const env = {
      stderr: (text: string) => void process.stderr.write(text),
      stderrIsTerminal: process.stderr.isTTY === true,
      worker: workerModule(),
    };
    switch (cmd.command) {
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case 'version':
        process.stdout.write(`${NAME} ${version()}\n`);
        return 0;
      case 'extract': {
        const { runExtract } = await import('./extract-command.ts');
        return await runExtract(cmd, env);
      }
      case 'summary': {
        const { runSummary } = await import('./summary-command.ts');
        return await runSummary(cmd, env);
      }
    }
  } catch (err) {
    if (err instanceof UsageError) {
      say(err.message);
      return 2;
    }
    if (err instanceof OutputError) {
      say(err.message);
      return 1;
    }
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    say(`internal error: ${message} (set GAZETTE_LENS_DEBUG=1 for details)`);
    if (process.env['GAZETTE_LENS_DEBUG']) console.error(err);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
