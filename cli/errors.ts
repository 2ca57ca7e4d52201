/**
 * The command line's own errors. Each is shown as one line, `gazette-lens: <message>`,
 * with no stack trace: a UsageError exits 2; a ReadError is reported for its file and the
 * other files are still processed.
 */

/** The command line itself is wrong: unknown option, missing PATH, bad --today… */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One input file cannot be read as a document. */
export class ReadError extends Error {
  override readonly name = 'ReadError';

  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
  }
}

/** The output (-o FILE, or standard output) cannot be written. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}
