/**
 * The formats of `extract`, each loaded when asked for (the calendar library only for ics):
 * the registry every command and worker goes through.
 */
import type { ExtractFormat, StreamFormat } from '../types.ts';

const LOADERS: Record<ExtractFormat, () => Promise<StreamFormat>> = {
  json: async () => (await import('./json.ts')).json,
  jsonl: async () => (await import('./jsonl.ts')).jsonl,
  csv: async () => (await import('./csv.ts')).csv,
  md: async () => (await import('./markdown.ts')).markdown,
  ics: async () => (await import('./ics.ts')).ics as StreamFormat,
  text: async () => (await import('./text.ts')).text,
};

const loaded = new Map<ExtractFormat, Promise<StreamFormat>>();

export function loadFormat(name: ExtractFormat): Promise<StreamFormat> {
  let format = loaded.get(name);
  if (!format) {
    format = LOADERS[name]();
    loaded.set(name, format);
  }
  return format;
}
