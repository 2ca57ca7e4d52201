/**
 * What an extractor is: a pure function from the text model to annotations of one kind,
 * with the examples that prove it exported beside it (positive and negative, simplified and
 * traditional). The registry (index.ts) runs every extractor and isolates their failures.
 */
import type { Annotation, AnnotationKind } from '../schema.ts';
import type { TextModel } from '../text/model.ts';

/** An annotation before it knows its document: extractors do not see boundaries. */
export type Found = Annotation;

export interface PositiveExample {
  /** The text given to the engine. */
  text: string;
  /** What must be found: each listed annotation's fields must match one found exactly. */
  expect: Array<Partial<Annotation> & { text: string }>;
}

export interface Extractor {
  /** Same as the file name. */
  id: string;
  kind: AnnotationKind;
  extract(model: TextModel): Found[];
  /** Every regular expression it runs, for the catastrophic-backtracking check in the tests. */
  patterns: readonly RegExp[];
}

/**
 * An extractor's examples, exported beside it (not part of the extractor object, so a bundle
 * that runs the engine, the content script's, leaves them out).
 */
export interface ExtractorExamples {
  positive: PositiveExample[];
  /** Texts in which this extractor must find nothing. */
  negative: string[];
}
