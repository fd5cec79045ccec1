import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToText } from '../../main/import/markdown';
import { readArticleInput } from '../../main/import/article-input';

test('Markdown becomes one line per block, with the first heading as title', () => {
  const md =
    '# Kim writes to Putin\n\nSome *emphasis* and a [link](https://example.org).\n\n- first item\n- second item\n\n> A quoted line.\n';
  const { text, title } = markdownToText(md);
  assert.equal(title, 'Kim writes to Putin');
  assert.equal(text, 'Kim writes to Putin\n\nSome emphasis and a link.\n\nfirst item\n\nsecond item\n\nA quoted line.');
});

test('raw HTML and images in Markdown do not come through', () => {
  const md =
    'Before <script>alert(1)</script> after.\n\n<iframe src="https://evil.example"></iframe>\n\n![x](https://evil.example/p.gif) text';
  const { text } = markdownToText(md);
  assert.ok(!/script|iframe|evil/.test(text), text);
  assert.match(text, /Before +after\./);
});

test('entities decode to the characters a reader sees', () => {
  assert.equal(markdownToText('Tom & Jerry said "yes" & <no>').text.includes('Tom & Jerry said "yes"'), true);
});

test('CRLF becomes LF at the door and the title defaults to the first line', () => {
  const input = readArticleInput('First line here\r\n\r\nSecond paragraph.\r\n');
  assert.equal(input.text, 'First line here\n\nSecond paragraph.\n');
  assert.equal(input.meta.title, 'First line here');
  assert.equal(input.format, 'txt');
});

test('an explicit title wins, and unsupported extensions are refused', () => {
  assert.equal(readArticleInput('Body.', { title: '  My title ' }).meta.title, 'My title');
  assert.throws(() => readArticleInput('x', { fileName: 'a.pdf' }), /a\.pdf: ClaimDesk imports \.txt and \.md files/);
  assert.equal(readArticleInput('# T\n\nBody.', { fileName: 'a.MD' }).format, 'md');
});
