/**
 * Why an import was refused, as data: the library page says it in the reader's language
 * (components/library/import-message.ts), the command line and the logs keep the English line
 * (`error`). One problem per refusal: the first one found, and how many more there are.
 */
import type { z } from 'zod';

export type FieldIssue = 'missing' | 'type' | 'value' | 'format' | 'too-long' | 'too-many' | 'empty' | 'unexpected-key' | 'other';

export type ImportProblem =
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'not-json'; detail: string }
  | { code: 'unreadable'; detail: string }
  | { code: 'not-library' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'other-version'; supported: number }
  /** A record's field is wrong (`path`: notes, 3, quote, exact). */
  | { code: 'field'; path: PropertyKey[]; issue: FieldIssue; more: number }
  /** Two records with one id; a note or watch of a document the file does not hold; a citation out of step. */
  | { code: 'duplicate-id' | 'missing-document' | 'citation'; path: PropertyKey[]; more: number }
  | { code: 'write-failed'; detail: string };

/** The problem a zod issue names. */
export function problemOfIssue(issue: z.core.$ZodIssue, more: number): ImportProblem {
  const input = (issue as { input?: unknown }).input;
  const path = [...issue.path];
  if (issue.code === 'custom') {
    const m = issue.message;
    const code = m.startsWith('duplicate') ? 'duplicate-id' : m.startsWith('no document') ? 'missing-document' : m.startsWith('no citation') || m.startsWith('not among') ? 'citation' : null;
    if (code) return { code, path, more };
    return { code: 'field', path, issue: 'value', more };
  }
  const fieldIssue: FieldIssue =
    issue.code === 'invalid_type' ? (input === undefined ? 'missing' : 'type')
      : issue.code === 'invalid_value' ? (input === undefined ? 'missing' : 'value')
        : issue.code === 'invalid_format' ? 'format'
          : issue.code === 'too_big' ? (issue.origin === 'array' ? 'too-many' : 'too-long')
            : issue.code === 'too_small' ? 'empty'
              : issue.code === 'unrecognized_keys' ? 'unexpected-key'
                : 'other';
  return { code: 'field', path, issue: fieldIssue, more };
}
