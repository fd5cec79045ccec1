// Continuous sync: a colleague's mark arrives by itself, signed; with the server gone the status says offline
// with the changes waiting, and everything goes through once it is back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { replicaFolder } from '../../main/sync/connection';
import { LiveSync, type ArrivedChange, type SyncStatus } from '../../main/sync/live';
import { WorkspaceReplica } from '../../main/sync/replica';
import { tempDir } from '../helpers/tmp';
import { openReviewer, type Reviewer } from './clients';
import { sharedDatabase, startTestServer, type TestServer } from './couch-server';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

/** Waits for a condition the sync reaches by itself (no time is asserted; the test runner's timeout bounds it). */
async function until(what: string, check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 50));
  assert.ok(check(), what);
}

async function connect(r: Reviewer, db: string, statuses: SyncStatus[], arrivals: ArrivedChange[]) {
  const replica = await WorkspaceReplica.open(r.store, replicaFolder(r.path), { user: r.name });
  const live = await LiveSync.start(
    r.store,
    replica,
    { server: server.url, db, user: r.name, password: r.password },
    { onStatus: (s) => statuses.push(s), onArrived: (a) => arrivals.push(a), watchMs: 50 },
  );
  return {
    live,
    async stop() {
      await live.stop();
      await replica.close();
    },
  };
}

test(
  'marks arrive live, signed; offline shows what waits; it all goes through when the server is back',
  { timeout: 120_000 },
  async (t) => {
    const dir = await tempDir(t, 'claimdesk-sync-');
    const {
      db,
      names: [ann, bob],
    } = await sharedDatabase(server, 'live', ['ann', 'bob']);
    const a = await openReviewer(server, dir, ann);
    const b = await openReviewer(server, dir, bob);
    const aStatus: SyncStatus[] = [];
    const bArrived: ArrivedChange[] = [];
    const la = await connect(a, db, aStatus, []);
    const lb = await connect(b, db, [], bArrived);
    t.after(async () => {
      await la.stop();
      await lb.stop();
      await a.close();
      await b.close();
    });
    const claim = a.claimIds[0]!;

    await a.mark(claim, 'verified', 'minutes of the council meeting');
    await until('bob receives the mark', () => b.review(claim)?.status === 'verified');
    assert.equal(b.review(claim)?.reviewer, ann);
    await until('the arrival is reported', () =>
      bArrived.some((x) => x.docs.some((d) => d.id.endsWith(claim) && d.by === ann)),
    );
    await until('ann is up to date', () => la.live.current.state === 'up-to-date');

    if (server.real) return;
    await server.kill();
    await a.mark(a.claimIds[1]!, 'disputed');
    await until('ann sees that she is offline with a change waiting', () => {
      const s = la.live.current;
      return s.state === 'offline' && s.count >= 1;
    });
    await server.restart();
    await until('bob receives the change made offline', () => b.review(a.claimIds[1]!)?.status === 'disputed');
    await until('ann is up to date again', () => la.live.current.state === 'up-to-date');
    assert.ok(aStatus.some((s) => s.state === 'offline'));
    assert.equal(b.review(a.claimIds[2]!), undefined, 'nothing else changed');
  },
);
