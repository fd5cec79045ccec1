import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openAppApi } from '../../main/api/app-api';
import { openTestApi, TEST_ORIGIN } from '../helpers/app-api';

test('a new workspace holds the sample article, already split into claims', async (t) => {
  const api = await openTestApi(t);
  const ws = await api.call('getWorkspace');
  assert.equal(ws.ok, true);
  assert.equal(ws.value.articles.length, 1);
  const summary = ws.value.articles[0];
  assert.match(summary.meta.title, /Vladimir Putin Tells Kim Jong Un/);
  assert.ok(summary.claimCount > 15, `${summary.claimCount} claims`);
  assert.equal(summary.reviewedCount, 0);
  const article = (await api.call('getArticle', { articleId: summary.id })).value;
  assert.ok(article.claims.every((c: any) => article.text.slice(c.start, c.end) === c.text));
});

test('marking a claim and writing a note are on disk and survive reopening', async (t) => {
  const api = await openTestApi(t);
  const articleId = (await api.call('getWorkspace')).value.articles[0].id;
  const claims = (await api.call('getArticle', { articleId })).value.claims.filter((c: any) => c.kind !== 'heading');
  await api.call('updateSettings', { reviewerName: 'Ana Reviewer' });
  const marked = await api.call('setReview', { articleId, claimId: claims[0].id, status: 'verified' });
  assert.equal(marked.ok, true);
  assert.equal(marked.value.status, 'verified');
  assert.equal(marked.value.reviewer, 'Ana Reviewer');
  await api.call('setReview', { articleId, claimId: claims[1].id, status: 'disputed', note: 'No second source.' });

  // Acknowledged means journaled: the change is in the journal before the snapshot is rewritten.
  assert.match(await readFile(`${api.workspacePath}.journal`, 'utf8'), /No second source\./);
  await api.close();
  const onDisk = JSON.parse(await readFile(api.workspacePath, 'utf8'));
  const table = onDisk.reviews[articleId];
  assert.equal(table[claims[0].id].status, 'verified');
  assert.equal(table[claims[1].id].note, 'No second source.');
  assert.deepEqual(
    table[claims[1].id].history.map((h: any) => h.field),
    ['status', 'note'],
  );
  assert.equal(table[claims[0].id].anchor.quote, claims[0].text);

  const again = await openAppApi({
    workspacePath: api.workspacePath,
    seedsDir: 'seeds',
    dialogs: { chooseArticleFile: async () => null, chooseReportPath: async () => null },
    trustedOrigins: [TEST_ORIGIN],
  });
  const view = (await again.dispatch('getArticle', { articleId }, `${TEST_ORIGIN}/`)) as any;
  assert.equal(view.value.reviews[claims[0].id].status, 'verified');
  assert.equal(view.value.reviews[claims[1].id].note, 'No second source.');
  const ws = (await again.dispatch('getWorkspace', {}, `${TEST_ORIGIN}/`)) as any;
  assert.equal(ws.value.articles.length, 1, 'the sample is not seeded twice');
  assert.equal(ws.value.articles[0].reviewedCount, 2);
  await again.close(); // before the temp folder goes: its backup at open is still being written
});

test('headings cannot be reviewed; unknown articles and claims are typed errors', async (t) => {
  const api = await openTestApi(t);
  const articleId = (await api.call('getWorkspace')).value.articles[0].id;
  const heading = (await api.call('getArticle', { articleId })).value.claims.find((c: any) => c.kind === 'heading');
  assert.equal(
    (await api.call('setReview', { articleId, claimId: heading.id, status: 'verified' })).error.code,
    'bad-request',
  );
  assert.equal((await api.call('getArticle', { articleId: 'nope' })).error.code, 'not-found');
  assert.equal(
    (await api.call('setReview', { articleId, claimId: 'nope', status: 'verified' })).error.code,
    'not-found',
  );
});

test('import by paste and by file (.md); bad files get a clear message', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const commit = async (preview: { ok: boolean; value: { previewId: string } }) =>
    (await api.call('commitImport', { previewId: preview.value.previewId, meta: {} })).value.summary;
  const pasted = await commit(
    await api.call('previewImport', { text: 'Officials said on Monday that 40 people were hurt.', title: 'Pasted' }),
  );
  assert.equal(pasted.meta.title, 'Pasted');
  assert.ok(pasted.claimCount >= 1);

  api.dialogAnswers.articleFile = {
    name: 'story.md',
    content: '# A Markdown Story\n\nThe minister said the budget grew by 12%.\n',
  };
  const opened = await commit(await api.call('previewArticleFile'));
  assert.equal(opened.meta.title, 'A Markdown Story');
  const view = (await api.call('getArticle', { articleId: opened.id })).value;
  assert.ok(!view.text.includes('#'), 'Markdown syntax is not article text');

  api.dialogAnswers.articleFile = null;
  assert.equal((await api.call('previewArticleFile')).value, null, 'cancelling the dialog is not an error');

  const empty = await api.call('previewImport', { text: '   ' });
  assert.deepEqual(empty, {
    ok: false,
    error: { code: 'bad-request', message: 'The pasted text is empty: there is no text to check.' },
  });
  const binary = await api.call('previewImport', { text: 'PK\u0003\u0004\u0000\u0000', fileName: 'x.txt' });
  assert.match(binary.error.message, /x\.txt looks like a binary file/);
});

test('the Markdown report holds the statuses and notes and is saved where the person chooses', async (t) => {
  const api = await openTestApi(t);
  const articleId = (await api.call('getWorkspace')).value.articles[0].id;
  const claims = (await api.call('getArticle', { articleId })).value.claims.filter((c: any) => c.kind !== 'heading');
  await api.call('setReview', {
    articleId,
    claimId: claims[2].id,
    status: 'unsourced',
    note: 'Ask the desk <b>now</b>',
  });
  const preview = (await api.call('renderReport', { articleId })).value;
  assert.match(preview.markdown, /Unsourced/);
  assert.match(preview.html, /Ask the desk &lt;b&gt;now&lt;\/b&gt;/);
  assert.match(preview.suggestedName, /verification report\.md$/);

  api.dialogAnswers.reportPath = join(api.dir, 'report.md');
  const saved = await api.call('saveReport', { articleId });
  assert.deepEqual(saved.value, { path: join(api.dir, 'report.md'), format: 'md', bytes: saved.value.bytes });
  assert.match(await readFile(join(api.dir, 'report.md'), 'utf8'), /Ask the desk \\<b\\>now\\<\/b\\>/);
  api.dialogAnswers.reportPath = null;
  assert.equal((await api.call('saveReport', { articleId })).value, null);
});

test(
  'archive links are built on the main side for http(s) addresses only; outlet kinds come ' + 'with the workspace',
  async (t) => {
    const api = await openTestApi(t, { seeds: false });
    const ok = await api.call('archiveLink', { url: 'https://www.reuters.com/world/a?b=1' });
    assert.deepEqual(ok.value, { url: 'https://web.archive.org/web/*/https://www.reuters.com/world/a?b=1' });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      assert.deepEqual(await api.call('archiveLink', { url }), {
        ok: false,
        error: { code: 'bad-request', message: 'Only http and https addresses can be archived.' },
      });
    }
    const kinds = (await api.call('getWorkspace')).value.outletKinds;
    assert.ok(
      kinds.some((k: { kind: string; label: string }) => k.kind === 'news-agency' && k.label === 'news agency'),
    );
    assert.ok(
      !kinds.some((k: { kind: string }) => k.kind === 'generic'),
      'descriptors are not something a person adds',
    );
  },
);
