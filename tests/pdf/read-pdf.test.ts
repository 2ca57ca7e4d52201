// The PDF fixtures (printed from the corpus by Chromium, or written by hand where a browser does
// not make such a file) read by the function the reader page and the command line share.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPdfFixtures, PDF_DIR, type PdfFixture } from '../../scripts/build-pdf-fixtures.ts';
import { readPdfFile } from '../../cli/inputs/pdf.ts';
import { PdfError } from '../../lib/pdf/problems.ts';
import { pageAt } from '../../lib/pdf/text-model.ts';
import { LIMITS } from '../../lib/limits.ts';

let fixtures: PdfFixture[];
const bytes = (file: string): Uint8Array => readFileSync(join(PDF_DIR, file));
const corpus = (name: string): string => readFileSync(join(import.meta.dirname, '../../../shared/corpus', name), 'utf8');
const squeeze = (s: string): string => s.replace(/\s+/g, '');

before(async () => {
  fixtures = await buildPdfFixtures({ ensure: true });
}, { timeout: 120_000 });

describe('the text of a PDF', () => {
  test('a printed corpus text: every character of the .txt, in order (only line breaks differ), pages joined', async () => {
    for (const f of fixtures.filter((x) => x.file.startsWith('corpus-'))) {
      const pdf = await readPdfFile(bytes(f.file));
      assert.equal(squeeze(pdf.text), squeeze(corpus(f.source!)), f.file);
      assert.ok(pdf.numPages > 10, `${f.file}: ${pdf.numPages} pages`);
      assert.equal(pdf.pages.length, pdf.numPages);
      assert.deepEqual(pdf.pagesWithoutText, []);
      assert.match(pdf.fingerprint, /^[0-9a-f]{32}$/);
      // Page ranges follow each other, and every offset finds its page.
      for (let i = 1; i < pdf.pages.length; i++) assert.equal(pdf.pages[i]!.start, pdf.pages[i - 1]!.end + 1);
      const mid = pdf.pages[3]!;
      assert.equal(pageAt(pdf, mid.start + 5), 3);
    }
  });

  test('two columns read column by column', async () => {
    const f = fixtures.find((x) => x.file === 'two-column.pdf')!;
    const pdf = await readPdfFile(bytes(f.file));
    assert.equal(squeeze(pdf.text), squeeze(corpus(f.source!).slice(0, f.chars)));
  });

  test('a Chinese font that is not embedded is read through the bundled cmaps, and is empty without them', async () => {
    const pdf = await readPdfFile(bytes('no-embedded-font.pdf'));
    const text = squeeze(pdf.text);
    assert.ok(text.length > 2000, `${text.length} characters`);
    assert.ok(squeeze(corpus(fixtures.find((x) => x.file === 'no-embedded-font.pdf')!.source!)).startsWith(text), JSON.stringify(pdf.text.slice(0, 60)));
    assert.equal(pdf.numPages, 3);
    await assert.rejects(readPdfFile(bytes('no-embedded-font.pdf'), { cMapUrl: undefined }), (e: unknown) => e instanceof PdfError && e.problem === 'scan');
  });

  test('a scan, an encrypted file, a damaged file and one too large are told apart', async () => {
    const problem = async (data: Uint8Array): Promise<string> => {
      try {
        await readPdfFile(data);
        return 'read';
      } catch (e) {
        assert.ok(e instanceof PdfError, String(e));
        return e.problem;
      }
    };
    assert.equal(await problem(bytes('scan.pdf')), 'scan');
    assert.equal(await problem(bytes('encrypted.pdf')), 'encrypted');
    assert.equal(await problem(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n')), 'damaged');
    assert.equal(await problem(new Uint8Array(LIMITS.pdfBytes + 1)), 'too-large');
  });
});
