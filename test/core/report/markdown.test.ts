import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdownToSafeHtml } from '../../../main/core/report/html';
import { buildMarkdownReport } from '../../../main/core/report/markdown';
import type { ReportArticle } from '../../../main/core/report/types';
import type { Claim } from '../../../main/core/types';

function claim(id: string, text: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    start: 0,
    end: text.length,
    text,
    kind: 'unattributed',
    speaker: null,
    outlet: null,
    attributions: [],
    checkworthiness: 0.5,
    ...extra,
  };
}

const article: ReportArticle = {
  meta: { title: 'Putin writes to Kim', url: 'https://example.org/a?b=1', publisher: 'Example' },
  claims: [
    claim('h', 'A Heading', { kind: 'heading' }),
    claim('c1', 'Trade reached $40 billion.', {
      kind: 'attributed',
      checkworthiness: 0.9,
      speaker: { name: 'Javad Owji', start: 0, end: 1 },
      outlet: { id: 'daily-express', name: 'Daily Express', domain: 'express.co.uk', stated: true, via: [] },
      attributions: [{ cue: [{ start: 0, end: 6, text: 'stated' }], source: [], content: [] }],
    }),
    claim('c2', 'Ukraine cut ties.', {
      checkworthiness: 0.2,
      outlet: {
        id: 'reuters',
        name: 'Reuters',
        domain: 'reuters.com',
        stated: false,
        via: [{ id: 'msn', name: 'MSN', domain: 'msn.com' }],
      },
    }),
    claim('c3', 'Pending claim.'),
  ],
  reviews: {
    c1: {
      status: 'verified',
      note: 'Matches the ministry release.\nSecond line.',
      reviewer: 'Ana',
      updatedAt: '2026-03-01T10:00:00.000Z',
      evidence: [
        { id: 'e1', url: 'https://gov.example/release', title: 'Ministry release' },
        'https://second.example/x',
        { url: 42 },
        null,
      ],
    },
    c2: { status: 'disputed', note: '', reviewer: 'Ben', updatedAt: '2026-03-02T11:00:00.000Z' },
  },
};
const at = new Date('2026-03-03T00:00:00Z');

test('the report has metadata, a summary and every reviewable claim with its review', () => {
  const md = buildMarkdownReport(article, { generatedAt: at, organisation: 'Desk' });
  assert.match(md, /^# Verification report: Putin writes to Kim/);
  assert.match(md, /- \*\*Outlet:\*\* Example/);
  assert.match(md, /- \*\*Reviewed by:\*\* Ana, Ben/);
  assert.match(md, /- \*\*Review dates:\*\* 2026-03-01 to 2026-03-02/);
  assert.match(md, /\| \[Daily Express\]\(https:\/\/express\.co\.uk\/\) \| 1 \|/);
  assert.match(md, /\*\*2 of 3 claims reviewed \(67%\)\.\*\*/);
  assert.match(md, /\| ✔ Verified \| 1 \| 33% \|/);
  assert.match(md, /### 1\. ✔ Verified/);
  assert.match(md, /- \*\*Speaker:\*\* Javad Owji/);
  assert.match(md, /- \*\*Cue:\*\* stated/);
  assert.match(md, /- \*\*Reviewer:\*\* Ana, 2026-03-01 10:00 UTC/);
  assert.match(
    md,
    /\[Reuters\]\(https:\/\/reuters\.com\/\) via \[MSN\]\(https:\/\/msn\.com\/\) \(inherited from context\)/,
  );
  assert.match(md, / {2}> Matches the ministry release\.\n {2}> Second line\./);
  assert.match(md, /### 3\. … Pending/);
  assert.ok(!md.includes('A Heading'), 'headings are not listed as claims');
});

test('evidence links come with an archived copy, and malformed evidence is ignored', () => {
  const md = buildMarkdownReport(article, { generatedAt: at });
  assert.match(
    md,
    / {2}- \[Ministry release\]\(<https:\/\/gov\.example\/release>\) \(\[archived copy\]\(<https:\/\/web\.archive\.org\/web\/https:\/\/gov\.example\/release>\)\)/,
  );
  assert.match(md, / {2}- \[https\\:\/\/second\.example\/x\]\(<https:\/\/second\.example\/x>\)/);
  const noEvidence = buildMarkdownReport({ ...article, reviews: { c2: article.reviews.c2! } }, { generatedAt: at });
  assert.ok(!noEvidence.includes('Evidence'), 'reviews without an evidence field have none');
});

test('options: leave pending out, only check-worthy claims, group by status or outlet', () => {
  const reviewed = buildMarkdownReport(article, { generatedAt: at, includePending: false });
  assert.ok(!reviewed.includes('### 3.'), 'no pending claim');
  assert.match(reviewed, /\*\*Selection:\*\* reviewed claims only \(2 of 3 claims listed\)/);
  assert.match(reviewed, /\*\*2 of 3 claims reviewed/, 'the summary still covers the whole article');
  const worthy = buildMarkdownReport(article, { generatedAt: at, minCheckworthiness: 0.6 });
  assert.match(worthy, /### 1\./);
  assert.ok(!worthy.includes('### 2.') && !worthy.includes('### 3.'));
  const byStatus = buildMarkdownReport(article, { generatedAt: at, groupBy: 'status' });
  assert.ok(byStatus.indexOf('## ✔ Verified (1)') < byStatus.indexOf('## ✖ Disputed (1)'));
  assert.ok(byStatus.indexOf('## ✖ Disputed (1)') < byStatus.indexOf('## … Pending (1)'));
  const byOutlet = buildMarkdownReport(article, { generatedAt: at, groupBy: 'outlet' });
  assert.match(byOutlet, /## Daily Express \(1\)[\s\S]*## Reuters \(1\)[\s\S]*## No outlet named \(1\)/);
  assert.match(buildMarkdownReport(article, { generatedAt: at, minCheckworthiness: 1 }), /No claims match the options/);
});

test('several articles: a combined summary, a section per article and numbers that say which article', () => {
  const second: ReportArticle = {
    meta: { title: 'Second piece' },
    claims: [claim('x1', 'Another claim.')],
    reviews: { x1: { status: 'unsourced', note: '', reviewer: 'Cy', updatedAt: '2026-03-02T00:00:00Z' } },
  };
  const md = buildMarkdownReport([article, second], { generatedAt: at });
  assert.match(md, /^# Verification report: 2 articles/);
  assert.match(md, /\*\*3 of 4 claims reviewed \(75%\)\.\*\*/);
  assert.match(md, /\| 1\. Putin writes to Kim \| 3 \| 2 \| 1 \| 1 \| 0 \|/);
  assert.match(
    md,
    /## 1\. Putin writes to Kim[\s\S]*### 1\.1 ✔ Verified[\s\S]*## 2\. Second piece[\s\S]*### 2\.1 \? Unsourced/,
  );
  const grouped = buildMarkdownReport([article, second], { generatedAt: at, groupBy: 'status' });
  assert.match(grouped, /### 2\.1 \? Unsourced\n\n> Another claim\.\n\n- \*\*Article:\*\* 2\. Second piece/);
  const html = renderMarkdownToSafeHtml(md);
  assert.match(html, /<h3 [^>]*id="claim-2-1"/);
});

test('hostile notes, titles and outlet names stay text in Markdown and HTML', () => {
  const hostile =
    '<img src=x onerror=alert(1)> [click](javascript:alert(2)) ![t](https://evil.example/t.gif) <script>alert(3)</script>';
  const evil: ReportArticle = {
    meta: { title: hostile, url: 'javascript:alert(4)' },
    claims: [
      claim('c1', hostile, { outlet: { id: 'x', name: hostile, domain: 'evil"><script>', stated: true, via: [] } }),
    ],
    reviews: { c1: { status: 'disputed', note: hostile, reviewer: hostile, updatedAt: '2026-03-01T00:00:00Z' } },
  };
  const md = buildMarkdownReport(evil, { generatedAt: new Date(0) });
  const html = renderMarkdownToSafeHtml(md);
  assert.ok(!/<script|<img|<iframe|<[^>]*\s(on\w+|src|style)=/i.test(html), html);
  const hrefs = html.match(/href="[^"]*"/g) ?? [];
  assert.ok(
    hrefs.every((h) => h.startsWith('href="https://') && !h.includes('evil')),
    hrefs.join(' '),
  );
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/, 'the text the person typed is still there, as text');
});

test('block syntax at the start of a note line stays text (headings, lists, setext underlines)', () => {
  const notes = '# not a heading\n=====\n- not a list\n1. not a list\n---';
  const md = buildMarkdownReport(
    { ...article, reviews: { c1: { ...article.reviews.c1!, note: notes } } },
    { generatedAt: at },
  );
  const html = renderMarkdownToSafeHtml(md);
  const note = html.slice(html.indexOf('Note:'));
  assert.ok(!/<h[1-6]|<ol|<hr/.test(note.slice(0, note.indexOf('</blockquote>'))), note);
  assert.match(note, /# not a heading<br \/>=====<br \/>- not a list<br \/>1\. not a list<br \/>---/);
});

test('sanitising drops what marked would otherwise pass through', () => {
  const html = renderMarkdownToSafeHtml(
    '<div onclick="x()">hi</div>\n\n[a](javascript:alert(1)) [b](https://ok.example/)\n\n<h3 id="x" class="evil">t</h3>',
  );
  assert.ok(!html.includes('onclick'));
  assert.ok(!html.includes('javascript:'));
  assert.match(html, /<a href="https:\/\/ok\.example\/" rel="noopener noreferrer">b<\/a>/);
  assert.ok(!html.includes('class="evil"') && !html.includes('id="x"'));
});
