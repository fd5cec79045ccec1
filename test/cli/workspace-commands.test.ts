import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { lockPathFor, processStartTime } from '../../main/store/lock';
import { WorkspaceStore } from '../../main/store/workspace-store';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const run = runCli;

const SAMPLE = 'seeds/putin-kim-letter.txt';

async function listJson(workspace: string) {
  const r = await run(['list', '--workspace', workspace, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as {
    articles: { id: string; claims: { id: string; kind: string; status: string | null; note: string }[] }[];
  };
}

test('import creates the workspace, list shows it, mark makes a durable change', async (t) => {
  const w = join(await tempDir(t), 'new', 'w.json');
  const imported = await run(['import', SAMPLE, '--workspace', w]);
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.out, /^a-[0-9a-f]{12}\tVladimir Putin Tells Kim Jong Un/);
  const { articles } = await listJson(w);
  assert.equal(articles.length, 1);
  const claim = articles[0]!.claims.find((c) => c.kind !== 'heading')!;
  assert.equal(claim.status, 'pending');

  const marked = await run([
    'mark',
    '--workspace',
    w,
    '--claim',
    claim.id,
    '--status',
    'disputed',
    '--note',
    'Two sources disagree',
  ]);
  assert.equal(marked.code, 0, marked.err);
  assert.equal(marked.out, `${claim.id}\tdisputed\n`);
  // Exit 0 means durable: any later reader (here a fresh read-only open) sees it.
  const reader = await WorkspaceStore.open(w, { readOnly: true });
  const review = reader.data.reviews[articles[0]!.id]?.[claim.id];
  await reader.close();
  assert.equal(review?.status, 'disputed');
  assert.equal(review?.note, 'Two sources disagree');
  assert.deepEqual(
    review?.history.map((h) => [h.field, h.from, h.to]),
    [
      ['status', 'pending', 'disputed'],
      ['note', '', 'Two sources disagree'],
    ],
  );

  const text = await run(['list', '--workspace', w]);
  assert.match(text.out, new RegExp(`${claim.id}  disputed `));
});

test('mark is refused with a clear message while the app holds the workspace', async (t) => {
  const w = join(await tempDir(t), 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  const claimId = (await listJson(w)).articles[0]!.claims.find((c) => c.kind !== 'heading')!.id;
  const app = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  t.after(() => app.kill());
  await new Promise((r) => setTimeout(r, 50));
  await writeFile(
    lockPathFor(w),
    JSON.stringify({
      pid: app.pid,
      host: hostname(),
      owner: 'app',
      since: '2026-05-01T09:00:00Z',
      startTime: processStartTime(app.pid!),
    }),
  );
  const refused = await run(['mark', '--workspace', w, '--claim', claimId, '--status', 'verified', '--wait', '0']);
  assert.equal(refused.code, 75);
  assert.match(
    refused.err,
    /^claimdesk: mark: The ClaimDesk app \(process \d+ on .+\) has this workspace open since 2026-05-01T09:00:00Z\. Make the change there, or close it and try again\.\n$/,
  );
  assert.equal(
    (await listJson(w)).articles[0]!.claims.find((c) => c.id === claimId)!.status,
    'pending',
    'list still reads',
  );
});

test('mark explains mistakes', async (t) => {
  const w = join(await tempDir(t), 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  assert.equal(
    (await run(['mark', '--workspace', w, '--claim', 'nope', '--status', 'verified'])).err,
    'claimdesk: mark: there is no claim nope in this workspace\n',
  );
  assert.equal((await run(['mark', '--workspace', w, '--claim', 'x', '--status', 'true'])).code, 2);
  assert.equal((await run(['mark', '--workspace', w, '--claim', 'x'])).code, 2);
  assert.equal((await run(['mark', '--claim', 'x', '--status', 'verified'])).code, 2);
  const heading = (await listJson(w)).articles[0]!.claims.find((c) => c.kind === 'heading')!;
  assert.match(
    (await run(['mark', '--workspace', w, '--claim', heading.id, '--status', 'verified'])).err,
    /headings are not claims/i,
  );
});

test('import takes .md and .html files, and refuses what it cannot read', async (t) => {
  const dir = await tempDir(t);
  const w = join(dir, 'w.json');
  await writeFile(
    join(dir, 'a.md'),
    '# Senate Vote Delayed\n\nThe majority leader said the vote would slip to June.\n',
  );
  await writeFile(
    join(dir, 'b.html'),
    '<html><head><title>Budget Talks</title><script>alert(1)</script></head><body><nav>Home | ' +
      'World</nav><article><h1>Budget Talks Stall</h1><p>The governor said on Tuesday that the ' +
      'budget talks had stalled over school funding, according to two aides.</p><p>Lawmakers are ' +
      'expected to return to the capital next week to resume negotiations over the spending ' +
      'plan.</p></article></body></html>',
  );
  assert.match((await run(['import', join(dir, 'a.md'), '--workspace', w])).out, /\tSenate Vote Delayed\n$/);
  const html = await run(['import', join(dir, 'b.html'), '--workspace', w]);
  assert.equal(html.code, 0, html.err);
  const { articles } = await listJson(w);
  assert.equal(articles.length, 2);
  const htmlClaims = articles[1]!.claims.map((c) => c.id);
  assert.ok(htmlClaims.length >= 2);
  const listed = (await run(['list', '--workspace', w])).out;
  assert.ok(!listed.includes('alert(1)') && !listed.includes('Home | World'), 'scripts and navigation are dropped');
  assert.match(
    (await run(['import', join(dir, 'missing.txt'), '--workspace', w])).err,
    /cannot read .*missing\.txt: no such file/,
  );
  assert.match((await run(['import', 'ftp://example.org/a.txt', '--workspace', w])).err, /only http and https/);
});

test('import fetches a URL; a loopback address needs --allow-private-network', async (t) => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<html><head><title>Port Strike Ends</title></head><body><article><h1>Port Strike ' +
        'Ends</h1><p>Union leaders said on Friday that dock workers would return to work on Monday ' +
        'after a deal was reached.</p><p>The agreement still needs to be ratified by members in a ' +
        'vote scheduled for later this month.</p></article></body></html>',
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
  const w = join(await tempDir(t), 'w.json');
  const refused = await run(['import', url, '--workspace', w]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /private|loopback|local/i);
  const fetched = await run(['import', url, '--workspace', w, '--allow-private-network']);
  assert.equal(fetched.code, 0, fetched.err);
  assert.match(fetched.out, /\tPort Strike Ends\n$/);
});

test('a JSON report from one workspace restores the same review into another', async (t) => {
  const dir = await tempDir(t);
  const w1 = join(dir, 'w1.json');
  const w2 = join(dir, 'w2.json');
  await run(['import', SAMPLE, '--workspace', w1]);
  const claims = (await listJson(w1)).articles[0]!.claims.filter((c) => c.kind !== 'heading');
  await run([
    'mark',
    '--workspace',
    w1,
    '--claim',
    claims[0]!.id,
    '--status',
    'verified',
    '--note',
    'Checked with KCNA archive',
  ]);
  await run(['mark', '--workspace', w1, '--claim', claims[1]!.id, '--status', 'unsourced']);
  const report = await run(['report', '--workspace', w1, '--format', 'json', '--out', join(dir, 'report.json')]);
  assert.equal(report.code, 0, report.err);
  const restored = await run(['import', join(dir, 'report.json'), '--workspace', w2]);
  assert.equal(restored.code, 0, restored.err);
  const [a, b] = [(await listJson(w1)).articles[0]!, (await listJson(w2)).articles[0]!];
  assert.deepEqual(b.claims, a.claims, 'the same claims with the same statuses and notes');
  const reviewsOf = async (w: string, id: string) => {
    const store = await WorkspaceStore.open(w, { readOnly: true });
    await store.close();
    return store.data.reviews[id];
  };
  const r1 = await reviewsOf(w1, a.id);
  const r2 = await reviewsOf(w2, b.id);
  assert.deepEqual(r2, r1, 'review records (history, anchors) restored exactly');
});
