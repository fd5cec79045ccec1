import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdownToSafeHtml } from '../../../main/core/report/html';
import { buildMarkdownReport } from '../../../main/core/report/markdown';
import type { ReportArticle } from '../../../main/core/report/types';
import type { Claim } from '../../../main/core/types';

function claim(id: string, text: string, extra: Partial<Claim> = {}): Claim {
  return { id, start: 0, end: text.length, text, kind: 'unattributed', speaker: null, outlet: null, attributions: [], checkworthiness: 0.5, ...extra };
}

const article: ReportArticle = {
  meta: { title: 'Putin writes to Kim', url: 'https://example.org/a?b=1', publisher: 'Example' },
  claims: [
    claim('h', 'A Heading', { kind: 'heading' }),
    claim('c1', 'Trade reached $40 billion.', {
      kind: 'attributed',
      speaker: { name: 'Javad Owji', start: 0, end: 1 },
      outlet: { id: 'daily-express', name: 'Daily Express', domain: 'express.co.uk', stated: true, via: [] },
      attributions: [{ cue: [{ start: 0, end: 6, text: 'stated' }], source: [], content: [] }],
    }),
    claim('c2', 'Ukraine cut ties.', {
      outlet: { id: 'reuters', name: 'Reuters', domain: 'reuters.com', stated: false, via: [{ id: 'msn', name: 'MSN', domain: 'msn.com' }] },
    }),
    claim('c3', 'Pending claim.'),
  ],
  reviews: {
    c1: { status: 'verified', note: 'Matches the ministry release.\nSecond line.', reviewer: 'Ana', updatedAt: '2026-03-01T10:00:00.000Z' },
    c2: { status: 'disputed', note: '', reviewer: 'Ben', updatedAt: '2026-03-02T11:00:00.000Z' },
  },
};

test('the report has metadata, a summary and every reviewable claim with its review', () => {
  const md = buildMarkdownReport(article, { generatedAt: new Date('2026-03-03T00:00:00Z'), organisation: 'Desk' });
  assert.match(md, /^# Verification report: Putin writes to Kim/);
  assert.match(md, /- \*\*Reviewed by:\*\* Ana, Ben/);
  assert.match(md, /- \*\*Review dates:\*\* 2026-03-01 to 2026-03-02/);
  assert.match(md, /Outlets named in the article: Daily Express \(1\)\./);
  assert.match(md, /\*\*2 of 3 claims reviewed \(67%\)\.\*\*/);
  assert.match(md, /\| ✔ Verified \| 1 \|/);
  assert.match(md, /### 1\. ✔ Verified/);
  assert.match(md, /- \*\*Speaker:\*\* Javad Owji/);
  assert.match(md, /- \*\*Outlet:\*\* \[Daily Express\]\(https:\/\/express\.co\.uk\/\)/);
  assert.match(md, /\[Reuters\]\(https:\/\/reuters\.com\/\) via \[MSN\]\(https:\/\/msn\.com\/\) \(inherited from context\)/);
  assert.match(md, /  > Matches the ministry release\\\.\n  > Second line\\\./);
  assert.match(md, /### 3\. … Pending/);
  assert.ok(!md.includes('A Heading'), 'headings are not listed as claims');
});

test('hostile notes, titles and outlet names stay text in Markdown and HTML', () => {
  const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(2)) ![t](https://evil.example/t.gif) <script>alert(3)</script>';
  const evil: ReportArticle = {
    meta: { title: hostile, url: 'javascript:alert(4)' },
    claims: [claim('c1', hostile, { outlet: { id: 'x', name: hostile, domain: 'evil"><script>', stated: true, via: [] } })],
    reviews: { c1: { status: 'disputed', note: hostile, reviewer: hostile, updatedAt: '2026-03-01T00:00:00Z' } },
  };
  const md = buildMarkdownReport(evil, { generatedAt: new Date(0) });
  const html = renderMarkdownToSafeHtml(md);
  assert.ok(!/<script|<img|<iframe|<[^>]*\s(on\w+|src|style)=/i.test(html), html);
  const hrefs = html.match(/href="[^"]*"/g) ?? [];
  assert.ok(hrefs.every((h) => h.startsWith('href="https://') && !h.includes('evil')), hrefs.join(' '));
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/, 'the text the person typed is still there, as text');
});

test('sanitising drops what marked would otherwise pass through', () => {
  const html = renderMarkdownToSafeHtml('<div onclick="x()">hi</div>\n\n[a](javascript:alert(1)) [b](https://ok.example/)');
  assert.ok(!html.includes('onclick'));
  assert.ok(!html.includes('javascript:'));
  assert.match(html, /<a href="https:\/\/ok\.example\/">b<\/a>/);
});
