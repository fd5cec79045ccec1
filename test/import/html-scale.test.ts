// Issue 11: HTML import was quadratic (linkedom builds a new childNodes list on every read, and the walks indexed
// it per child): 20k elements took 44 s, a million nested divs never finished. The walks are linear now and the
// work is bounded (element count, nesting depth for Readability, time) with a message for the person. These
// tests assert results on big pages; the timings (time per element at 5k/20k/100k) are in `npm run bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError } from '../../main/import/decode';
import { htmlToArticle, MAX_ELEMENTS, textOfMarkup } from '../../main/import/html';
import { draftArticle } from '../../main/import/article-preview';

function flatPage(paragraphs: number): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) parts.push(`<p>Line ${i} of the report, the mayor said on Tuesday.</p>`);
  return (
    `<!doctype ` +
    `html><html><head><title>Budget</title></head><body><article>${parts.join('')}</article></body></html>`
  );
}

test('a page of 40,000 paragraphs under one parent comes through whole, first to last', () => {
  const { text, warnings } = htmlToArticle(flatPage(40_000));
  const blocks = text.split('\n\n');
  assert.ok(blocks.includes('Line 0 of the report, the mayor said on Tuesday.'));
  assert.ok(blocks.includes('Line 39999 of the report, the mayor said on Tuesday.'));
  assert.equal(blocks.filter((b) => b.startsWith('Line ')).length, 40_000);
  assert.deepEqual(warnings, []);
});

test('a page nested 100,000 deep gives its visible text with a warning instead of freezing', () => {
  const n = 100_000;
  const sentence = 'The council said the bridge would open in May. ';
  const html = `<html><body>${'<div>'.repeat(n)}${sentence.repeat(6)}${'</div>'.repeat(n)}</body></html>`;
  const { text, warnings } = htmlToArticle(html);
  assert.match(text, /The council said the bridge would open in May\./);
  assert.deepEqual(warnings, [
    'This page is nested too deeply to find its article; its visible text was used. Check that it is the article.',
  ]);
});

test('a million nested divs are refused at once with a message, not parsed', () => {
  const n = 1_000_000;
  const html = `<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;
  assert.throws(
    () => draftArticle(html, { fileName: 'deep.html' }),
    (e: Error) => {
      assert.ok(e instanceof ImportError);
      assert.equal(
        e.message,
        `This page has 1,000,002 elements; ClaimDesk reads pages of up to ${MAX_ELEMENTS.toLocaleString('en')} ` +
          '(a long article has a few thousand). Save the article’s text from the browser and import that.',
      );
      return true;
    },
  );
});

test('a page over its time limit stops with a message for the person', () => {
  assert.throws(
    () => htmlToArticle(flatPage(20_000), { timeLimitMs: 0 }),
    /^ImportError: Reading this page took longer than 0 seconds, so ClaimDesk stopped\. Save the article’s text/,
  );
});

test('markup no DOM is built for is read as text, also with unclosed scripts and tags by the thousand', () => {
  assert.equal(
    textOfMarkup('<p>One said so.</p><script>var x = 1;</script><p>Two &amp; three.</p>'),
    'One said so.\n\nTwo & three.',
  );
  assert.equal(textOfMarkup(`<p>Kept before.</p>${'<script a '.repeat(50_000)}`), 'Kept before.');
  assert.equal(textOfMarkup(`<p>Kept too.</p>${'<p '.repeat(100_000)}`), 'Kept too.');
  assert.equal(textOfMarkup(`${'<style>'.repeat(50_000)}`), '');
});

test('progress is reported in order, from the start to the collected text', () => {
  const seen: number[] = [];
  htmlToArticle(flatPage(50), { onProgress: (f) => seen.push(f) });
  assert.ok(seen.length >= 4);
  assert.deepEqual(
    seen,
    [...seen].sort((a, b) => a - b),
  );
});
