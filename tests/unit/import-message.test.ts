// Import refusals in the reader's language (components/library/import-message.ts), from the
// problems importJson's checks find in real broken files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLibraryFile } from '../../lib/library/json.ts';
import { importProblemText } from '../../components/library/import-message.ts';

const file = {
  format: 'gazette-lens-library', version: 1, exportedAt: '2026-12-01T08:00:00.000+08:00',
  documents: [], notes: [], watches: [], citations: [],
};
async function said(raw: unknown, lang: 'zh' | 'en' = 'zh'): Promise<string> {
  const r = await parseLibraryFile(typeof raw === 'string' ? raw : JSON.stringify(raw));
  assert.equal(r.ok, false);
  return importProblemText((r as { problem: Parameters<typeof importProblemText>[0] }).problem, lang);
}

test('a file that is not JSON, or not ours, says so and what to choose instead', async () => {
  assert.match(await said('{"format": '), /^这不是 JSON 文件，或文件已损坏（.+）。请选择由「导出 JSON」得到的 \.json 文件。$/);
  assert.match(await said([1, 2]), /^这不是公报阅读助手的资料库文件。/);
  assert.match(await said({ format: 'other' }, 'en'), /^This is not a Gazette Lens library file\./);
});

test('a newer version says to update the extension', async () => {
  assert.match(await said({ ...file, version: 7 }), /第 7 版.*请先更新扩展/);
});

test('a bad field names the record (counted from 1), the field in words, the path, and what to do', async () => {
  const bad = { ...file, exportedAt: 'yesterday' };
  assert.match(await said(bad), /^「导出时间」格式不对（exportedAt）。请用本扩展导出的原文件重新导入/);
  assert.match(await said(bad, 'en'), /^The export time is not in the right format \(exportedAt\)\./);
  assert.doesNotMatch(await said(bad), /[A-Za-z]{4,}(?![^（]*）)/, 'no English words outside the path in brackets');
});
