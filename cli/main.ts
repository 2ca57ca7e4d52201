/**
 * The command line's entry point: parse, dispatch, and catch everything at the top. A user's
 * mistake is one line on stderr, `gazette-lens: <message>`, never a stack trace
 * (set GAZETTE_LENS_DEBUG=1 to see one for an internal error).
 * Exit status: 0 done, 1 no input could be read, 2 usage error.
 */
import { parseCommandLine } from './args.ts';
import { UsageError } from './errors.ts';
import { runExtract, type Io } from './extract-command.ts';
import { HELP, version } from './help.ts';

const NAME = 'gazette-lens';

const io: Io = {
  out: (text) => void process.stdout.write(text),
  say: (line) => void process.stderr.write(`${NAME}: ${line}\n`),
};

// `gazette-lens … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  io.say(`cannot write the output: ${err.message}`);
  process.exit(1);
});

async function main(argv: readonly string[]): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    switch (cmd.command) {
      case 'help':
        io.out(HELP);
        return 0;
      case 'version':
        io.out(`${NAME} ${version()}\n`);
        return 0;
      case 'extract':
        return await runExtract(cmd.files, cmd.format, cmd.today, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.say(err.message);
      return 2;
    }
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    io.say(`internal error: ${message} (set GAZETTE_LENS_DEBUG=1 for details)`);
    if (process.env['GAZETTE_LENS_DEBUG']) console.error(err);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
