// The JSON report round trip (issue 7): export from one workspace, restore into a new one, export again: the
// same review, byte for byte. And the report handlers for every format, with the save dialog's extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { restoreReport } from '../../main/api/report-restore';
import { GENERATOR, reportInputs } from '../../main/api/report-source';
import { buildReport } from '../../main/core/report/build';
import { parseReportJson } from '../../main/import/report-json';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { openTestApi } from '../helpers/app-api';

const NOW = new Date('2026-05-01T12:00:00.000Z');

async function reviewedApi(t: Parameters<typeof openTestApi>[0]) {
  const api = await openTestApi(t);
  const articleId = (await api.call('getWorkspace')).value.articles[0].id as string;
  const claims = (await api.call('getArticle', { articleId })).value.claims.filter((c: any) => c.kind !== 'heading');
  await api.call('updateSettings', { reviewerName: 'Ana Reviewer', organisation: 'Desk Verify' });
  await api.call('setReview', {
    articleId,
    claimId: claims[0].id,
    status: 'verified',
    note: 'Two sources.\nSecond line.',
  });
  await api.call('setReview', { articleId, claimId: claims[1].id, status: 'disputed' });
  await api.call('setReview', { articleId, claimId: claims[1].id, note: '=cmd|calc — kept as text' });
  await api.call('setReview', { articleId, claimId: claims[2].id, status: 'unsourced' });
  const ev = await api.call('addEvidence', {
    articleId,
    claimId: claims[0].id,
    url: 'https://source.example/a',
    title: 'Source A',
  });
  return { api, articleId, claims, evidenceAdded: ev.ok === true };
}

test('JSON report: export, restore into a new workspace, export again gives the identical review', async (t) => {
  const { api, articleId, evidenceAdded } = await reviewedApi(t);
  api.dialogAnswers.reportPath = join(api.dir, 'report.json');
  const saved = await api.call('saveReport', { articleId, format: 'json' });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  assert.equal(saved.value.format, 'json');
  const first = await readFile(join(api.dir, 'report.json'), 'utf8');
  const json = JSON.parse(first);
  assert.equal(json.format, 'claimdesk-report');
  assert.equal(json.version, 1);
  const entry = json.articles[0];
  assert.ok(entry.article.text.length > 1000 && entry.article.claims.length > 15, 'article, text and claims');
  assert.ok(
    entry.article.claims.some((c: any) => c.attributions.length > 0 && c.attributions[0].cue.length > 0),
    'spans and attributions',
  );
  assert.ok(
    Object.values(entry.reviews).some((r: any) => r.history.length >= 2 && r.anchor.quote),
    'history and anchors',
  );
  assert.ok(entry.outlets.length > 0 && entry.summary.counts.verified === 1);
  if (evidenceAdded)
    assert.ok(
      Object.values(entry.reviews).some((r: any) => r.evidence?.[0]?.url === 'https://source.example/a'),
      'evidence',
    );

  const parsed = parseReportJson(first);
  const target = await WorkspaceStore.open(join(api.dir, 'w2.json'), { now: () => NOW });
  t.after(() => target.close());
  const restored = await restoreReport(target, parsed, NOW);
  assert.equal(restored.articles.length, 1);
  assert.equal(restored.articles[0]!.reviewedCount, 3);
  assert.deepEqual(restored.renamed, []);
  assert.deepEqual(target.data.reviews[articleId], api.store.data.reviews[articleId], 'the review restored exactly');
  assert.deepEqual(
    target.data.articles[0],
    api.store.data.articles.find((a) => a.id === articleId),
    'the article restored exactly',
  );

  // Again, from the new workspace (after reopening it from disk), with the same clock and settings.
  await target.close();
  const reopened = await WorkspaceStore.open(join(api.dir, 'w2.json'), { readOnly: true });
  t.after(() => reopened.close());
  const options = { generatedAt: NOW, organisation: 'Desk Verify', generator: GENERATOR };
  const again = buildReport('json', reportInputs(reopened.data, [articleId]), options).content;
  assert.equal(again, first, 'identical JSON after the round trip');

  // Restoring into a workspace that already holds the article puts the copy beside it.
  const twice = await restoreReport(api.store, parsed, NOW);
  assert.equal(twice.renamed[0]!.to, `${articleId}-2`);
  assert.deepEqual(api.store.data.reviews[`${articleId}-2`], api.store.data.reviews[articleId]);
});

test('reading a JSON report: clear messages, and prototype-pollution keys ignored', async (t) => {
  const { api, articleId } = await reviewedApi(t);
  const content = buildReport('json', reportInputs(api.store.data, [articleId]), {
    generatedAt: NOW,
    generator: GENERATOR,
  }).content;
  assert.throws(() => parseReportJson('{nope'), /not valid JSON/);
  assert.throws(() => parseReportJson('{"format":"other"}'), /not a ClaimDesk JSON report/);
  assert.throws(() => parseReportJson('{"format":"claimdesk-report","version":9,"articles":[]}'), /newer ClaimDesk/);
  const bad = JSON.parse(content);
  bad.articles[0].article.claims[2].end += 3;
  assert.throws(
    () => parseReportJson(JSON.stringify(bad)),
    /articles\[0\]\.article\.claims\[2\]\.text does not match the article text at its offsets/,
  );
  const badStatus = JSON.parse(content);
  (Object.values(badStatus.articles[0].reviews)[0] as any).status = 'true';
  assert.throws(
    () => parseReportJson(JSON.stringify(badStatus)),
    /status must be pending, verified, disputed or unsourced/,
  );

  const badVerdict = JSON.parse(content);
  (Object.values(badVerdict.articles[0].reviews)[0] as any).verdict = { rating: { evil: 1 }, explanation: '' };
  assert.throws(() => parseReportJson(JSON.stringify(badVerdict)), /verdict\.rating must be text/);
  (Object.values(badVerdict.articles[0].reviews)[0] as any).verdict = {
    rating: 'False',
    explanation: '',
    ratingValue: 1.5,
  };
  assert.throws(() => parseReportJson(JSON.stringify(badVerdict)), /verdict\.ratingValue must be a whole number/);
  (Object.values(badVerdict.articles[0].reviews)[0] as any).verdict = {
    rating: 'False',
    explanation: 'x',
    ratingValue: 1,
  };
  assert.doesNotThrow(
    () => parseReportJson(JSON.stringify(badVerdict)),
    'a well-formed verdict travels with the report',
  );

  const polluted = content
    .replace(
      '"format": "claimdesk-report",',
      '"format": "claimdesk-report", "__proto__": { "polluted": true }, "constructor": { ' +
        '"prototype": { "polluted": true } },',
    )
    .replace('"reviews": {', '"reviews": { "__proto__": { "status": "verified", "polluted": true },');
  const parsed = parseReportJson(polluted);
  assert.equal(({} as any).polluted, undefined);
  assert.ok(!Object.hasOwn(parsed.articles[0]!.reviews, '__proto__'));
  const tables = JSON.parse(content);
  tables.articles[0].tables = { reviews: { x: 1 }, settings: { organisation: 'evil' }, unknownTable: { a: 1 } };
  const target = await WorkspaceStore.open(join(api.dir, 'w3.json'), { now: () => NOW });
  t.after(() => target.close());
  const result = await restoreReport(target, parseReportJson(JSON.stringify(tables)), NOW);
  assert.equal(target.data.settings.organisation, '', 'a report cannot change settings');
  assert.equal(result.notices.filter((n) => /was not restored/.test(n)).length, 3);
  assert.equal(({} as any).polluted, undefined);
});

test('renderReport previews every format; saveReport writes it with the right extension', async (t) => {
  const { api, articleId } = await reviewedApi(t);
  for (const format of ['md', 'html', 'json', 'csv', 'claimreview'] as const) {
    const r = await api.call('renderReport', {
      articleIds: [articleId],
      format,
      options: { reviewedOnly: true, groupBy: 'status', reportUrl: 'https://desk.example/r' },
    });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.match(r.value.html, /<svg class="status-chart"/);
    assert.equal(r.value.listed, format === 'json' ? r.value.total : 3);
    if (format === 'csv' || format === 'json' || format === 'claimreview') assert.ok(r.value.text.length > 10);
    else assert.equal(r.value.text, undefined);
    api.dialogAnswers.reportPath = join(api.dir, `out.${format}`);
    const saved = await api.call('saveReport', { articleId, format });
    assert.equal(saved.ok, true);
    assert.match(saved.value.path, new RegExp(`out\\.${format}$`));
    assert.ok(saved.value.bytes > 100);
  }
  const csv = await readFile(join(api.dir, 'out.csv'), 'utf8');
  assert.ok(csv.startsWith('\uFEFF') && csv.includes("'=cmd|calc"), 'CSV with BOM and the formula neutralised');
  const pdf = await api.call('saveReport', { articleId, format: 'pdf' });
  assert.equal(pdf.ok, false);
  assert.match(pdf.error.message, /PDF printing is not available here/);
  for (const bad of [
    { articleId, format: 'docx' },
    { articleIds: [] },
    { articleId, options: { minCheckworthiness: 2 } },
    { articleId, options: { reportUrl: 'javascript:alert(1)' } },
    { articleId, extra: 1 },
  ]) {
    const r = await api.call('renderReport', bad);
    assert.equal(r.ok, false, JSON.stringify(bad));
    assert.equal(r.error.code, 'bad-request');
  }
  const missing = await api.call('renderReport', { articleIds: [articleId, 'a-nope'] });
  assert.equal(missing.error.code, 'not-found');
});

test('the report formats come from one table, and what each one lists follows it', async (t) => {
  const api = await openTestApi(t);
  const formats = (await api.call('reportFormats')).value as { format: string; textual: boolean; complete: boolean }[];
  assert.deepEqual(
    formats.map((f) => f.format),
    ['md', 'html', 'pdf', 'json', 'csv', 'claimreview'],
  );
  const articleId = (await api.call('getWorkspace')).value.articles[0].id;
  for (const f of formats) {
    const r = (await api.call('renderReport', { articleId, format: f.format, options: { reviewedOnly: true } })).value;
    assert.equal(r.text !== undefined, f.textual, `${f.format}: a text preview exactly when the table says so`);
    if (f.complete) assert.equal(r.listed, r.total, `${f.format} lists every claim whatever the selection`);
    else assert.ok(r.listed < r.total, `${f.format} follows the selection (pending claims left out)`);
  }
});

test('the window and the reports show a status with the same word and glyph', async (t) => {
  const api = await openTestApi(t);
  const statuses = (await api.call('reviewStatuses')).value as { status: string; label: string; glyph: string }[];
  assert.deepEqual(
    statuses.map((s) => s.status),
    ['verified', 'disputed', 'unsourced', 'pending'],
  );
  const articleId = (await api.call('getWorkspace')).value.articles[0].id;
  const claims = (await api.call('getArticle', { articleId })).value.claims.filter(
    (c: { kind: string }) => c.kind !== 'heading',
  );
  for (const [i, s] of statuses.slice(0, 3).entries())
    await api.call('setReview', { articleId, claimId: claims[i].id, status: s.status });
  const md = (await api.call('renderReport', { articleId, format: 'md' })).value.markdown as string;
  for (const s of statuses) assert.ok(md.includes(`${s.glyph} ${s.label}`), `the report shows "${s.glyph} ${s.label}"`);
});
