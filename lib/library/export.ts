/**
 * Everything that takes the library out or brings it back: the JSON file (json.ts), Markdown
 * (markdown.ts) and the calendar of watches (ics.ts). Import from here in extension code.
 * (The browser tests import json.ts and markdown.ts directly: the `ics` package is CommonJS,
 * which the test server does not convert; WXT's build does.)
 */
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_RECORDS,
  exportJson,
  importJson,
  libraryExportSchema,
  parseLibraryFile,
  type ImportCounts,
  type ImportProgress,
  type ImportResult,
  type LibraryExport,
} from './json.ts';
export { exportMarkdown, renderMarkdown } from './markdown.ts';
export { exportIcs, watchesToIcs } from './ics.ts';
