// Issue 11: structures of real news pages, written here (no publisher's text). The pre-clean used to remove any
// element whose class or id had an "ad" or "share" word and lost the article on such pages while the import
// said nothing; authors were stored as profile URLs; JSON-LD inside CDATA was not read; a hidden pop-up was text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToArticle, personName, withoutCdata } from '../../main/import/html';
import { cleanPage } from '../../main/import/page-clean';
import { parseHTML } from 'linkedom';
import type { DomNode } from '../../main/import/dom-walk';

const PARAS = [
  'The harbour board said on Monday that the new pier would open in June, two months later than planned.',
  'Its chair told reporters that the delay came from a shortage of steel, and that the cost had not changed.',
  'Residents said the works had closed the beach road for most of the spring, according to a local survey.',
  'The board added that ferries would use the old pier until the new one passes its safety inspection.',
].map((p) => `<p>${p}</p>`);

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Pier delayed</title>${head}</head><body>${body}</body></html>`;
}

function assertWholeArticle(text: string): void {
  for (const start of ['The harbour board said', 'Its chair told', 'Residents said', 'The board added'])
    assert.ok(text.includes(start), `the article keeps “${start}…”: ${text.slice(0, 200)}`);
}

test('an article whose wrapper id holds "share" or "ad" words comes through whole', () => {
  for (const wrapper of [
    '<div id="article-share-body" class="story">',
    '<div class="ad-free story-body">',
    '<div id="main" class="has-ads">',
    '<section class="social share-tools-wrap">',
  ]) {
    const { text, warnings } = htmlToArticle(page(`<nav><a href="/">Home</a></nav>${wrapper}${PARAS.join('')}</div>`));
    assertWholeArticle(text);
    assert.deepEqual(warnings, [], wrapper);
  }
});

test('an article inside a form (a whole-page form) or an aside-like wrapper is never removed', () => {
  const { text } = htmlToArticle(page(`<form id="page-form" action="/post"><div>${PARAS.join('')}</div></form>`));
  assertWholeArticle(text);
  const hiddenWrapper = htmlToArticle(
    page(`<div aria-hidden="true">${PARAS.join('')}</div><div role="dialog">Sign in</div>`),
  );
  assertWholeArticle(hiddenWrapper.text);
});

test('when the clean removes the article anyway, Readability’s own reading of the page is used', () => {
  // Two halves of the article, each in its own form: neither holds most of the text, so both go in the clean.
  const half = (ps: string[]) => `<form><div class="story">${ps.join('')}</div></form>`;
  const { text, warnings } = htmlToArticle(page(half(PARAS.slice(0, 2)) + half(PARAS.slice(2))));
  assert.ok(text.includes('The harbour board said') || text.includes('Residents said'), text);
  assert.ok(text.length > 200);
  assert.deepEqual(warnings, []);
});

test('a hidden pop-up (hidden, aria-hidden, display:none, a dialog) is not text', () => {
  const popups = [
    '<div role="dialog" aria-hidden="true"><p>Make Pier News my homepage</p><button>Yes</button></div>',
    '<div style="display: none"><p>Make Pier News your start page today and never miss a story.</p></div>',
    '<div hidden><p>Set Pier News as your homepage for quick access.</p></div>',
    '<dialog><p>Subscribe to our newsletter for the best of the pier.</p></dialog>',
  ];
  const { text } = htmlToArticle(page(`${popups.join('')}<article>${PARAS.join('')}</article>`));
  assertWholeArticle(text);
  for (const junk of ['homepage', 'start page', 'newsletter']) assert.ok(!text.includes(junk), junk);
});

test('menus and link lists go by link density, not by name', () => {
  const menu =
    `<div class="content-top"><a href="/a">World</a> <a href="/b">Sport</a> <a href="/c">Weather ` + `today</a></div>`;
  const { text } = htmlToArticle(page(`${menu}<article>${PARAS.join('')}</article>`));
  assertWholeArticle(text);
  assert.ok(!text.includes('Weather today'));
});

test('cleanPage keeps the text of every element holding most of it, whatever the element is', () => {
  const { document } = parseHTML(page(`<aside id="x"><div>${PARAS.join('')}</div></aside><nav>Menu</nav>`));
  const result = cleanPage(document.body as unknown as DomNode);
  // The aside goes, as asides do, but its children (the article) take its place.
  assert.equal(document.querySelector('aside#x'), null);
  assert.equal(document.querySelectorAll('body > div > p').length, 4);
  assert.equal(document.querySelector('nav'), null, 'the nav goes');
  assert.deepEqual([result.removed, result.unwrapped], [1, 1]);
  assert.ok(result.mainText > 300 && result.mainText <= result.pageText);
});

test('authors are names, never addresses: rel=author, article:author, mailto:, JSON-LD', () => {
  const relAuthor = htmlToArticle(
    page(
      `<p class="byline">By <a rel="author" href="https://pier.example/staff/ines-rocha">Ines ` +
        `Rocha</a></p><article>${PARAS.join('')}</article>`,
    ),
  );
  assert.equal(relAuthor.meta.author, 'Ines Rocha');
  const ogAuthor = htmlToArticle(
    page(
      `<article>${PARAS.join('')}</article>`,
      '<meta property="article:author" content="https://social.example/ines.rocha"><meta name="author" content="Ines ' +
        'Rocha">',
    ),
  );
  assert.equal(ogAuthor.meta.author, 'Ines Rocha');
  const urlOnly = htmlToArticle(
    page(`<article>${PARAS.join('')}</article>`, '<meta property="article:author" content="https://social.example/x">'),
  );
  assert.equal(urlOnly.meta.author, undefined);
  const mail = htmlToArticle(
    page(`<a rel="author" href="mailto:tom@pier.example">Tom Berg</a><article>${PARAS.join('')}</article>`),
  );
  assert.equal(mail.meta.author, 'Tom Berg');
  const ld = htmlToArticle(
    page(
      `<article>${PARAS.join('')}</article>`,
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier ' +
        'delayed","author":["https://pier.example/staff/x",{"@type":"Person","name":"Ana ' +
        'Lima","url":"https://pier.example/ana"}]}</script>',
    ),
  );
  assert.equal(ld.meta.author, 'Ana Lima');
  for (const address of ['https://x.example/a', 'mailto:a@b.example', 'a@b.example', 'www.x.example', '/staff/a'])
    assert.equal(personName(address), '', address);
  assert.equal(personName('By Jane Doe'), 'Jane Doe');
});

test('JSON-LD inside CDATA is read, before the scripts are removed', () => {
  const head = `<script type="application/ld+json">//<![CDATA[
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pier opening delayed to June",
"datePublished":"2026-05-04","author":{"@type":"Person","name":"Ines Rocha"},
"publisher":{"@type":"Organization","name":"Pier News"}}
//]]></script><script type="application/ld+json"><![CDATA[{"@type":"WebPage","name":"Ignored page"}]]></script>`;
  const { meta } = htmlToArticle(page(`<article>${PARAS.join('')}</article>`, head));
  assert.equal(meta.title, 'Pier opening delayed to June');
  assert.equal(meta.author, 'Ines Rocha');
  assert.equal(meta.publisher, 'Pier News');
  assert.equal(meta.date, '2026-05-04');
  assert.equal(withoutCdata(' <![CDATA[ {"a":1} ]]> '), ' {"a":1}');
});
