// Issue 11: the CLI imported pages without saying what the window says in its preview (a text that looks
// mis-decoded, a page whose article was not found). It prints the import's warnings on stderr now, and refuses
// bytes that are not text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const run = runCli;

test('claimdesk import prints the warnings of an import on stderr and still imports', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'notes.txt');
  await writeFile(file, iconv.encode('市长星期二说，新桥将在五月通车。议会同意了这项计划。'.repeat(4), 'gbk'));
  const r = await run(['import', file, '--workspace', join(dir, 'w.json')]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^a-[0-9a-f]+\t/);
  assert.match(r.err, /^claimdesk: warning: This text looks mis-decoded: it is not UTF-8 and declares no encoding/);
  const page = join(dir, 'short.html');
  await writeFile(page, '<html><body><p>The minister said 5 people were hurt.</p></body></html>');
  const short = await run(['import', page, '--workspace', join(dir, 'w.json')]);
  assert.equal(short.code, 0, short.err);
  assert.equal(
    short.err,
    'claimdesk: warning: No article body was recognised on this page; its visible text was used. Check that it is ' +
      'the article.\n',
  );
});

test('claimdesk import refuses random bytes as not text, and the workspace is not created', async (t) => {
  const dir = await tempDir(t);
  const bytes = new Uint8Array(8000);
  let x = 7;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = 1 + ((x >>> 16) % 255);
  }
  await writeFile(join(dir, 'noise.txt'), bytes);
  const r = await run(['import', join(dir, 'noise.txt'), '--workspace', join(dir, 'w.json')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /import: noise\.txt does not look like text: \d+% of its characters are control codes\./);
  const list = await run(['list', '--workspace', join(dir, 'w.json')]);
  assert.doesNotMatch(list.out, /noise/);
});
