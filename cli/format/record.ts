/**
 * One file in the JSON outputs (json and jsonl): the same object in both, whatever the
 * number of files. A file read: its path, how it was read, the detection score and the
 * engine's ExtractionResult (lib/schema.ts, ../shared/EXTRACTION_SPEC.md). A file that
 * could not be read: its path and why.
 */
import type { ExtractionResult } from '../../lib/schema.ts';
import type { Detection } from '../detect.ts';
import type { FileResult } from '../types.ts';

export interface FileRecord {
  file: string;
  kind: FileResult['kind'];
  encoding: string;
  detection: Detection;
  result: ExtractionResult;
}

export interface FailedRecord {
  file: string;
  error: string;
}

export function fileRecord(f: FileResult): FileRecord {
  return { file: f.file, kind: f.kind, encoding: f.encoding, detection: f.detection, result: f.result };
}

export function failedRecord(file: string, reason: string): FailedRecord {
  return { file, error: reason };
}
