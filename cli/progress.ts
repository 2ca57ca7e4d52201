/**
 * The progress line on standard error while a batch runs, when standard error is a
 * terminal: files done / total, files per second, errors; redrawn at most every 200 ms, and
 * left on screen at the end as the batch's tally. Messages for the user go through `say`, which keeps them above it.
 * Without a terminal (a pipe, a log file) only the messages are written.
 */

export interface Reporter {
  say(line: string): void;
  done(ok: boolean): void;
  finish(): void;
}

export interface ReporterOptions {
  /** Writes to standard error. */
  write(text: string): void;
  /** Standard error is a terminal. */
  terminal: boolean;
  total: number;
  /** The prefix of every line. */
  name: string;
  now?: () => number;
}

const EVERY_MS = 200;
const CLEAR = '\r\x1b[K';

export function reporter({ write, terminal, total, name, now = () => performance.now() }: ReporterOptions): Reporter {
  const started = now();
  let done = 0;
  let errors = 0;
  let shown = false;
  let lastDraw = -Infinity;
  const line = (): string => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    return `${name}: ${done}/${total} files, ${rate.toFixed(1)} files/s, ${errors} ${errors === 1 ? 'error' : 'errors'}`;
  };
  const draw = (force: boolean): void => {
    if (!terminal || total < 2) return;
    const t = now();
    if (!force && t - lastDraw < EVERY_MS) return;
    lastDraw = t;
    write(`${CLEAR}${line()}`);
    shown = true;
  };
  return {
    say(message) {
      write(`${shown ? CLEAR : ''}${name}: ${message}\n`);
      shown = false;
      if (terminal && done > 0) draw(true);
    },
    done(ok) {
      done++;
      if (!ok) errors++;
      draw(done === total);
    },
    finish() {
      if (!terminal || total < 2) return;
      draw(true);
      write('\n');
      shown = false;
    },
  };
}
