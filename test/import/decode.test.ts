import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkArticleText, decodeArticleBytes, ImportError, MAX_IMPORT_BYTES } from '../../main/import/decode';

const bytes = (...b: number[]) => new Uint8Array(b);

test('UTF-8, with or without a BOM', () => {
  assert.equal(decodeArticleBytes(new TextEncoder().encode('Kim’s letter'), 'a.txt'), 'Kim’s letter');
  assert.equal(decodeArticleBytes(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69), 'a.txt'), 'Hi');
});

test('UTF-16 with a BOM, both byte orders', () => {
  assert.equal(decodeArticleBytes(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), 'a.txt'), 'Hi');
  assert.equal(decodeArticleBytes(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69), 'a.txt'), 'Hi');
});

test('Latin-1 text that is not UTF-8 is read as Windows-1252', () => {
  assert.equal(decodeArticleBytes(bytes(0x63, 0x61, 0x66, 0xe9), 'a.txt'), 'café');
});

test('binary files are refused with a message that names the file', () => {
  assert.throws(
    () => decodeArticleBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), 'photo.txt'),
    (e: Error) => {
      assert.ok(e instanceof ImportError);
      assert.match(e.message, /photo\.txt looks like a binary file/);
      return true;
    },
  );
});

test('files over 20 MB are refused politely', () => {
  const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
  assert.throws(
    () => decodeArticleBytes(big, 'huge.txt'),
    /huge\.txt is 20\.0 MB; ClaimDesk imports articles up to 20 MB/,
  );
});

test('empty or blank text is refused', () => {
  assert.throws(() => checkArticleText('  \n\t ', 'The pasted text'), /The pasted text is empty/);
  assert.equal(checkArticleText('\ufeffHello', 'x'), 'Hello');
});
