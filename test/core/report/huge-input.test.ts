// Issue 11: a note that is one 1,000,000-character word hung the Markdown and HTML export, because the escape's
// regex "[a-z][a-z0-9+.-]*:" rescanned the rest of the word from every letter. Every regex over user text is now
// linear; these tests assert the results on huge inputs (the timing is in `npm run bench`, not here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../main/core/report/markdown-escape';
import { buildMarkdownReport } from '../../../main/core/report/markdown';
import { renderMarkdownToSafeHtml } from '../../../main/core/report/html';
import type { ReportArticle } from '../../../main/core/report/types';

const WORD = 'a'.repeat(1_000_000);

test('escapeMarkdown keeps a 1,000,000-character word whole and still escapes a scheme colon', () => {
  assert.equal(escapeMarkdown(WORD), WORD);
  assert.equal(escapeMarkdown(`${WORD}:`), `${WORD}\\:`);
  assert.equal(escapeMarkdown(`x ${'1'.repeat(500_000)}:30`), `x ${'1'.repeat(500_000)}:30`);
  assert.equal(escapeMarkdown(`${'a.'.repeat(300_000)}b`), `${'a.'.repeat(300_000)}b`);
});

test('the scheme escape is unchanged on ordinary text', () => {
  assert.equal(
    escapeMarkdown('see javascript:alert(1) and https://x.example'),
    'see javascript\\:alert\\(1\\) and https\\://x.example',
  );
  assert.equal(escapeMarkdown('At 10:30 the note: done'), 'At 10:30 the note\\: done');
  assert.equal(escapeMarkdown('1a:b'), '1a\\:b');
});

test('a report whose note is a 1,000,000-character word exports to Markdown and HTML with the note in it', () => {
  const article: ReportArticle = {
    meta: { title: 'A long note' },
    claims: [
      {
        id: 'c1',
        start: 0,
        end: 20,
        text: 'The mayor said so.',
        kind: 'unattributed',
        speaker: null,
        outlet: null,
        attributions: [],
        checkworthiness: 0.5,
      },
    ],
    reviews: { c1: { status: 'verified', note: WORD, reviewer: 'Ana', updatedAt: '2026-03-01T10:00:00.000Z' } },
  };
  const md = buildMarkdownReport(article, { generatedAt: new Date('2026-03-03T00:00:00Z') });
  assert.ok(md.includes(`> ${WORD}`));
  const html = renderMarkdownToSafeHtml(md);
  assert.ok(html.includes(WORD));
});
