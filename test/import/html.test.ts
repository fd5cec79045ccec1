import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftArticle } from '../../main/import/article-preview';
import { htmlToArticle } from '../../main/import/html';

const PAGE = `<!doctype html><html><head>
<title>Ports Close as Storm Hits - The Coast Herald</title>
<meta property="og:site_name" content="The Coast Herald">
<meta name="author" content="By Jane Doe">
<meta property="article:published_time" content="2026-04-02T08:00:00Z">
<link rel="canonical" href="/news/ports-close">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ports Close as Storm Hits","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"The Coast Herald"},"datePublished":"2026-04-02"}</script>
<style>.x{color:red}</style><script>window.__pwned = 1</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now</nav>
<div class="ad-banner">Buy cheap flights today!</div>
<article>
<h1>Ports Close as Storm Hits</h1>
<p>The harbour master said on Tuesday that 12 ships were stuck offshore, and that crews had been told to wait
for calmer seas before trying to enter the port.</p>
<p>The coast guard reported record waves of nine metres, according to Reuters, the highest seen on this stretch
of coast since records began in 1950.</p>
<aside>Related: Ten storms that changed the coast</aside>
<p>Fishermen said they had never seen anything like it, and several boats were damaged at their moorings overnight.</p>
</article>
<footer>© The Coast Herald. All rights reserved.</footer>
</body></html>`;

test('an HTML page gives its article body as paragraphs, without navigation, ads, scripts or styles', () => {
  const { text, meta } = htmlToArticle(PAGE, { baseUrl: 'https://coastherald.example/news/ports-close?utm=x' });
  const blocks = text.split('\n\n');
  assert.equal(blocks[0], 'Ports Close as Storm Hits');
  assert.ok(blocks.some((b) => b.startsWith('The harbour master said on Tuesday')));
  assert.ok(blocks.some((b) => b.startsWith('Fishermen said')));
  for (const junk of ['Home', 'Subscribe', 'cheap flights', 'pwned', 'color:red', 'All rights reserved', 'Related:']) {
    assert.ok(!text.includes(junk), `no ${junk}`);
  }
  assert.deepEqual(meta, {
    title: 'Ports Close as Storm Hits',
    author: 'Jane Doe',
    publisher: 'The Coast Herald',
    date: '2026-04-02',
    url: 'https://coastherald.example/news/ports-close',
  });
});

test('metadata falls back to meta tags, and a page title loses its site suffix', () => {
  const page = PAGE.replace(/<script type="application\/ld\+json">.*?<\/script>/s, '');
  const { meta } = htmlToArticle(page);
  assert.equal(meta.title, 'Ports Close as Storm Hits');
  assert.equal(
    htmlToArticle(
      '<html><head><title>Grain Up - Kyiv Independent</title><meta property="og:site_name" ' +
        'content="The Kyiv Independent"></head><body><p>x</p></body></html>',
    ).meta.title,
    'Grain Up',
  );
  assert.equal(meta.author, 'Jane Doe');
  assert.equal(meta.date, '2026-04-02T08:00:00Z');
  assert.equal(meta.url, undefined, 'a relative canonical link without a base is not kept');
});

test('a fragment without an article still gives its text, with a warning', () => {
  const draft = draftArticle('<html><body><p>Short note: the minister said 5 people were hurt.</p></body></html>', {
    fileName: 'note.html',
  });
  assert.equal(draft.format, 'html');
  assert.match(draft.text, /the minister said 5 people were hurt/);
  assert.equal(draft.warnings.length, 1);
});

test('draftArticle picks the reader by file name, content type or content', () => {
  assert.equal(draftArticle('# Title\n\nBody text here.', { fileName: 'a.md' }).format, 'md');
  assert.equal(draftArticle('Plain text body.', { fileName: 'a.txt' }).format, 'txt');
  assert.equal(draftArticle(PAGE).format, 'html');
  assert.equal(
    draftArticle(PAGE, { contentType: 'text/html; charset=utf-8', baseUrl: 'https://x.example/a' }).meta.url,
    'https://x.example/news/ports-close',
  );
  assert.throws(() => draftArticle('x', { fileName: 'a.pdf' }), /imports \.txt, \.md and \.html/);
});
