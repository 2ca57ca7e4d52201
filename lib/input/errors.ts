/**
 * Why an input cannot be read as a document. Thrown by lib/input; the command line and
 * the extension catch it at the top and show the message next to the file's name.
 */
export type InputProblem = 'binary' | 'encoding' | 'empty' | 'no-text';

export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(readonly problem: InputProblem, message: string) {
    super(message);
  }
}
