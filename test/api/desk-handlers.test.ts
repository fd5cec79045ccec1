// Issue 5's channels over a real workspace: two-step import (paste, file, URL), library, bulk marks, evidence,
// corrections, re-import with re-attached and orphaned reviews, outlet links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../../main/api/handlers';
import { openTestApi } from '../helpers/app-api';

const V1 = [
  'Storm Closes Ports Along the Coast',
  '',
  'The harbour master said on Tuesday that 12 ships were stuck offshore.',
  '',
  'The coast guard reported record waves of nine metres, according to Reuters.',
  '',
  'The mayor promised a full inquiry into the cause of the flooding.',
  '',
  'Fishermen said they had never seen anything like it.',
].join('\n');

async function importText(api: Awaited<ReturnType<typeof openTestApi>>, text: string, meta = {}) {
  const preview = await api.call('previewImport', { text });
  assert.equal(preview.ok, true, JSON.stringify(preview));
  const saved = await api.call('commitImport', { previewId: preview.value.previewId, meta });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  return { preview: preview.value, result: saved.value };
}

const reviewable = (view: any) => view.claims.filter((c: any) => c.kind !== 'heading');

test('paste: the preview saves nothing; the commit saves with the edited metadata', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const preview = (await api.call('previewImport', { text: V1 })).value;
  assert.equal(preview.meta.title, 'Storm Closes Ports Along the Coast');
  assert.equal(preview.claimCount, 4);
  assert.equal((await api.call('getWorkspace')).value.articles.length, 0, 'nothing saved yet');
  const saved = await api.call('commitImport', {
    previewId: preview.previewId,
    meta: {
      title: 'Ports closed',
      publisher: 'Coast Herald',
      date: '2026-04-02',
      author: 'Jane Doe',
      url: 'https://coastherald.example/a',
    },
  });
  assert.deepEqual(saved.value.summary.meta, {
    title: 'Ports closed',
    publisher: 'Coast Herald',
    date: '2026-04-02',
    author: 'Jane Doe',
    url: 'https://coastherald.example/a',
  });
  assert.equal(
    (await api.call('commitImport', { previewId: preview.previewId, meta: {} })).error.code,
    'not-found',
    'a preview is used once',
  );
  const bad = await api.call('previewImport', { text: 'x' });
  assert.equal(bad.ok, true);
  assert.equal(
    (await api.call('commitImport', { previewId: bad.value.previewId, meta: { url: 'javascript:alert(1)' } })).error
      .code,
    'bad-request',
  );
});

test('file (.html through the open dialog) and URL (a local server, allowed in settings)', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const html =
    `<html><head><title>Ports Close - Herald</title><meta property="og:site_name" ` +
    `content="Herald"><meta name="author" content="Jane ` +
    `Doe"></head><body><nav>Home</nav><article><h1>Ports ` +
    `Close</h1><p>${V1.split('\n\n').slice(1).join('</p><p>')}</p></article></body></html>`;
  api.dialogAnswers.articleFile = { name: 'ports.html', content: html };
  const latin1 = Buffer.from([
    0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x77, 0x6e, 0x65, 0x72, 0x73, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x33, 0x2e,
  ]);
  const dropped = (await api.call('previewImport', { dataBase64: latin1.toString('base64'), fileName: 'cafe.txt' }))
    .value;
  assert.equal(dropped.text, 'Café owners said 3.');
  assert.equal(dropped.sourceKind, 'file');
  const fromFile = (await api.call('previewArticleFile')).value;
  assert.equal(fromFile.format, 'html');
  assert.equal(fromFile.meta.publisher, 'Herald');
  assert.equal(fromFile.meta.author, 'Jane Doe');
  assert.ok(!fromFile.text.includes('Home'));

  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html.replace('<head>', '<head><link rel="canonical" href="https://herald.example/ports">'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => new Promise<void>((r) => server.close(() => r())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ports`;
  const refused = await api.call('previewImport', { url });
  assert.equal(refused.error.code, 'bad-request');
  assert.match(refused.error.message, /private or local address/);
  assert.equal((await api.call('previewImport', { url: 'file:///etc/passwd' })).error.code, 'bad-request');
  await api.call('setImportSettings', { allowPrivateNetwork: true });
  const fetched = (await api.call('previewImport', { url })).value;
  assert.equal(fetched.sourceKind, 'url');
  assert.equal(fetched.fetchedUrl, url);
  assert.equal(fetched.meta.url, 'https://herald.example/ports');
  const saved = (await api.call('commitImport', { previewId: fetched.previewId, meta: {} })).value;
  assert.equal(saved.summary.meta.publisher, 'Herald');
});

test('library: rename, delete with undo', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const { result } = await importText(api, V1);
  const id = result.summary.id;
  const claimId = reviewable((await api.call('getArticle', { articleId: id })).value)[0].id;
  await api.call('setReview', { articleId: id, claimId, status: 'verified', note: 'ok' });
  assert.equal(
    (await api.call('updateArticleMeta', { articleId: id, meta: { title: '  Renamed  ' } })).value.meta.title,
    'Renamed',
  );
  assert.deepEqual((await api.call('deleteArticle', { articleId: id })).value, { articleId: id, title: 'Renamed' });
  assert.equal((await api.call('getWorkspace')).value.articles.length, 0);
  const restored = (await api.call('restoreArticle', { articleId: id })).value;
  assert.equal(restored.reviewedCount, 1, 'reviews come back with the article');
  assert.equal((await api.call('restoreArticle', { articleId: id })).error.code, 'not-found');
});

test('bulk marks, evidence links and history with who and when', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  await api.call('updateSettings', { reviewerName: 'Ana Reviewer' });
  const { result } = await importText(api, V1);
  const articleId = result.summary.id;
  const ids = reviewable((await api.call('getArticle', { articleId })).value).map((c: any) => c.id);
  const marked = (await api.call('setReviews', { articleId, claimIds: ids.slice(0, 3), status: 'disputed' })).value;
  assert.deepEqual(
    Object.values(marked).map((r: any) => r.status),
    ['disputed', 'disputed', 'disputed'],
  );
  const withLink = (
    await api.call('addEvidence', {
      articleId,
      claimId: ids[0],
      url: 'https://wire.example/story',
      title: 'Wire story',
      archivedUrl: 'https://web.archive.org/web/2026/https://wire.example/story',
    })
  ).value;
  assert.equal(withLink.evidence.length, 1);
  assert.equal(withLink.evidence[0].addedBy, 'Ana Reviewer');
  assert.equal(
    (await api.call('addEvidence', { articleId, claimId: ids[0], url: 'javascript:alert(1)' })).error.code,
    'bad-request',
  );
  const removed = (
    await api.call('removeEvidence', { articleId, claimId: ids[0], evidenceId: withLink.evidence[0].id })
  ).value;
  assert.equal(removed.evidence.length, 0);
  assert.deepEqual(
    removed.history.map((h: any) => [h.field, h.by, h.at]),
    [
      ['status', 'Ana Reviewer', '2026-05-01T12:00:00.000Z'],
      ['evidence', 'Ana Reviewer', '2026-05-01T12:00:00.000Z'],
      ['evidence', 'Ana Reviewer', '2026-05-01T12:00:00.000Z'],
    ],
  );
});

test('corrections keep reviews with their claims, undo brings a hidden claim’s review back', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const { result } = await importText(api, V1);
  const articleId = result.summary.id;
  let view = (await api.call('getArticle', { articleId })).value;
  const [harbour, guard] = reviewable(view);
  await api.call('setReview', { articleId, claimId: guard.id, status: 'verified', note: 'Reuters copy checked' });
  const speaker = await api.call('correctClaim', {
    articleId,
    correction: { type: 'speaker', claimId: harbour.id, name: 'Harbour master Tom Reed' },
  });
  assert.equal(speaker.ok, true, JSON.stringify(speaker));
  view = speaker.value.article;
  assert.equal(view.claims.find((c: any) => c.id === harbour.id).speaker.name, 'Harbour master Tom Reed');
  assert.deepEqual(view.corrected[harbour.id], ['speaker']);
  const at = guard.start + guard.text.indexOf(', according') + 1;
  const split = (await api.call('correctClaim', { articleId, correction: { type: 'split', claimId: guard.id, at } }))
    .value;
  view = split.article;
  const halves = reviewable(view).filter((c: any) => c.start >= guard.start && c.end <= guard.end);
  assert.equal(halves.length, 2);
  for (const half of halves) {
    assert.equal(view.reviews[half.id].note, 'Reuters copy checked', 'each half carries the review');
    assert.equal(view.reviews[half.id].status, 'verified');
  }
  assert.ok(split.carried.includes('the note (to both halves)'), JSON.stringify(split.carried));
  const hidden = await api.call('correctClaim', { articleId, correction: { type: 'hide', claimId: halves[0].id } });
  view = hidden.value.article;
  assert.equal(view.orphans.length, 1, 'hiding a reviewed claim orphans its review');
  assert.equal(view.orphans[0].note, 'Reuters copy checked');
  view = (await api.call('removeCorrection', { articleId, correctionId: hidden.value.correctionId })).value;
  assert.equal(view.orphans.length, 0);
  assert.equal(Object.values(view.reviews).filter((r: any) => r.note === 'Reuters copy checked').length, 2);
  assert.deepEqual(
    view.corrections.map((c: any) => [c.type, c.applied]),
    [
      ['speaker', true],
      ['split', true],
    ],
  );
  const refused = await api.call('correctClaim', {
    articleId,
    correction: { type: 'add', start: harbour.start, end: harbour.end },
  });
  assert.equal(refused.error.code, 'bad-request');
});

test(
  're-import of an edited version: reviews re-attach, corrections re-apply, the lost one is ' + 'an orphan',
  async (t) => {
    const api = await openTestApi(t, { seeds: false });
    const { result } = await importText(api, V1, { url: 'https://coastherald.example/a' });
    const articleId = result.summary.id;
    const [harbour, guard, mayor] = reviewable((await api.call('getArticle', { articleId })).value);
    await api.call('setReview', { articleId, claimId: harbour.id, status: 'verified' });
    await api.call('setReview', { articleId, claimId: guard.id, status: 'disputed', note: 'Waves were 7 m' });
    await api.call('setReview', { articleId, claimId: mayor.id, status: 'unsourced', note: 'No inquiry announced' });
    await api.call('correctClaim', {
      articleId,
      correction: { type: 'speaker', claimId: harbour.id, name: 'Tom Reed' },
    });
    const v2 = `UPDATED 14:00\n\n${V1}`
      .replace('12 ships were stuck offshore', '14 ships were stuck offshore')
      .replace(
        'The mayor promised a full inquiry into the cause of the flooding.',
        'The council will meet on Friday to discuss repairs.',
      );
    const preview = (await api.call('previewImport', { text: v2 })).value;
    assert.deepEqual(
      preview.sameAs.map((s: any) => s.articleId),
      [articleId],
    );
    const saved = (
      await api.call('commitImport', { previewId: preview.previewId, meta: {}, replaceArticleId: articleId })
    ).value;
    assert.equal(saved.replaced, true);
    assert.equal(saved.reattached, 2);
    assert.equal(saved.orphaned, 1);
    const view = (await api.call('getArticle', { articleId })).value;
    assert.equal(view.version, 2);
    const statuses = Object.values(view.reviews)
      .map((r: any) => r.status)
      .sort();
    assert.deepEqual(statuses, ['disputed', 'verified']);
    assert.equal(view.orphans[0].note, 'No inquiry announced');
    assert.equal(view.claims.find((c: any) => c.text.startsWith('The harbour master')).speaker.name, 'Tom Reed');
    // The orphan can be given to a claim the reviewer chooses.
    const council = reviewable(view).find((c: any) => c.text.startsWith('The council'));
    const attached = (await api.call('attachOrphan', { articleId, orphanId: view.orphans[0].id, claimId: council.id }))
      .value;
    assert.equal(attached.orphans.length, 0);
    assert.equal(attached.reviews[council.id].note, 'No inquiry announced');
  },
);

test('outlet links are http(s) on the outlet’s domain, and open through the injected opener only', async (t) => {
  const api = await openTestApi(t);
  const articleId = (await api.call('getWorkspace')).value.articles[0].id;
  const view = (await api.call('getArticle', { articleId })).value;
  const kcna = view.claims.find((c: any) => c.outlet?.domain === 'kcna.kp');
  const links = (await api.call('outletLinks', { articleId, claimId: kcna.id })).value;
  assert.equal(links.home, 'https://kcna.kp/');
  assert.match(links.search, /^https:\/\/duckduckgo\.com\/\?q=site%3Akcna\.kp/);
  assert.equal((await api.call('openExternal', { url: links.home })).error.code, 'failed', 'no opener in this API');
  const opened: string[] = [];
  const handlers = createHandlers({
    store: api.store,
    dialogs: { chooseArticleFile: async () => null, chooseReportPath: async () => null },
    now: () => new Date(),
    external: { openExternal: async (u) => void opened.push(u) },
  });
  await handlers.openExternal({ url: links.search });
  await assert.rejects(handlers.openExternal({ url: 'file:///etc/passwd' }), /Only http and https/);
  assert.deepEqual(opened, [links.search]);
});

test(
  'a merge keeps both parts’ reviews; a hand-set outlet it cannot keep is listed as no longer ' + 'applied',
  async (t) => {
    const api = await openTestApi(t, {});
    const a = api.store.data.articles[0]!;
    const [one, two] = a.claims.filter((c) => c.kind !== 'heading');
    await api.call('setReview', { articleId: a.id, claimId: one!.id, status: 'verified', note: 'first' });
    await api.call('setReview', { articleId: a.id, claimId: two!.id, status: 'verified', note: 'second' });
    for (const [claim, outletId] of [
      [one!, 'reuters'],
      [two!, 'bbc'],
    ] as const)
      assert.equal(
        (
          await api.call('correctClaim', {
            articleId: a.id,
            correction: { type: 'outlet', claimId: claim.id, outletId },
          })
        ).ok,
        true,
      );
    const merged = await api.call('correctClaim', {
      articleId: a.id,
      correction: { type: 'merge', claimId: one!.id, otherClaimId: two!.id },
    });
    assert.equal(merged.ok, true, JSON.stringify(merged));
    const view = merged.value.article;
    const claim = view.claims.find((c: any) => c.start === one!.start);
    assert.equal(claim.outlet.id, 'reuters');
    assert.equal(view.reviews[claim.id].status, 'verified');
    assert.equal(view.reviews[claim.id].note, 'first\n\nsecond');
    assert.deepEqual(view.orphans, []);
    assert.match(merged.value.notCarried.join(' '), /outlet set by hand \(BBC\)/);
    assert.deepEqual(
      view.corrections.map((c: any) => [c.type, c.applied]),
      [
        ['outlet', true],
        ['outlet', false],
        ['merge', true],
      ],
    );
  },
);
