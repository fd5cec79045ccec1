// The CLI's workspace commands under faults: many writers at once, a full disk, bad files, a report aimed at
// the workspace, leftovers of killed writers, a retried import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_SUFFIX, WorkspaceStore } from '../../main/store/workspace-store';
import { fillUntil, shortWritesFor, smallTmpfs } from '../helpers/full-disk';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const run = runCli;

const SAMPLE = 'seeds/putin-kim-letter.txt';

/** A full open and close, as the app does: the good snapshot is backed up, the journal folded in. */
async function openFully(w: string): Promise<void> {
  const store = await WorkspaceStore.open(w);
  await store.close();
}

/** Without the claim index, mark opens the workspace in full (backup at open, snapshot rewrite at close). */
const withoutIndex = (w: string) => rm(`${w}.index`, { force: true });

async function claimsOf(w: string) {
  const r = await run(['list', '--workspace', w, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const { articles } = JSON.parse(r.out) as {
    articles: { id: string; claims: { id: string; kind: string; status: string | null; note: string }[] }[];
  };
  return { articleId: articles[0]!.id, claims: articles[0]!.claims.filter((c) => c.kind !== 'heading') };
}

function runProcess(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['main/cli/claimdesk.cjs', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ code, err }));
  });
}

test(
  '20 concurrent `claimdesk mark` processes, several rounds: every one that exits 0 has its change',
  { timeout: 300_000 },
  async (t) => {
    // The command runs dist/cli.cjs, which `npm test` builds first (never rebuilt here: other tests run it too).
    const w = join(await tempDir(t), 'w.json');
    assert.equal((await run(['import', SAMPLE, '--workspace', w])).code, 0);
    const { claims } = await claimsOf(w);
    assert.ok(claims.length >= 20, `${claims.length} claims`);
    const statuses = ['verified', 'disputed', 'unsourced'];
    let succeeded = 0;
    for (let round = 0; round < 3; round++) {
      const note = `round ${round}`;
      const results = await Promise.all(
        claims
          .slice(0, 20)
          .map((c, i) =>
            runProcess([
              'mark',
              '--workspace',
              w,
              '--claim',
              c.id,
              '--status',
              statuses[(i + round) % 3]!,
              '--note',
              note,
              '--wait',
              '120',
            ]).then((r) => ({ ...r, claim: c.id, status: statuses[(i + round) % 3]! })),
          ),
      );
      const after = new Map((await claimsOf(w)).claims.map((c) => [c.id, c]));
      for (const r of results) {
        if (r.code === 0) {
          succeeded += 1;
          assert.equal(after.get(r.claim)?.note, note, `${r.claim} exited 0 in round ${round}: its change is there`);
          assert.equal(after.get(r.claim)?.status, r.status);
        } else {
          assert.equal(r.code, 75, r.err); // only ever "someone else holds it", never a lost or garbled write
        }
      }
    }
    assert.ok(succeeded >= 40, `${succeeded} of 60 marks succeeded within the wait`);
  },
);

test('mark on a full disk: kept in the journal when it is, "not saved" when it is not, in words', async (t) => {
  const w = join(await tempDir(t), 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  const { claims } = await claimsOf(w);
  {
    await withoutIndex(w);
    shortWritesFor(t, (target) => target === w); // the snapshot rewrite fails; the journal append works
    const r = await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'verified']);
    assert.equal(r.code, 0, 'the change is durable in the journal');
    assert.equal(
      r.err,
      `claimdesk: mark: the disk is full; your change is kept in the journal (${w}${JOURNAL_SUFFIX}) and will be ` +
        `written into the workspace the next time it is opened with space to spare. Do not delete that file.\n`,
    );
  }
});

test('mark when even the journal append fails: the change was not saved, said as it is', async (t) => {
  const w = join(await tempDir(t), 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  const { claims } = await claimsOf(w);
  shortWritesFor(t, (target) => target === w + JOURNAL_SUFFIX);
  const r = await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'verified']);
  assert.equal(r.code, 1);
  assert.equal(
    r.err,
    `claimdesk: mark: The disk is full: ClaimDesk could not save to ${w}. The change was not saved; the workspace is ` +
      `as it was before.\n`,
  );
  assert.ok(!r.err.includes('kept in ClaimDesk'), 'the CLI keeps nothing once it exits');
});

test(
  'mark on a really full disk (small tmpfs): no raw ENOSPC, no 0-byte lock, nothing acknowledged ' + 'lost',
  async (t) => {
    const disk = await smallTmpfs(t, 1024 * 1024);
    if ('skip' in disk) return t.skip(disk.skip);
    const w = join(disk.dir, 'w.json');
    assert.equal((await run(['import', SAMPLE, '--workspace', w])).code, 0);
    const { claims } = await claimsOf(w);
    await fillUntil(disk.dir, 0);
    const r = await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'verified']);
    assert.equal(r.code, 1);
    assert.ok(!/ENOSPC|no space left/.test(r.err), r.err);
    assert.match(r.err, /The disk is full/);
    assert.ok(!(await readdir(disk.dir)).some((n) => n.endsWith('.lock')), 'no lock file is left behind');
    await rm(join(disk.dir, 'filler'));
    assert.equal((await claimsOf(w)).claims.length, claims.length, 'the workspace is intact');
  },
);

test('an article without claims: named, opened read-only, never rotated into the backups', async (t) => {
  const dir = await tempDir(t);
  const w = join(dir, 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  const { articleId, claims } = await claimsOf(w);
  await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'verified']);
  await openFully(w); // a good backup exists
  const backupsBefore = (await readdir(`${w}.backups`)).sort();
  const doc = JSON.parse(await readFile(w, 'utf8'));
  doc.articles.push({ ...doc.articles[0], id: 'a-broken', claims: undefined }, null);
  await writeFile(w, JSON.stringify(doc));
  for (let i = 0; i < 6; i++) {
    const r = await run(['mark', '--workspace', w, '--claim', claims[1]!.id, '--status', 'disputed']);
    assert.equal(r.code, 1);
    assert.ok(!/TypeError/.test(r.err), r.err);
    assert.match(
      r.err,
      /Part of the workspace file .* is damaged, so it is open read-only with the rest: article 2 \(a-broken\): claims is missing; article 3: it is not an object\./,
    );
    assert.match(r.err, /mark: the workspace is read-only; nothing was changed\.\n$/);
  }
  assert.deepEqual((await readdir(`${w}.backups`)).sort(), backupsBefore, 'no retry replaced a good backup');
  const list = await run(['list', '--workspace', w]);
  assert.equal(list.code, 1, 'list does not pretend all is well');
  assert.match(list.out, new RegExp(articleId));
});

for (const [label, content] of [
  ['null', 'null'],
  ['not JSON', '{"schemaVersion": 2, "articles": ['],
] as const) {
  test(`a workspace file holding ${label}: list exits non-zero, a writer restores the backup`, async (t) => {
    const w = join(await tempDir(t), 'w.json');
    await run(['import', SAMPLE, '--workspace', w]);
    const { claims } = await claimsOf(w);
    await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'verified']);
    await openFully(w); // a good backup exists
    await writeFile(w, content);
    const list = await run(['list', '--workspace', w]);
    assert.equal(list.code, 1);
    assert.match(list.err, /The workspace file could not be read because .*Shown instead: the newest good backup/);
    const mark = await run(['mark', '--workspace', w, '--claim', claims[1]!.id, '--status', 'disputed']);
    assert.equal(mark.code, 0, mark.err);
    assert.match(mark.err, /It was moved aside to .*w\.json\.corrupt-.*the newest good backup .* was restored/);
    const after = await claimsOf(w);
    assert.equal(after.claims.find((c) => c.id === claims[0]!.id)?.status, 'verified');
    assert.equal(after.claims.find((c) => c.id === claims[1]!.id)?.status, 'disputed');
  });
}

test('a bad file restored from the backup taken at open gets the journal changes made after it', async (t) => {
  const w = join(await tempDir(t), 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  const { claims } = await claimsOf(w);
  await openFully(w);
  await withoutIndex(w);
  // This mark's session backs up the file at open, then writes the change: the newest change is after the backup.
  assert.equal((await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'unsourced'])).code, 0);
  await writeFile(w, '{"schemaVersion":2,"art'); // the snapshot goes bad afterwards
  const store = await WorkspaceStore.open(w);
  t.after(() => store.close());
  assert.match(store.notices[0]!, /was restored\. 1 later change from the journal was applied to it\.$/);
  const reviews = Object.values(store.data.reviews)[0]!;
  assert.equal(reviews[claims[0]!.id]?.status, 'unsourced', 'the newest change is not lost');
});

test('report --out refuses the workspace, its journal, lock and backups, and writes atomically', async (t) => {
  const dir = await tempDir(t);
  const w = join(dir, 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  const before = await readFile(w, 'utf8');
  for (const [target, role] of [
    [w, 'the workspace itself'],
    [`${w}${JOURNAL_SUFFIX}`, 'its journal'],
    [`${w}.lock`, 'its lock file'],
    [join(`${w}.backups`, 'x.json'), 'one of its backups'],
    [join(dir, '.', 'w.json'), 'the workspace itself'],
  ] as const) {
    const r = await run(['report', '--workspace', w, '--format', 'md', '--out', target]);
    assert.equal(r.code, 2);
    assert.equal(r.err, `claimdesk: report: --out ${target} is ${role}; choose another file for the report.\n`);
  }
  assert.equal(await readFile(w, 'utf8'), before, 'the workspace is untouched');
  const out = join(dir, 'report.md');
  await writeFile(out, 'the previous report');
  shortWritesFor(t, (target) => target === out);
  const failed = await run(['report', '--workspace', w, '--format', 'md', '--out', out]);
  assert.equal(failed.code, 1);
  assert.equal(
    failed.err,
    `claimdesk: report: The disk is full: ClaimDesk could not save to ${out}. The previous ${out}, if any, is ` +
      `unchanged.\n`,
  );
  assert.equal(await readFile(out, 'utf8'), 'the previous report', 'never left empty or half written');
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.endsWith('.tmp')),
    [],
  );
});

test('temp files of killed writers are cleaned up by the next writer', async (t) => {
  const dir = await tempDir(t);
  const w = join(dir, 'w.json');
  await run(['import', SAMPLE, '--workspace', w]);
  const gone = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => gone.on('exit', r));
  const leftovers = [
    `.w.json.${gone.pid}.tmp`,
    `.w.json.${gone.pid}.1a2b3c4d.tmp`,
    `.w.json.journal.${gone.pid}.00ff00ff.tmp`,
  ];
  for (const name of leftovers) await writeFile(join(dir, name), '{"half":');
  const { claims } = await claimsOf(w);
  assert.equal((await run(['mark', '--workspace', w, '--claim', claims[0]!.id, '--status', 'verified'])).code, 0);
  assert.deepEqual(
    (await readdir(dir)).filter((n) => n.endsWith('.tmp')),
    [],
  );
});

test('importing the same text again (a retry after a killed import) does not add a duplicate', async (t) => {
  const w = join(await tempDir(t), 'w.json');
  const first = await run(['import', SAMPLE, '--workspace', w]);
  const again = await run(['import', SAMPLE, '--workspace', w]);
  assert.equal(again.code, 0);
  assert.equal(again.out, first.out, 'the same id is printed');
  assert.match(
    again.err,
    /^claimdesk: import: this text is already in the workspace as a-[0-9a-f]{12} \(imported .*\); nothing was added\.\n$/,
  );
  const list = JSON.parse((await run(['list', '--workspace', w, '--format', 'json'])).out);
  assert.equal(list.articles.length, 1);
});
