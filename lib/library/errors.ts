/** The one error type lib/library throws; `code` says what went wrong, `message` says it in words. */
export type LibraryErrorCode = 'invalid-url' | 'invalid-input' | 'not-found' | 'calendar';

export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
  }
}
