// Every main-side door (issue 8), with every corpus payload, through the real dispatch over a real workspace:
// paste, .txt, .md, .html and URL import, the note, the evidence link and its title, the article's title and
// metadata, the speaker correction, a user outlet's name and aliases, the
// reviewer and organisation settings, the JSON report import, and every report format. Nothing throws (each call
// answers ok or a typed bad-request), what the person typed is stored as they typed it, and the rendered reports
// hold no executable markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { Marked } from 'marked';
import { hostileCorpus, POLLUTION_KEY, storedPayloads, type HostilePayload } from '../fixtures/hostile/corpus';
import { parseReportJson } from '../../main/import/report-json';
import { restoreReport } from '../../main/api/report-restore';
import { REPORT_FORMATS } from '../../main/core/report/formats';
import { openTestApi, type TestApi } from '../helpers/app-api';
import { activeMarkup } from './report-safety';

const CORPUS = hostileCorpus({ enormousScale: 0.05 });
const plainMarked = new Marked({ gfm: true, async: false });
const BASE_ARTICLE =
  'Minister Denies Report\n\nThe minister said on Tuesday that the report was false, ' +
  'according to Reuters.\n\nOfficials said the figures would be published next week.\n';

const label = (p: HostilePayload) => `${p.id} (${p.category})`;
const polluted = () =>
  (({}) as Record<string, unknown>)[POLLUTION_KEY] !== undefined ||
  (Object.prototype as Record<string, unknown>)[POLLUTION_KEY] !== undefined;

/** A call must answer ok, or refuse with a typed bad-request: never 'failed' (a crash turned into an error). */
function answered(r: { ok: boolean; error?: { code: string; message: string } }, what: string): boolean {
  if (!r.ok) assert.equal(r.error!.code, 'bad-request', `${what}: ${r.error!.code} ${r.error!.message}`);
  return r.ok;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** What the paste and .txt doors store: a leading BOM dropped, line endings made \n. */
const asImported = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s).replace(/\r\n?/g, '\n');

async function checkReports(api: TestApi, articleId: string, what: string): Promise<void> {
  for (const format of REPORT_FORMATS) {
    const r = await api.call('renderReport', { articleId, format });
    assert.ok(answered(r, `${what} ${format} report`));
    const problems = activeMarkup(r.value.html, { allow: ['svg'] });
    assert.deepEqual(problems, [], `${what}: ${format} preview HTML`);
    if (r.value.text !== undefined && !r.value.truncated && format !== 'csv') JSON.parse(r.value.text);
  }
}

async function baseArticle(api: TestApi): Promise<{ articleId: string; claimId: string }> {
  const p = await api.call('previewImport', { text: BASE_ARTICLE });
  const c = await api.call('commitImport', { previewId: p.value.previewId, meta: {} });
  const articleId = c.value.summary.id as string;
  const view = await api.call('getArticle', { articleId });
  const claim = view.value.claims.find((x: { kind: string }) => x.kind !== 'heading');
  return { articleId, claimId: claim.id };
}

test(
  'import doors (paste, .txt, .md, .html): every payload is read or refused politely, stored ' +
    'as given, and reported inertly',
  async (t) => {
    const api = await openTestApi(t, { seeds: false });
    for (const p of CORPUS) {
      for (const door of ['paste', 'txt', 'md', 'html'] as const) {
        const what = `${label(p)} via ${door}`;
        const request = door === 'paste' ? { text: p.payload } : { text: p.payload, fileName: `hostile.${door}` };
        const preview = await api.call('previewImport', request);
        if (!answered(preview, what)) continue;
        if ((door === 'paste' && preview.value.format === 'txt') || door === 'txt') {
          assert.equal(preview.value.text, asImported(p.payload), `${what}: the text is kept as given`);
        }
        const commit = await api.call('commitImport', { previewId: preview.value.previewId, meta: {} });
        if (!answered(commit, `${what} commit`)) continue;
        const articleId = commit.value.summary.id;
        const view = await api.call('getArticle', { articleId });
        assert.equal(view.value.text, preview.value.text, `${what}: stored text equals the preview`);
        if (door === 'paste' || door === 'txt' || p.category === 'enormous') {
          if (p.category !== 'enormous') await checkReports(api, articleId, what);
        } else {
          const r = await api.call('renderReport', { articleId, format: 'html' });
          assert.deepEqual(activeMarkup(r.value.html, { allow: ['svg'] }), [], `${what}: html report`);
        }
        assert.ok(!polluted(), `${what}: Object.prototype untouched`);
        await api.call('deleteArticle', { articleId });
      }
    }
    // Closed here, before the temp folder goes: the helper's after-hooks remove the folder first (FIFO), which
    // races the store's closing compaction ("ENOENT rename ... workspace.json.journal").
    await api.close();
  },
);

test(
  'URL import door: every stored payload served as a page is read or refused politely, and ' + 'reported inertly',
  async (t) => {
    let body = '';
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article`;
    const api = await openTestApi(t, { seeds: false });
    await api.call('setImportSettings', { allowPrivateNetwork: true });
    for (const p of storedPayloads()) {
      for (const page of [
        p.payload,
        `<html><head><title>${p.payload}</title></head><body><article><p>The minister said on ` +
          `Tuesday that the report was false.</p>${p.payload}</article></body></html>`,
      ]) {
        body = page;
        const preview = await api.call('previewImport', { url });
        if (!answered(preview, `${label(p)} via URL`)) continue;
        const commit = await api.call('commitImport', { previewId: preview.value.previewId, meta: {} });
        if (!answered(commit, `${label(p)} via URL commit`)) continue;
        const r = await api.call('renderReport', { articleId: commit.value.summary.id, format: 'html' });
        assert.deepEqual(activeMarkup(r.value.html, { allow: ['svg'] }), [], `${label(p)} via URL: html report`);
        await api.call('deleteArticle', { articleId: commit.value.summary.id });
      }
    }
  },
);

test(
  'review doors (note, evidence link and title, article metadata, speaker correction, ' +
    'settings): stored as typed, reported inertly',
  async (t) => {
    const api = await openTestApi(t, { seeds: false });
    const { articleId } = await baseArticle(api);
    for (const p of CORPUS) {
      const what = label(p);
      let view = await api.call('getArticle', { articleId });
      const claimId = view.value.claims.find((x: { kind: string }) => x.kind !== 'heading').id;

      // The note: kept exactly, whatever it holds (up to 100,000 characters).
      const note = await api.call('setReview', { articleId, claimId, status: 'disputed', note: p.payload });
      if (answered(note, `${what} note`))
        assert.equal(note.value.note, p.payload, `${what}: the note is stored as typed`);

      // The evidence link: http(s) only; its title kept as text.
      const evidence = await api.call('addEvidence', { articleId, claimId, url: p.payload, title: p.payload });
      if (answered(evidence, `${what} evidence url`)) {
        const link = evidence.value.evidence.at(-1);
        assert.match(link.url, /^https?:\/\//i, `${what}: only an http(s) evidence link is kept`);
      }
      const titled = await api.call('addEvidence', {
        articleId,
        claimId,
        url: 'https://example.com/source',
        title: p.payload,
      });
      if (answered(titled, `${what} evidence title`)) {
        const link = titled.value.evidence.at(-1);
        assert.equal(
          link.title ?? '',
          collapse(p.payload).slice(0, 500),
          `${what}: the evidence title is stored as typed (spaces collapsed)`,
        );
      }

      // The article's title and metadata.
      const meta = await api.call('updateArticleMeta', {
        articleId,
        meta: { title: p.payload, publisher: p.payload, author: p.payload, date: p.payload },
      });
      if (answered(meta, `${what} title`))
        assert.equal(
          meta.value.meta.title,
          collapse(p.payload).slice(0, 300) || meta.value.meta.title,
          `${what}: the title is stored as typed`,
        );
      const url = await api.call('updateArticleMeta', { articleId, meta: { url: p.payload } });
      if (answered(url, `${what} article url`) && url.value.meta.url) assert.match(url.value.meta.url, /^https?:\/\//i);

      // The speaker, corrected by hand: the one name a person types into a claim.
      const speaker = await api.call('correctClaim', {
        articleId,
        correction: { type: 'speaker', claimId, name: p.payload },
      });
      answered(speaker, `${what} speaker`);

      // A user outlet named with the payload, set as the claim's outlet: its name reaches the chip and every report.
      const outlet = await api.call('saveUserOutlet', {
        outlet: {
          name: p.payload,
          aliases: [p.payload],
          domains: ['hostile-outlet.example'],
          country: 'GB',
          language: 'en',
          kind: 'online',
        },
      });
      if (answered(outlet, `${what} outlet name`)) {
        assert.equal(
          outlet.value.outlet.name,
          collapse(p.payload).slice(0, outlet.value.outlet.name.length),
          `${what}: the outlet name is stored as typed`,
        );
        answered(
          await api.call('correctClaim', {
            articleId,
            correction: { type: 'outlet', claimId, outletId: outlet.value.outlet.id },
          }),
          `${what} outlet correction`,
        );
        const search = await api.call('searchOutlets', { query: p.payload.slice(0, 100) });
        answered(search, `${what} outlet search`);
      }

      // The reviewer's name and the organisation go into every report.
      answered(
        await api.call('updateSettings', { reviewerName: p.payload, organisation: p.payload }),
        `${what} settings`,
      );

      await checkReports(api, articleId, what);
      const links = await api.call('outletLinks', { articleId, claimId });
      if (links.ok)
        for (const v of [links.value.home, links.value.search, links.value.articleUrl, links.value.articleArchive])
          if (v) assert.match(v, /^https?:\/\//);
      assert.ok(!polluted(), `${what}: Object.prototype untouched`);
      // Undo the speaker correction so that the next payload finds the claim as extracted.
      view = await api.call('getArticle', { articleId });
      for (const c of view.value.corrections ?? [])
        await api.call('removeCorrection', { articleId, correctionId: c.id });
    }
    await api.close();
  },
);

test(
  'JSON report import door: payloads in a report survive a round trip as text; pollution keys ' + 'are dropped',
  async (t) => {
    const api = await openTestApi(t, { seeds: false });
    const { articleId, claimId } = await baseArticle(api);
    const target = await openTestApi(t, { seeds: false });
    for (const p of storedPayloads()) {
      await api.call('setReview', { articleId, claimId, status: 'verified', note: p.payload });
      await api.call('updateArticleMeta', { articleId, meta: { title: `Report ${p.payload}`.slice(0, 400) } });
      const json = (await api.call('renderReport', { articleId, format: 'json' })).value.text as string;
      const restored = await restoreReport(target.store, parseReportJson(json), new Date('2026-05-01T12:00:00Z'));
      const id = restored.articles[0]!.id;
      const view = await target.call('getArticle', { articleId: id });
      assert.ok(answered(view, `${label(p)} restored`));
      assert.equal(
        view.value.reviews[claimId].note,
        p.payload,
        `${label(p)}: the note survives the JSON round trip as text`,
      );
      await checkReports(target, id, `${label(p)} restored`);
    }
    // Pollution payloads at every level of a report: parsed, restored, and Object.prototype untouched.
    const json = (await api.call('renderReport', { articleId, format: 'json' })).value.text as string;
    for (const p of storedPayloads().filter((x) => x.category === 'prototype-pollution' && x.payload.startsWith('{'))) {
      const inner = p.payload.slice(1, -1);
      for (const variant of [
        json.replace(/^\{/, `{${inner},`),
        json.replace('"article": {', `"article": {${inner},`),
        json.replace('"meta": {', `"meta": {${inner},`),
        json.replace('"reviews": {', `"reviews": {${inner},`),
      ]) {
        try {
          const parsed = parseReportJson(variant);
          await restoreReport(target.store, parsed, new Date('2026-05-01T12:00:00Z'));
        } catch (e) {
          assert.equal((e as Error).name, 'ReportJsonError', `${label(p)}: ${(e as Error).message}`);
        }
        assert.ok(!polluted(), `${label(p)}: Object.prototype untouched by a report import`);
      }
    }
    const ws = await target.call('getWorkspace');
    assert.ok(answered(ws, 'workspace after pollution imports'));
    await api.close();
    await target.close();
  },
);

test('a restored report with a javascript: article URL never yields a non-http link', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const { articleId, claimId } = await baseArticle(api);
  const json = (await api.call('renderReport', { articleId, format: 'json' })).value.text as string;
  const report = JSON.parse(json);
  report.articles[0].article.meta.url = "javascript:__hostileTrap('restored-url')";
  const target = await openTestApi(t, { seeds: false });
  await restoreReport(target.store, parseReportJson(JSON.stringify(report)), new Date());
  const id = target.store.data.articles[0]!.id;
  const links = await target.call('outletLinks', { articleId: id, claimId });
  assert.ok(answered(links, 'outletLinks'));
  for (const v of [links.value.home, links.value.search, links.value.articleUrl, links.value.articleArchive])
    if (v) assert.match(v, /^https?:\/\//);
  await checkReports(target, id, 'restored javascript: URL');
  const opened = await target.call('openExternal', { url: "javascript:__hostileTrap('open')" });
  assert.equal(opened.ok, false);
});

test('workspace files with __proto__, constructor and prototype keys open without polluting anything', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const { articleId } = await baseArticle(api);
  await api.call('setReview', {
    articleId,
    claimId: (await api.call('getArticle', { articleId })).value.claims.find(
      (c: { kind: string }) => c.kind !== 'heading',
    ).id,
    status: 'verified',
    note: 'ok',
  });
  await api.close();
  const original = await readFile(api.workspacePath, 'utf8');
  const marked = `{"${POLLUTION_KEY}":"yes"}`;
  const pollution = `"__proto__":${marked},"constructor":{"prototype":${marked}},"prototype":${marked}`;
  const variants = [
    original.replace(/^\{/, `{${pollution},`),
    original
      .replace('"settings":{', `"settings":{${pollution},`)
      .replace('"settings": {', `"settings": {${pollution},`),
    original.replace('"reviews":{', `"reviews":{${pollution},`).replace('"reviews": {', `"reviews": {${pollution},`),
    original.replace('"meta":{', `"meta":{${pollution},`).replace('"meta": {', `"meta": {${pollution},`),
  ];
  for (const [i, content] of variants.entries()) {
    assert.notEqual(content, original, `variant ${i} changed the file`);
    await writeFile(api.workspacePath, content);
    const reopened = await openTestApi(t, { seeds: false, workspacePath: api.workspacePath });
    const ws = await reopened.call('getWorkspace');
    assert.ok(answered(ws, `variant ${i} getWorkspace`));
    for (const a of ws.value.articles) {
      assert.ok(answered(await reopened.call('getArticle', { articleId: a.id }), `variant ${i} getArticle`));
      await checkReports(reopened, a.id, `variant ${i}`);
    }
    assert.ok(answered(await reopened.call('updateSettings', { reviewerName: 'Ana' }), `variant ${i} updateSettings`));
    assert.ok(!polluted(), `variant ${i}: Object.prototype untouched`);
    await reopened.close();
  }
});

test('ids that name prototype keys are refused or not found, never a crash', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const { articleId } = await baseArticle(api);
  for (const key of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']) {
    for (const [channel, request] of [
      ['getArticle', { articleId: key }],
      ['setReview', { articleId, claimId: key, status: 'verified' }],
      ['setReview', { articleId: key, claimId: key, note: 'x' }],
      ['addEvidence', { articleId, claimId: key, url: 'https://example.com' }],
      ['removeEvidence', { articleId, claimId: key, evidenceId: key }],
      ['attachOrphan', { articleId, orphanId: key, claimId: key }],
      ['removeCorrection', { articleId, correctionId: key }],
      ['renderReport', { articleId: key, format: 'md' }],
      ['commitImport', { previewId: key, meta: {} }],
      ['deleteArticle', { articleId: key }],
    ] as const) {
      const r = await api.call(channel, request);
      assert.equal(r.ok, false, `${channel} ${key}`);
      assert.ok(
        ['bad-request', 'not-found'].includes(r.error.code),
        `${channel} ${key}: ${r.error.code} ${r.error.message}`,
      );
    }
  }
  assert.ok(!polluted());
});

// The .md report is read in ordinary Markdown viewers (GitHub, editors' previews, marked with its defaults), which
// render images and raw HTML. Found here: an evidence title "![x](http://attacker.invalid/p.png)" is escaped as
// "!\\[x\\](...)", but it sits inside the link text "[title](<url>)", where marked (and CommonMark viewers)
// re-read the label and the image comes back: the report loads a remote image (a tracking pixel) when opened.
test('the Markdown report, as an ordinary Markdown viewer renders it, loads and runs nothing', async (t) => {
  const api = await openTestApi(t, { seeds: false });
  const { articleId, claimId } = await baseArticle(api);
  const failures: string[] = [];
  for (const p of storedPayloads()) {
    await api.call('setReview', { articleId, claimId, status: 'disputed', note: p.payload });
    await api.call('addEvidence', { articleId, claimId, url: 'https://example.com/source', title: p.payload });
    await api.call('updateArticleMeta', {
      articleId,
      meta: { title: p.payload, publisher: p.payload, author: p.payload, date: p.payload },
    });
    await api.call('updateSettings', { reviewerName: p.payload, organisation: p.payload });
    const md = (await api.call('renderReport', { articleId, format: 'md' })).value.markdown as string;
    const problems = activeMarkup(plainMarked.parse(md) as string);
    if (problems.length) failures.push(`${label(p)}: ${problems.join('; ')}`);
    const view = await api.call('getArticle', { articleId });
    for (const e of view.value.reviews[claimId]?.evidence ?? [])
      await api.call('removeEvidence', { articleId, claimId, evidenceId: e.id });
  }
  await api.close();
  assert.deepEqual(failures, []);
});
