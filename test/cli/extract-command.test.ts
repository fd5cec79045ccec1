import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../main/cli/main';
import { tempDir } from '../helpers/tmp';

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => new TextEncoder().encode(stdin),
  });
  return { code, out, err };
}

const SAMPLE = 'seeds/putin-kim-letter.txt';

test('extract --format json prints the stable shape, with every offset indexing "text"', async () => {
  const { code, out } = await run(['extract', '--format', 'json', SAMPLE]);
  assert.equal(code, 0);
  const result = JSON.parse(out);
  assert.deepEqual(Object.keys(result), ['file', 'text', 'claims', 'skipped']);
  assert.equal(result.file, SAMPLE);
  for (const c of result.claims) {
    assert.deepEqual(Object.keys(c), [
      'id',
      'start',
      'end',
      'text',
      'kind',
      'speaker',
      'outlet',
      'attributions',
      'checkworthiness',
    ]);
    assert.equal(result.text.slice(c.start, c.end), c.text);
    assert.ok(['attributed', 'unattributed', 'heading'].includes(c.kind));
    assert.ok(c.checkworthiness >= 0 && c.checkworthiness <= 1);
    if (c.outlet) assert.deepEqual(Object.keys(c.outlet).sort(), ['domain', 'id', 'name', 'stated', 'via']);
    if (c.speaker) assert.equal(typeof c.speaker.name, 'string');
    for (const a of c.attributions) {
      for (const s of [...a.cue, ...a.source, ...a.content]) assert.equal(result.text.slice(s.start, s.end), s.text);
    }
  }
  for (const s of result.skipped) assert.equal(result.text.slice(s.start, s.end), s.text);
});

test('several files give an array (json) or one line each (jsonl); - reads standard input', async (t) => {
  const dir = await tempDir(t);
  const other = join(dir, 'other.txt');
  await writeFile(other, 'Officials said the bridge would reopen in May.\n');
  const json = await run(['extract', SAMPLE, other]);
  const parsed = JSON.parse(json.out);
  assert.ok(Array.isArray(parsed));
  assert.deepEqual(
    parsed.map((r: { file: string }) => r.file),
    [SAMPLE, other],
  );

  const jsonl = await run(['extract', '--format', 'jsonl', other, '-'], 'Reuters reported the talks had failed.');
  const lines = jsonl.out.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.equal(JSON.parse(lines[1]!).file, '-');
  assert.equal(JSON.parse(lines[1]!).text, 'Reuters reported the talks had failed.');
});

test('text format is for people', async () => {
  const { code, out } = await run(['extract', '--format', 'text', SAMPLE]);
  assert.equal(code, 0);
  assert.match(out, /^== seeds\/putin-kim-letter\.txt: \d+ claims, \d+ lines skipped/);
  assert.match(out, /\[skipped: [^\]]+\] Read Also:/);
});

test('mistakes get a message and a non-zero exit', async () => {
  assert.deepEqual(await run(['extract', 'no-such-file.txt']), {
    code: 1,
    out: '',
    err: 'claimdesk: cannot read no-such-file.txt: no such file\n',
  });
  assert.equal((await run(['extract', '--format', 'xml', SAMPLE])).code, 2);
  assert.equal((await run(['extract'])).code, 2);
  assert.equal((await run(['frobnicate'])).code, 2);
  assert.equal((await run(['extract', '--bogus', SAMPLE])).code, 2);
  const binary = await run(['extract', '-'], 'PK\u0000\u0001');
  assert.equal(binary.code, 1);
  assert.match(binary.err, /standard input looks like a binary file/);
});

test('the installed command runs the built bundle', async () => {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, ['main/cli/claimdesk.cjs', 'extract', '--format', 'jsonl', SAMPLE], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr || 'dist/cli.cjs is built by `npm run build` (npm test builds first)');
  assert.equal(JSON.parse(r.stdout).file, SAMPLE);
});
