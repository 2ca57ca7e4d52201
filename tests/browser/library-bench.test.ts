/// <reference types="mocha" />
// bench/library.ts runs in a browser page and imports what it generates: the counts only
// (speed is reported by `npm run bench`, never asserted).
import { expect } from 'chai';
import { benchLibrary, buildLibraryExport } from '@/bench/library.ts';
import { libraryExportSchema } from '@/lib/library/json.ts';

describe('library benchmark', function () {
  this.timeout(120_000);

  it('generates a valid export of 10,000 notes', () => {
    const file = buildLibraryExport();
    expect(file.notes).to.have.length(10_000);
    const parsed = libraryExportSchema.safeParse(file);
    expect(parsed.success, parsed.success ? '' : parsed.error.issues[0]?.message).to.equal(true);
  });

  it('imports them and searches them once through', async () => {
    const r = await benchLibrary();
    console.log(`library bench: import ${r.importMs.toFixed(0)} ms, search "${r.word}" ${r.searchMs.toFixed(1)} ms (median of 20, ${r.hits} notes found)`);
    expect(r.notes).to.equal(10_000);
    expect(r.hits).to.be.greaterThan(0);
    expect(r.hits).to.be.lessThan(10_000);
    expect(r.importMs).to.be.a('number');
    expect(r.searchMs).to.be.a('number');
  });
});
