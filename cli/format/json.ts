/**
 * JSON, the engine's contract (EXTRACTION_SPEC.md): for one FILE exactly its
 * ExtractionResult; for several, {"files": [{"file": path, "result": ExtractionResult}]}
 * (files that could not be read are left out and reported on stderr). Pretty-printed.
 */
import { extractionResultSchema } from '../../lib/schema.ts';
import type { Formatter } from '../types.ts';

export const json: Formatter = (files, { multiple }) => {
  const results = files.map((f) => ({ file: f.file, result: extractionResultSchema.parse(f.result) }));
  const value = multiple ? { files: results } : results[0]!.result;
  return `${JSON.stringify(value, null, 2)}\n`;
};
