import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMarkdown } from '../../../main/core/report/markdown-escape';

// The scheme rule as first written: a colon is escaped when letters, digits, "+", "." or "-" starting with a
// letter stand right before it. It rescanned a long word from each of its letters.
const schemeColonsBefore = (s: string) => s.replace(/([a-z][a-z0-9+.-]*):/gi, '$1\\:');
const schemeColonsNow = (s: string) => escapeMarkdown(s).replace(/\\([\\`*_[\]<>|~&!()])/g, '$1');

test('every colon after a scheme-like word is escaped, as before', () => {
  assert.equal(escapeMarkdown('see http://x.example/a or mailto:a@b'), 'see http\\://x.example/a or mailto\\:a@b');
  assert.equal(escapeMarkdown('at 10:30, 1a:b 9:x'), 'at 10:30, 1a\\:b 9:x');
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z0-9:.+\- ]{0,40}$/), (s) => {
      const plain = s.replace(/\s+/g, ' ').trim();
      if (/^[#+\-=]|^\d+[.)]|www\./i.test(plain)) return;
      assert.equal(schemeColonsNow(plain), schemeColonsBefore(plain));
    }),
    { numRuns: 500 },
  );
});

// A reviewer can paste a long token (base64, a hash) into a note: the report must not hang on it. Before the fix
// this word alone took minutes; the limit is far above what the linear rule needs, so it guards a hang only.
test('a note of one 1,000,000-letter word is escaped without rescanning it', { timeout: 60_000 }, () => {
  const word = 'a'.repeat(1_000_000);
  assert.equal(escapeMarkdown(`${word}:`), `${word}\\:`);
  assert.equal(escapeMarkdown(`${word.slice(0, 1000)}.`.repeat(500)).length, 1001 * 500);
});
