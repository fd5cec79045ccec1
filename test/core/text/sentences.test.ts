import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../main/core/text/sentences';
import { normalizeForMatching } from '../../../main/core/text/normalize';

function split(text: string): string[] {
  const n = normalizeForMatching(text);
  return splitSentences(n, 0, n.length).map((r) => text.slice(r.start, r.end));
}

test('titles and initials do not end sentences', () => {
  assert.deepEqual(split('Mr. Kim met Gen. Park on Monday. They talked.'), [
    'Mr. Kim met Gen. Park on Monday.',
    'They talked.',
  ]);
  assert.deepEqual(split('J. R. Smith said it. He left.'), ['J. R. Smith said it.', 'He left.']);
  assert.deepEqual(split("Dr. Jane Doe of St. Mary's spoke."), ["Dr. Jane Doe of St. Mary's spoke."]);
});

test('dotted acronyms end a sentence only before a clear sentence start', () => {
  assert.deepEqual(split('U.S. officials said so. The talks failed.'), [
    'U.S. officials said so.',
    'The talks failed.',
  ]);
  assert.deepEqual(split('He flew to the U.S. The talks failed.'), ['He flew to the U.S.', 'The talks failed.']);
  assert.deepEqual(split('The U.S. Navy said so.'), ['The U.S. Navy said so.']);
});

test('quotes, question marks and numbers', () => {
  assert.deepEqual(split('"Is it over?" he asked. "No."'), ['"Is it over?" he asked.', '"No."']);
  assert.deepEqual(split('Growth was 3.5 percent. Prices rose.'), ['Growth was 3.5 percent.', 'Prices rose.']);
  assert.deepEqual(split('"We will win." The crowd cheered.'), ['"We will win."', 'The crowd cheered.']);
});

test('lower-case after a period does not start a sentence', () => {
  assert.deepEqual(split('It cost approx. ten dollars. Fine.'), ['It cost approx. ten dollars.', 'Fine.']);
});

test('month abbreviations before a day number stay', () => {
  assert.deepEqual(split('On Jan. 5 the talks began. They ended.'), ['On Jan. 5 the talks began.', 'They ended.']);
});

test('an enormous sentence is cut into bounded pieces on spaces', () => {
  const big = 'word '.repeat(5000);
  const parts = split(big);
  assert.ok(parts.length >= 5);
  for (const p of parts) assert.ok(p.length <= 4000);
  const nospace = 'x'.repeat(9000);
  assert.equal(split(nospace).join(''), nospace);
});

test('surrogate pairs are never cut in half', () => {
  const s = '😀'.repeat(3000);
  const parts = split(s);
  assert.equal(parts.join(''), s);
  for (const p of parts) assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p));
});
