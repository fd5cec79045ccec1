// Issue 11: the declared charset was ignored and anything not UTF-8 read as Windows-1252, so GBK pages, invalid
// UTF-8 and a charset=utf-16le lie imported as mojibake without a word; UTF-16 without a BOM was refused; random
// bytes imported as hundreds of claims of noise. The order is the browsers' (WHATWG): BOM, HTTP charset, <meta>
// prescan, fallback; what cannot be read right is said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, ImportError } from '../../main/import/decode';

const ZH = '市长星期二说，新桥将在五月通车。议会同意了这项计划。';
const EN = 'The mayor said on Tuesday that the new bridge would open in May.';

test('a GBK page is read by its <meta charset>, and by the HTTP charset before it', () => {
  const html = `<html><head><meta charset="gbk"><title>桥</title></head><body><p>${ZH}</p></body></html>`;
  const byMeta = decodeBytes(iconv.encode(html, 'gbk'), 'page.html', { html: true });
  assert.equal(byMeta.encoding, 'gbk');
  assert.ok(byMeta.text.includes(ZH));
  assert.deepEqual(byMeta.warnings, []);
  const httpEquiv =
    `<html><head><meta http-equiv="Content-Type" content="text/html; ` +
    `charset=gb2312"></head><body>${ZH}</body></html>`;
  assert.ok(decodeBytes(iconv.encode(httpEquiv, 'gbk'), 'p.html', { html: true }).text.includes(ZH));
  // The header wins over the page's own declaration, as in a browser.
  const lying = iconv.encode(`<meta charset="windows-1252"><p>${ZH}</p>`, 'gbk');
  assert.ok(decodeBytes(lying, 'p', { html: true, contentType: 'text/html; charset=GBK' }).text.includes(ZH));
});

test('a BOM wins over every declaration', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="gbk"><p>${ZH}</p>`)]);
  const read = decodeBytes(bytes, 'p.html', { html: true, contentType: 'text/html; charset=iso-8859-1' });
  assert.equal(read.encoding, 'utf-8');
  assert.ok(read.text.includes(ZH));
});

test('GBK without any declaration is said to look mis-decoded', () => {
  const read = decodeBytes(iconv.encode(ZH.repeat(3), 'gbk'), 'notes.txt');
  assert.equal(read.encoding, 'windows-1252');
  assert.equal(read.warnings.length, 1);
  assert.match(read.warnings[0] as string, /^This text looks mis-decoded: it is not UTF-8 and declares no encoding/);
});

test('invalid UTF-8 in a page declared UTF-8 is said, with how many characters were lost', () => {
  const bytes = Buffer.concat([
    Buffer.from(`<meta charset="utf-8"><p>${EN} `),
    Buffer.from([0xff, 0xfe, 0xc3]),
    Buffer.from('</p>'),
  ]);
  const read = decodeBytes(bytes, 'p.html', { html: true });
  assert.equal(read.encoding, 'utf-8');
  assert.ok(read.text.includes(EN));
  assert.match(read.warnings.join(' '), /This text looks mis-decoded: 3 characters could not be read as utf-8/);
  const few = decodeBytes(
    Buffer.concat([Buffer.from(`<meta charset="utf-8">${EN.repeat(20)}`), Buffer.from([0xff])]),
    'p',
    {
      html: true,
    },
  );
  assert.deepEqual(few.warnings, ['1 character could not be read as utf-8 and show as “�”.']);
});

test('a server saying utf-16le of a page without a NUL is not believed, and that is said', () => {
  const read = decodeBytes(Buffer.from(`<p>${EN}</p>`), 'news.example', {
    html: true,
    contentType: 'text/html; charset=utf-16le',
  });
  assert.equal(read.encoding, 'utf-8');
  assert.equal(read.text, `<p>${EN}</p>`);
  assert.deepEqual(read.warnings, [
    'The server said this page is in utf-16le, but it is not; it was read by its own declaration instead.',
  ]);
});

test('UTF-16 without a BOM is found by its NULs, in both byte orders', () => {
  const le = Buffer.from(`${EN} ${ZH}`, 'utf16le');
  assert.equal(decodeBytes(le, 'a.txt').text, `${EN} ${ZH}`);
  assert.equal(decodeBytes(le, 'a.txt').encoding, 'utf-16le');
  const be = Buffer.from(le).swap16();
  assert.equal(decodeBytes(be, 'a.txt').text, `${EN} ${ZH}`);
  assert.equal(decodeBytes(be, 'a.txt').encoding, 'utf-16be');
});

test('random bytes without a NUL are refused as not text, not imported as noise', () => {
  // A fixed pseudo-random sequence (no NUL), so the test reads the same bytes every time.
  const bytes = new Uint8Array(20_000);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = 1 + ((x >>> 16) % 255);
  }
  assert.throws(
    () => decodeBytes(bytes, 'noise.txt'),
    (e: Error) => {
      assert.ok(e instanceof ImportError);
      assert.match(
        e.message,
        /^noise\.txt does not look like text: \d+% of its characters are control codes\. ClaimDesk imports articles saved as text, Markdown or HTML\.$/,
      );
      return true;
    },
  );
});

test('an unknown charset label is said and ignored', () => {
  const read = decodeBytes(Buffer.from(EN), 'x.example', { html: true, contentType: 'text/html; charset=klingon-8' });
  assert.equal(read.text, EN);
  assert.deepEqual(read.warnings, [
    'The server named the encoding “klingon-8”, which ClaimDesk does not know; it was ignored.',
  ]);
});
