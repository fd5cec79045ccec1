// The HTML report of hostile input: titles, notes, speakers, outlet names, evidence links and the report URL
// full of HTML and Markdown tricks. The file must hold no script, no event handler, nothing that loads a remote
// resource and no javascript: link, and the text must still be there, as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../main/core/report/build';
import type { JsonReportInput } from '../../../main/core/report/json';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<svg onload=alert(3)><use href="https://evil.example/s.svg#x"/></svg>',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:alert(4)">x</a>',
  '[md link](javascript:alert(5))',
  '[md data](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)',
  '![remote](https://evil.example/pixel.gif)',
  '<https://evil.example/autolink>',
  '<style>@import url(https://evil.example/x.css); body{background:url(https://evil.example/bg)}</style>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<form action=https://evil.example><input name=q></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(7)>',
  '<div style="background:url(https://evil.example/p)">styled</div>',
  '"><script>alert(8)</script>',
  '[x]: javascript:alert(9)\n[ref][x]',
  '`<script>`**bold** _em_ <b onmouseover=alert(10)>b</b>',
  '&lt;script&gt;alert(11)&lt;/script&gt; &#106;avascript:alert(12)',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
];
const HOSTILE = PAYLOADS.join(' \n ');

function hostileInput(): JsonReportInput {
  const text = `Minister said the figure was ${HOSTILE}.`;
  return {
    article: {
      id: 'a-hostile',
      meta: { title: `Title ${HOSTILE}`, url: 'javascript:alert(13)', publisher: `Pub ${HOSTILE}`, date: HOSTILE },
      text,
      skipped: [],
      claims: [
        {
          id: 'c1',
          start: 0,
          end: text.length,
          text,
          kind: 'attributed',
          checkworthiness: 0.9,
          speaker: { name: `Speaker ${HOSTILE}`, start: 0, end: 8 },
          outlet: {
            id: 'o',
            name: `Outlet ${HOSTILE}`,
            domain: 'evil.example"><script>alert(14)</script>',
            stated: true,
            via: [{ id: 'v', name: `Via ${HOSTILE}`, domain: 'javascript:alert(15)' }],
          },
          attributions: [{ cue: [{ start: 9, end: 13, text: text.slice(9, 13) }], source: [], content: [] }],
        },
      ],
    },
    reviews: {
      c1: {
        status: 'disputed',
        note: HOSTILE,
        reviewer: `Rev ${HOSTILE}`,
        updatedAt: '2026-03-01T00:00:00.000Z',
        evidence: [
          { url: 'javascript:alert(16)', title: HOSTILE, archivedUrl: 'data:text/html,<script>alert(17)</script>' },
          { url: 'https://ok.example/page?q="><script>alert(18)</script>', title: '<img src=x onerror=alert(19)>' },
        ],
      },
    },
  };
}

test('the HTML report of hostile input runs nothing, loads nothing remote and links nowhere unsafe', () => {
  for (const groupBy of ['article', 'status', 'outlet'] as const) {
    const html = buildReport('html', [hostileInput(), hostileInput()], {
      generatedAt: new Date('2026-03-02T00:00:00Z'),
      generator: 'ClaimDesk test',
      organisation: HOSTILE,
      groupBy,
    }).content;
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/<[^>]+\son[a-z]+\s*=/i.test(html), 'no event handler attribute');
    assert.ok(
      !/<(iframe|object|embed|img|link|form|input|base|meta http-equiv="refresh"|use|image|style[^>]*>[^<]*@import)/i.test(
        html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
      ),
      'no embedding or loading element',
    );
    const loader = /<[^>]*\s(src|srcset|action|formaction|background|poster|data)\s*=[^>]*>/i.exec(html);
    assert.equal(loader, null, `no attribute that loads anything: ${loader?.[0]}`);
    assert.ok(!/<[^>]*\sstyle\s*=/i.test(html), 'no style attribute');
    const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    assert.ok(!/url\(|@import/i.test(css), 'the stylesheet loads nothing');
    assert.ok(
      !/<[^>]*\s(href|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(html),
      'no javascript: or data: link',
    );
    const hrefs = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs)
      assert.match(href, /^(https:\/\/(ok\.example|web\.archive\.org)\/|#)/, `unexpected link ${href}`);
    // Only the report's own <style> and inline SVG; the CSP loads nothing.
    assert.equal((html.match(/<style/g) ?? []).length, 1);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;/,
    );
    // The text the person typed is still there, as text.
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'payload shown as text');
    assert.ok(html.includes('[md link](javascript:alert(5))'), 'Markdown link shown as text');
  }
});

test('no script or remote resource in the HTML of the sample either', async () => {
  const { sampleInput, SAMPLE_OPTIONS } = await import('./sample');
  const html = buildReport('html', [sampleInput()], SAMPLE_OPTIONS).content;
  assert.ok(!/<script|\son[a-z]+=|\ssrc=/i.test(html));
  assert.match(
    html,
    /<svg class="status-chart"[^>]*role="img" aria-label="Claims by status: Verified 8, Disputed 4, Unsourced 4, Pending 5"/,
  );
  assert.match(
    html,
    /<section class="claim status-disputed">\n<h3 class="claim-heading status-disputed" id="claim-4">/,
  );
  assert.match(
    html,
    /<span class="status-badge status-disputed">✖ Disputed<\/span>/,
    'colour with a text label and a symbol',
  );
  assert.match(html, /@media print/);
});
