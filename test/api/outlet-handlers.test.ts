// Issue 4's channels over a real workspace: user outlets (kept, winning, recognised in new imports and
// re-resolved in old ones), outlet corrections that survive re-extraction and re-import, type-ahead, stats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAppApi } from '../../main/api/app-api';
import { openTestApi, TEST_ORIGIN } from '../helpers/app-api';

const TEXT = [
  'Bridge to Reopen in May',
  '',
  'Officials said the bridge would reopen in May, the Kyiv Bugle reported.',
  '',
  'The repairs cost 40 million hryvnias, according to Reuters.',
  '',
  'Engineers added that the piers had been reinforced.',
  '',
  'Drivers said the detour had doubled their commute.',
].join('\n');

async function importText(
  api: Awaited<ReturnType<typeof openTestApi>>,
  text: string,
  meta = {},
  replaceArticleId?: string,
) {
  const preview = await api.call('previewImport', { text });
  assert.equal(preview.ok, true, JSON.stringify(preview));
  const saved = await api.call('commitImport', {
    previewId: preview.value.previewId,
    meta,
    ...(replaceArticleId ? { replaceArticleId } : {}),
  });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  return saved.value.summary.id as string;
}

const claimWith = (view: any, words: string) => view.claims.find((c: any) => c.text.includes(words));
const BUGLE = {
  name: 'Kyiv Bugle',
  domains: ['kyivbugle.com.ua'],
  country: 'UA',
  language: 'uk',
  kind: 'newspaper',
  aliases: ['The Bugle'],
};

test(
  'saveUserOutlet adds an outlet, re-resolves the articles that mention it, and new imports ' + 'recognise it',
  async (t) => {
    const api = await openTestApi(t, { seeds: false });
    const id = await importText(api, TEXT, { title: 'Bridge' });
    const other = await importText(api, 'Ministers said taxes would not rise this year.\n\nThe treasury agreed.', {
      title: 'Taxes',
    });
    const before = (await api.call('getArticle', { articleId: id })).value;
    assert.notEqual(claimWith(before, 'Kyiv Bugle').outlet?.id, 'user-kyiv-bugle');
    const marked = claimWith(before, 'Kyiv Bugle');
    assert.equal(
      (await api.call('setReview', { articleId: id, claimId: marked.id, status: 'verified', note: 'checked' })).ok,
      true,
    );

    const saved = await api.call('saveUserOutlet', { outlet: BUGLE });
    assert.equal(saved.ok, true, JSON.stringify(saved));
    assert.equal(saved.value.outlet.id, 'user-kyiv-bugle');
    assert.equal(saved.value.outlet.user, true);
    assert.equal(saved.value.created, true);
    assert.deepEqual(
      saved.value.reresolved.map((r: any) => r.articleId),
      [id],
      'only the article that mentions it',
    );
    assert.ok(!saved.value.reresolved.some((r: any) => r.articleId === other));

    const after = (await api.call('getArticle', { articleId: id })).value;
    const c = claimWith(after, 'Kyiv Bugle');
    assert.equal(c.outlet.id, 'user-kyiv-bugle');
    assert.equal(c.outlet.stated, true);
    assert.equal(after.reviews[c.id]?.status, 'verified', 'the review stays with its claim');
    assert.equal(after.outlets['user-kyiv-bugle'].kindLabel, 'newspaper');

    // A new import recognises it, under an alias too.
    const third = await importText(
      api,
      'Prices of bread rose by a fifth in a year, the Bugle reported on Friday.\n\nBakers blamed flour.',
      { title: 'Bread' },
    );
    assert.equal((await api.call('getArticle', { articleId: third })).value.claims[0].outlet?.id, 'user-kyiv-bugle');

    // Type-ahead finds it; bad outlets get a person's message.
    const found = (await api.call('searchOutlets', { query: 'kyiv bu', limit: 5 })).value.results;
    assert.equal(found[0].outlet.id, 'user-kyiv-bugle');
    const bad = await api.call('saveUserOutlet', { outlet: { ...BUGLE, domains: ['javascript:alert(1)'] } });
    assert.equal(bad.error.code, 'bad-request');
    assert.match(bad.error.message, /not a web domain/);

    // Kept in the workspace: closed and opened again, the outlet and the claims are there.
    await api.close();
    const again = await openAppApi({
      workspacePath: api.workspacePath,
      trustedOrigins: [TEST_ORIGIN],
      dialogs: { chooseArticleFile: async () => null, chooseReportPath: async () => null },
    });
    try {
      const call = (ch: string, req: unknown = {}) =>
        again.dispatch(ch, req, `${TEST_ORIGIN}/index.html`) as Promise<any>;
      assert.equal((await call('searchOutlets', { query: 'bugle' })).value.results[0].outlet.id, 'user-kyiv-bugle');
      assert.equal(
        claimWith((await call('getArticle', { articleId: id })).value, 'Kyiv Bugle').outlet.id,
        'user-kyiv-bugle',
      );
    } finally {
      await again.close();
    }
  },
);

test('correcting a shipped outlet: a user entry with its id wins, and claims that carry it follow', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const id = await importText(api, TEXT, { title: 'Bridge' });
  const reuters = (await api.call('searchOutlets', { query: 'reuters', limit: 1 })).value.results[0].outlet;
  assert.equal(reuters.user, false);
  const saved = await api.call('saveUserOutlet', {
    outlet: {
      ...reuters,
      domains: ['reuters.example', ...reuters.domains],
      kindLabel: undefined,
      user: undefined,
      correctsShipped: undefined,
    },
  });
  assert.equal(saved.ok, false, 'only the outlet fields are accepted');
  const { id: rid, name, aliases, country, language, kind } = reuters;
  const ok = await api.call('saveUserOutlet', {
    outlet: { id: rid, name, aliases, country, language, kind, domains: ['reuters.example'] },
  });
  assert.equal(ok.ok, true, JSON.stringify(ok));
  assert.equal(ok.value.outlet.correctsShipped, true);
  assert.equal(ok.value.created, true);
  const view = (await api.call('getArticle', { articleId: id })).value;
  const c = claimWith(view, 'Reuters');
  assert.equal(c.outlet.domain, 'reuters.example');
  const links = (await api.call('outletLinks', { articleId: id, claimId: c.id })).value;
  assert.equal(links.home, 'https://reuters.example/');
  assert.match(links.search, /site%3Areuters\.example/);
});

test('an outlet correction is kept, shown, and survives re-extraction and a re-import', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const id = await importText(api, TEXT, { title: 'Bridge' });
  let view = (await api.call('getArticle', { articleId: id })).value;
  const engineers = claimWith(view, 'Engineers added');
  await api.call('setReview', { articleId: id, claimId: engineers.id, status: 'disputed' });
  const r = await api.call('correctClaim', {
    articleId: id,
    correction: { type: 'outlet', claimId: engineers.id, outletId: 'ap' },
  });
  assert.equal(r.ok, true, JSON.stringify(r));
  view = r.value.article;
  let c = claimWith(view, 'Engineers added');
  assert.deepEqual([c.outlet.id, c.outlet.stated, c.outlet.setBy], ['ap', true, 'reviewer']);
  assert.deepEqual(view.corrected[c.id], ['outlet']);
  assert.match(view.corrections.at(-1).label, /^Outlet set to Associated Press/);
  assert.equal(view.outlets.ap.kindLabel, 'news agency');
  assert.equal(
    (
      await api.call('correctClaim', {
        articleId: id,
        correction: { type: 'outlet', claimId: c.id, outletId: 'no-such-outlet' },
      })
    ).error.code,
    'bad-request',
  );

  // Re-extraction: another correction added and removed rebuilds the claims from scratch.
  const drivers = claimWith(view, 'Drivers said');
  const hide = (await api.call('correctClaim', { articleId: id, correction: { type: 'hide', claimId: drivers.id } }))
    .value;
  view = (await api.call('removeCorrection', { articleId: id, correctionId: hide.correctionId })).value;
  c = claimWith(view, 'Engineers added');
  assert.equal(c.outlet.id, 'ap', 'after re-extraction');
  assert.equal(view.reviews[c.id].status, 'disputed');

  // "No outlet" is a correction too.
  const none = await api.call('correctClaim', {
    articleId: id,
    correction: { type: 'outlet', claimId: claimWith(view, 'Drivers said').id, outletId: null },
  });
  assert.equal(claimWith(none.value.article, 'Drivers said').outlet, null);

  // Re-import of an edited version: the corrections re-anchor by quote and context.
  const edited =
    TEXT.replace(
      'Drivers said the detour had doubled their commute.',
      'Drivers said the detour had tripled their commute.',
    ) + '\n\nA new paragraph was added at the end of the story.';
  await importText(api, edited, {}, id);
  view = (await api.call('getArticle', { articleId: id })).value;
  c = claimWith(view, 'Engineers added');
  assert.equal(c.outlet.id, 'ap', 'after re-import');
  assert.equal(c.outlet.setBy, 'reviewer');
  assert.ok(view.corrected[c.id].includes('outlet'));
  assert.equal(view.reviews[c.id].status, 'disputed');
});

test(
  'outletStats: claims, stated vs inherited and review progress per outlet, in the article ' + 'and the workspace',
  async (t) => {
    const api = await openTestApi(t, { seeds: false });
    const text = [
      'MOSCOW (Reuters) - The central bank raised its key rate to 21%, the bank said.',
      'Analysts had expected a smaller rise.',
      '',
      'The rouble fell 2% against the dollar, Interfax reported.',
    ].join('\n');
    const a = await importText(api, text, { title: 'Rates' });
    const b = await importText(
      api,
      'Wheat exports rose 10% in May, Reuters reported.\n\nTraders welcomed the figures.',
      {
        title: 'Wheat',
      },
    );
    const view = (await api.call('getArticle', { articleId: a })).value;
    const reviewable = view.claims.filter((c: any) => c.kind !== 'heading');
    const firstReuters = reviewable.find((c: any) => c.outlet?.id === 'reuters');
    await api.call('setReview', { articleId: a, claimId: firstReuters.id, status: 'verified' });
    const stats = (await api.call('outletStats', { articleId: a })).value;
    const mine = stats.article.outlets.find((o: any) => o.id === 'reuters');
    const expected = reviewable.filter((c: any) => c.outlet?.id === 'reuters');
    assert.equal(mine.claims, expected.length);
    assert.equal(mine.stated + mine.inherited, mine.claims);
    assert.equal(mine.inherited, expected.filter((c: any) => !c.outlet.stated).length);
    assert.equal(mine.reviewed, 1);
    assert.equal(mine.counts.verified, 1);
    assert.equal(mine.kindLabel, 'news agency');
    assert.equal(stats.article.claims, reviewable.length);
    assert.equal(stats.article.noOutlet, reviewable.filter((c: any) => !c.outlet).length);
    assert.ok(stats.article.outlets.some((o: any) => o.id === 'interfax'));
    const all = stats.workspace.outlets.find((o: any) => o.id === 'reuters');
    assert.equal(all.articles, 2);
    assert.ok(all.claims > mine.claims);
    assert.equal(stats.workspace.articles, 2);
    const workspaceOnly = (await api.call('outletStats', {})).value;
    assert.equal(workspaceOnly.article, null);
    assert.equal((await api.call('outletStats', { articleId: 'nope' })).error.code, 'not-found');
    void b;
  },
);
