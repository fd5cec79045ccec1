// Size and shape limits (issue 8): files over 20 MB, binary files, UTF-16 with a BOM and Latin-1 are handled or
// refused with a message a person can act on, both in the decoder and through the import channels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkArticleText, decodeArticleBytes, ImportError, MAX_IMPORT_BYTES } from '../../main/import/decode';
import { openTestApi } from '../helpers/app-api';

const ARTICLE = 'Café owners said on Tuesday that rents rose by 12%, according to Reuters.';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...le]);
}

test('a file over 20 MB is refused with its size and the limit', () => {
  const big = new Uint8Array(MAX_IMPORT_BYTES + 1024 * 1024).fill(0x61);
  assert.throws(
    () => decodeArticleBytes(big, 'huge.txt'),
    (e: unknown) =>
      e instanceof ImportError && /^huge\.txt is 21\.0 MB; ClaimDesk imports articles up to 20 MB\.$/.test(e.message),
  );
  assert.throws(
    () => checkArticleText('a'.repeat(MAX_IMPORT_BYTES + 1), 'huge.md'),
    (e: unknown) => e instanceof ImportError && /huge\.md is larger than the 20 MB ClaimDesk imports/.test(e.message),
  );
  // Exactly at the limit is accepted.
  assert.equal(decodeArticleBytes(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61), 'edge.txt').length, MAX_IMPORT_BYTES);
});

test('binary files (a PNG, a ZIP, a PDF with NULs, an executable) are refused as not text', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
  const pdf = new Uint8Array([...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), 0, 0, 1]);
  const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]);
  for (const [name, bytes] of [
    ['photo.png', png],
    ['archive.zip', zip],
    ['paper.pdf', pdf],
    ['tool.exe', elf],
  ] as const) {
    assert.throws(
      () => decodeArticleBytes(bytes, name),
      (e: unknown) =>
        e instanceof ImportError && e.message === `${name} looks like a binary file, not an article in text.`,
      name,
    );
  }
  assert.throws(
    () => checkArticleText('Officials said\u0000 it', 'The pasted text'),
    /The pasted text looks like a binary file, not an article in text\./,
  );
});

test('UTF-16 with a BOM (both byte orders), UTF-8 with a BOM and Latin-1 are read as the text they hold', () => {
  assert.equal(decodeArticleBytes(utf16(ARTICLE, 'le'), 'a.txt'), ARTICLE);
  assert.equal(decodeArticleBytes(utf16(ARTICLE, 'be'), 'a.txt'), ARTICLE);
  assert.equal(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(ARTICLE)]), 'a.txt'), ARTICLE);
  assert.equal(decodeArticleBytes(new Uint8Array(Buffer.from(ARTICLE, 'latin1')), 'a.txt'), ARTICLE);
  // UTF-16 without a BOM has NULs in every other byte: that pattern gives its byte order (issue 11).
  assert.equal(decodeArticleBytes(new Uint8Array(Buffer.from(ARTICLE, 'utf16le')), 'nobom.txt'), ARTICLE);
  assert.equal(decodeArticleBytes(new Uint8Array(Buffer.from(ARTICLE, 'utf16le').swap16()), 'nobom.txt'), ARTICLE);
});

// decode.ts falls back to TextDecoder('windows-1252'), but Node's TextDecoder (node 20 here) decodes that label
// as ISO-8859-1: 0x93/0x94 become the C1 controls U+0093/U+0094 instead of curly quotes, so a quoted statement in
// an old newsroom export loses its quotation marks (and extraction its quote). Expected: real Windows-1252.
test('Windows-1252 punctuation (curly quotes, the euro sign) in a non-UTF-8 file is decoded as Windows-1252', () => {
  assert.equal(
    decodeArticleBytes(new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x35]), 'a.txt'),
    '\u201chi\u201d \u20ac5',
  );
});

test('empty and whitespace-only files are refused with a message that says so', () => {
  assert.throws(
    () => checkArticleText(' \n\t\r\n', 'blank.txt'),
    /^ImportError: blank\.txt is empty: there is no text to check\.$|blank\.txt is empty/,
  );
  assert.throws(() => checkArticleText('\uFEFF', 'bom.txt'), /bom\.txt is empty/);
});

test('the import channels give the person-facing messages (typed bad-request, never a crash)', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const preview = (request: unknown) => api.call('previewImport', request);

  const binary = await preview({ text: 'Officials said\u0000 it was false.', fileName: 'report.txt' });
  assert.deepEqual(binary, {
    ok: false,
    error: { code: 'bad-request', message: 'report.txt looks like a binary file, not an article in text.' },
  });

  const pastedBinary = await preview({ text: 'PK\u0003\u0004\u0000\u0000' });
  assert.equal(pastedBinary.error.message, 'The pasted text looks like a binary file, not an article in text.');

  const empty = await preview({ text: '   \n\n' });
  assert.deepEqual(empty.error, {
    code: 'bad-request',
    message: 'The pasted text is empty: there is no text to check.',
  });

  const wrongType = await preview({ text: ARTICLE, fileName: 'setup.exe' });
  assert.deepEqual(wrongType.error, {
    code: 'bad-request',
    message: 'setup.exe: ClaimDesk imports .txt, .md and .html files.',
  });

  const emptyHtml = await preview({
    text: '<html><body><script>__hostileTrap(1)</script></body></html>',
    fileName: 'page.html',
  });
  assert.deepEqual(emptyHtml.error, {
    code: 'bad-request',
    message: 'page.html has no article text once its page is read.',
  });

  const emptyMarkdown = await preview({
    text: '<div>\n<img src=x onerror="__hostileTrap(1)">\n</div>\n',
    fileName: 'notes.md',
  });
  assert.deepEqual(emptyMarkdown.error, {
    code: 'bad-request',
    message: 'notes.md has no article text once its Markdown is read.',
  });

  // Latin-1 and UTF-16 files come through the file dialog decoded (main/electron/dialogs.ts -> decodeArticleBytes).
  api.dialogAnswers.articleFile = {
    name: 'latin1.txt',
    content: decodeArticleBytes(new Uint8Array(Buffer.from(ARTICLE, 'latin1')), 'latin1.txt'),
  };
  const latin = await api.call('previewArticleFile');
  assert.equal(latin.ok, true);
  assert.equal(latin.value.text, ARTICLE);
  api.dialogAnswers.articleFile = {
    name: 'wide.md',
    content: decodeArticleBytes(utf16(`# Rents\n\n${ARTICLE}`, 'le'), 'wide.md'),
  };
  const wide = await api.call('previewArticleFile');
  assert.equal(wide.value.text, `Rents\n\n${ARTICLE}`);
  assert.equal(wide.value.meta.title, 'Rents');
});

test('text over 20 MB sent to the import channel is refused with a message that names the limit', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const over = await api.call('previewImport', { text: 'a'.repeat(MAX_IMPORT_BYTES + 1), fileName: 'huge.txt' });
  assert.equal(over.ok, false);
  assert.equal(over.error.code, 'bad-request');
  assert.equal(over.error.message, 'huge.txt is larger than the 20 MB ClaimDesk imports.');
  const atLimit = await api.call('previewImport', { text: 'a'.repeat(MAX_IMPORT_BYTES + 1) });
  assert.equal(atLimit.error.code, 'bad-request');
});

test(
  'an .html file whose "<html" sits in a comment or after a script start is refused politely, ' + 'not with a crash',
  async (t) => {
    // Found by test/security/properties.test.ts: htmlToArticle throws a TypeError from Readability (linkedom leaves
    // the document without a documentElement), which dispatch reports as "Something went wrong: Cannot
    // destructure property 'firstElementChild' ...". Expected: the article is read, or a typed bad-request.
    const api = await openTestApi(t, { seeds: false });
    for (const text of [
      '<!-- <html> -->\n<p>The minister said on Tuesday that the report was false.</p>',
      '<script><html>',
      '<html',
    ]) {
      const r = await api.call('previewImport', { text, fileName: 'page.html' });
      assert.ok(r.ok || r.error.code === 'bad-request', `${JSON.stringify(text)}: ${JSON.stringify(r.error)}`);
    }
  },
);
