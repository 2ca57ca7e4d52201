/**
 * The engine as the extension ships it: lib/extract (with lib/text) bundled into one ES module
 * by esbuild, as the extension's bundler does. Run through tsx, each module is transformed to
 * CommonJS and every read of an imported binding becomes a property lookup; the bundle has no
 * module boundaries left, so it is what a page (or a built command line) actually runs.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractOptions } from '../lib/extract/index.ts';
import type { ExtractionResult } from '../lib/schema.ts';
import type { TextModel } from '../lib/text/model.ts';

export interface EngineModule {
  extract(text: string, options?: ExtractOptions): ExtractionResult;
  normalise(text: string): TextModel;
}

export async function bundledEngine(root: string): Promise<EngineModule> {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-lens-bench-'));
  const out = join(dir, 'engine.mjs');
  const result = buildSync({
    stdin: {
      contents: "export { extract } from './lib/extract/index.ts';\nexport { normalise } from './lib/text/normalise.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  writeFileSync(out, result.outputFiles[0]!.text);
  return (await import(pathToFileURL(out).href)) as EngineModule;
}
