// A CouchDB-compatible server for the sync tests: pouchdb-server started on 127.0.0.1 in a temp folder (as a
// child process, so a test can kill it and start it again on the same data), or the real CouchDB named by
// COUCHDB_URL (http://admin:password@127.0.0.1:5984). Either way the test gets an admin, users, and a fresh
// database set up the way a newsroom's admin would: _security members and the design document.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { designDocument } from '../../main/sync/validate-doc';

export interface TestServer {
  /** Base URL without credentials, e.g. http://127.0.0.1:5990 */
  url: string;
  real: boolean;
  admin: { user: string; password: string };
  request(method: string, path: string, body?: unknown, auth?: { user: string; password: string }): Promise<any>;
  /** Creates a database with the design document and these members. */
  createDb(name: string, members: string[], options?: { designDoc?: boolean }): Promise<void>;
  addUser(name: string, password: string): Promise<void>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const BIN = resolve('test/sync/pouchdb-server-fixed.cjs');

async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as { port: number }).port;
  srv.close();
  await once(srv, 'close');
  return port;
}

async function waitUp(url: string, child: ChildProcess | null): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child && child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the test server at ${url} did not start`);
}

let unique = 0;
/** A name no earlier test run used (real CouchDB keeps its databases between runs). */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${(unique++).toString(36)}`;
}

/**
 * A new database whose members are new users, one per label, each with the password "pw-" and their name (what
 * openReviewer signs in with). Returns the database and the users' names, in the labels' order.
 */
export async function sharedDatabase<const P extends readonly string[]>(
  server: TestServer,
  label: string,
  people: P,
): Promise<{ db: string; names: { [K in keyof P]: string } }> {
  const db = uniqueName(label);
  const list = people.map((p) => uniqueName(p));
  for (const name of list) await server.addUser(name, `pw-${name}`);
  await server.createDb(db, list);
  return { db, names: list as { [K in keyof P]: string } };
}

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.COUCHDB_URL;
  let child: ChildProcess | null = null;
  let dir = '';
  let url: string;
  let admin: { user: string; password: string };
  let port = 0;

  const start = async () => {
    child = spawn(
      process.execPath,
      [BIN, '-p', String(port), '-o', '127.0.0.1', '-d', dir, '-c', join(dir, 'config.json'), '-n'],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'ignore'],
      },
    );
    await waitUp(url, child);
  };

  if (external) {
    const u = new URL(external);
    admin = { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
    u.username = '';
    u.password = '';
    url = u.href.replace(/\/$/, '');
    await waitUp(url, null);
  } else {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-couch-'));
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    admin = { user: 'admin', password: 'admin-secret' };
    await start();
  }

  const request = async (method: string, path: string, body?: unknown, auth = admin) => {
    const res = await fetch(url + path, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    return { status: res.status, ...json };
  };

  if (!external) {
    // Ends the "admin party": from here on only the admin may create databases and users.
    const res = await fetch(`${url}/_config/admins/${admin.user}`, {
      method: 'PUT',
      body: JSON.stringify(admin.password),
    });
    if (!res.ok) throw new Error(`could not create the test server's admin: ${res.status}`);
  }

  const server: TestServer = {
    url,
    real: !!external,
    admin,
    request,
    async createDb(name, members, options = {}) {
      const made = await request('PUT', `/${name}`);
      if (!made.ok) throw new Error(`could not create ${name}: ${JSON.stringify(made)}`);
      await request('PUT', `/${name}/_security`, {
        admins: { names: [admin.user], roles: [] },
        members: { names: members, roles: [] },
      });
      if (options.designDoc === false) return;
      const ddoc = await request('PUT', `/${name}/_design/claimdesk`, designDocument());
      if (!ddoc.ok) throw new Error(`could not store the design document: ${JSON.stringify(ddoc)}`);
    },
    async addUser(name, password) {
      const id = `org.couchdb.user:${name}`;
      const res = await request('PUT', `/_users/${encodeURIComponent(id)}`, {
        name,
        password,
        roles: [],
        type: 'user',
      });
      if (!res.ok && res.error !== 'conflict') throw new Error(`could not add user ${name}: ${JSON.stringify(res)}`);
    },
    async kill() {
      if (!child) throw new Error('a real CouchDB cannot be killed by the test');
      const c = child as ChildProcess;
      c.kill('SIGKILL');
      if (c.exitCode === null) await once(c, 'exit');
    },
    async restart() {
      await start();
    },
    async stop() {
      if (child) {
        const c = child as ChildProcess;
        if (c.exitCode === null) {
          c.kill('SIGTERM');
          await once(c, 'exit');
        }
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
  return server;
}
