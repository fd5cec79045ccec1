// URL import rules (issue 8, main/import/url-fetch.ts) against a local HTTP server on 127.0.0.1: http and https
// only; private, loopback and link-local addresses refused unless the workspace setting allows them, in every
// spelling (IPv4, IPv6, IPv4-mapped IPv6, decimal, octal and hex forms, names that resolve to 127.0.0.1); redirects
// capped and each hop checked again; time and size caps; the same rules through the previewImport channel.
//
// url-fetch.ts takes no resolver, so a "public" first hop is simulated with an HTTP agent that connects
// news.example to the local server (see publicAgent); every other host goes through the module's own guarded
// lookup, which is what the redirect tests exercise.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import http, { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { fetchArticlePage, isPrivateAddress } from '../../main/import/url-fetch';
import { ImportError } from '../../main/import/decode';
import { openTestApi } from '../helpers/app-api';

const PRIVATE_MESSAGE =
  /is a private or local address\. Allow private network addresses in the import settings to fetch it\./;
const PAGE =
  '<html><head><title>Rents rise</title></head><body><article><p>Landlords said on Tuesday ' +
  'that rents rose by 12%, according to Reuters.</p></article></body></html>';

async function serve(
  t: TestContext,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ port: number; base: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const port = (server.address() as AddressInfo).port;
  return { port, base: `http://127.0.0.1:${port}`, hits };
}

/** Makes http://news.example:<port>/ reach the local server, as if it were a public site; other hosts are untouched. */
function publicAgent(t: TestContext, port: number): void {
  const original = http.globalAgent;
  const agent = new http.Agent({ keepAlive: false });
  const direct = (
    agent as unknown as { createConnection: (o: { host?: string }, cb?: unknown) => unknown }
  ).createConnection.bind(agent);
  (agent as unknown as { createConnection: (o: { host?: string }, cb?: unknown) => unknown }).createConnection = (
    options,
    callback,
  ) => (options.host === 'news.example' ? connect({ host: '127.0.0.1', port }) : direct(options, callback));
  http.globalAgent = agent;
  t.after(() => {
    http.globalAgent = original;
  });
}

const rejectsWith = (p: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(p, (e: unknown) => e instanceof ImportError && pattern.test(e.message));

test(
  'only http and https are fetched: file, ftp, data, javascript, ws and others are refused ' + 'with a message',
  async () => {
    for (const [url, scheme] of [
      ['file:///etc/passwd', 'file'],
      ['FILE:///C:/Windows/win.ini', 'file'],
      ['ftp://ftp.example.com/a.txt', 'ftp'],
      ['data:text/html,<script>__hostileTrap(1)</script>', 'data'],
      ['javascript:__hostileTrap(1)', 'javascript'],
      ['JaVaScRiPt:__hostileTrap(1)', 'javascript'],
      ['vbscript:msgbox(1)', 'vbscript'],
      ['ws://news.example/', 'ws'],
      ['gopher://news.example/', 'gopher'],
      ['blob:https://news.example/1', 'blob'],
      ['chrome://settings', 'chrome'],
      ['app://claimdesk/index.html', 'app'],
    ] as const) {
      await rejectsWith(
        fetchArticlePage(url),
        new RegExp(`^ClaimDesk fetches only http and https addresses, not ${scheme}\\.$`),
      );
    }
    await rejectsWith(
      fetchArticlePage('news.example/article'),
      /is not a web address\. Type one that starts with https:\/\//,
    );
    await rejectsWith(
      fetchArticlePage('https://user:secret@news.example/'),
      /Web addresses with a user name or password are not fetched\./,
    );
  },
);

test('private, loopback and link-local addresses are refused in every spelling, before any connection', async (t) => {
  const { port, hits } = await serve(t, (_req, res) => res.end(PAGE));
  const hosts = [
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '2130706433',
    '0x7f000001',
    '0x7f.1',
    '0177.0.0.1',
    '0177.1',
    '127.1',
    '017700000001',
    '0x7F.0.0.1',
    '[::1]',
    '[0:0:0:0:0:0:0:1]',
    '[::]',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[0:0:0:0:0:ffff:127.0.0.1]',
    '[::ffff:10.0.0.1]',
    '[::ffff:169.254.169.254]',
    '[fe80::1]',
    '[fd00::1]',
    '[fc00::1]',
    '[64:ff9b::7f00:1]',
  ];
  for (const host of hosts) await rejectsWith(fetchArticlePage(`http://${host}:${port}/article`), PRIVATE_MESSAGE);
  assert.deepEqual(hits, [], 'the server was never reached');
});

test(
  'a name that resolves to 127.0.0.1 (localhost) is refused at connection time unless the ' + 'setting allows it',
  async (t) => {
    const { port, hits } = await serve(t, (_req, res) => res.end(PAGE));
    await rejectsWith(fetchArticlePage(`http://localhost:${port}/a`), /localhost is a private or local address/);
    await rejectsWith(fetchArticlePage(`http://LocalHost:${port}/a`), /localhost is a private or local address/);
    assert.deepEqual(hits, []);
    const page = await fetchArticlePage(`http://localhost:${port}/a`, { allowPrivateNetwork: true });
    assert.match(page.body, /rents rose by 12%/);
    assert.deepEqual(hits, ['/a']);
  },
);

test('IPv4-compatible and SIIT IPv6 forms of 127.0.0.1 never reach the local server', async (t) => {
  // Both ranges are in the block list; Linux would not route them to loopback anyway. Either way no page is reached.
  for (const address of ['::7f00:1', '::127.0.0.1', '::ffff:0:7f00:1'])
    assert.equal(isPrivateAddress(address), true, address);
  const { port, hits } = await serve(t, (_req, res) => res.end(PAGE));
  for (const host of ['[::127.0.0.1]', '[::7f00:1]', '[::ffff:0:7f00:1]']) {
    await assert.rejects(fetchArticlePage(`http://${host}:${port}/a`, { timeoutMs: 500 }), ImportError);
  }
  assert.deepEqual(hits, []);
});

test('a redirect from a public site to a private, loopback or file address is refused, and not followed', async (t) => {
  const target = await serve(t, (_req, res) => res.end('<p>internal admin page</p>'));
  const site = await serve(t, (req, res) => {
    const to: Record<string, string> = {
      '/to-loopback': `http://127.0.0.1:${target.port}/admin`,
      '/to-localhost': `http://localhost:${target.port}/admin`,
      '/to-decimal': `http://2130706433:${target.port}/admin`,
      '/to-mapped': `http://[::ffff:127.0.0.1]:${target.port}/admin`,
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
      '/to-file': 'file:///etc/passwd',
      '/to-js': 'javascript:__hostileTrap(1)',
      '/to-relative': '/article',
    };
    if (req.url === '/article') return res.end(PAGE);
    res.writeHead(302, { location: to[req.url ?? ''] ?? '/article' });
    res.end();
  });
  publicAgent(t, site.port);
  const base = `http://news.example:${site.port}`;
  // The public site itself is fetched (the agent stands in for DNS and the internet).
  assert.match((await fetchArticlePage(`${base}/to-relative`)).body, /rents rose/);
  for (const path of ['/to-loopback', '/to-decimal', '/to-mapped', '/to-metadata'])
    await rejectsWith(fetchArticlePage(`${base}${path}`), PRIVATE_MESSAGE);
  await rejectsWith(fetchArticlePage(`${base}/to-localhost`), /localhost is a private or local address/);
  await rejectsWith(
    fetchArticlePage(`${base}/to-file`),
    /redirected to an address ClaimDesk does not fetch: ClaimDesk fetches only http and https addresses, not file\./,
  );
  await rejectsWith(
    fetchArticlePage(`${base}/to-js`),
    /does not fetch: ClaimDesk fetches only http and https addresses, not javascript\./,
  );
  assert.deepEqual(target.hits, [], 'the private server was never reached through a redirect');
});

test('redirects are capped (a loop and a long chain stop with a message)', async (t) => {
  const site = await serve(t, (req, res) => {
    const n = Number(/^\/hop(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
    if (req.url === '/loop') {
      res.writeHead(301, { location: '/loop' });
      return res.end();
    }
    if (n > 0) {
      res.writeHead(307, { location: `/hop${n - 1}` });
      return res.end();
    }
    res.end(PAGE);
  });
  const allow = { allowPrivateNetwork: true };
  await rejectsWith(
    fetchArticlePage(`${site.base}/loop`, allow),
    /redirected more than 5 times; the article was not fetched\./,
  );
  const before = site.hits.length;
  await rejectsWith(fetchArticlePage(`${site.base}/hop50`, allow), /redirected more than 5 times/);
  assert.equal(site.hits.length - before, 6, 'the first request and 5 redirects, then it stops');
  assert.match((await fetchArticlePage(`${site.base}/hop5`, allow)).body, /rents rose/);
});

test('time and size caps: a trickling server, a silent one, an endless body and a lying Content-Length', async (t) => {
  const site = await serve(t, (req, res) => {
    if (req.url === '/silent') return; // never answers
    if (req.url === '/trickle') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>still here</p>'), 50);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>'.padEnd(64 * 1024, 'x');
      const pump = () => {
        while (res.write(chunk)) {
          /* until the buffer is full */
        }
      };
      res.on('drain', pump);
      pump();
      return;
    }
    if (req.url === '/declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      return res.end('<p>short</p>');
    }
    if (req.url === '/binary') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(Buffer.from([0x3c, 0x70, 0x3e, 0, 0, 1]));
    }
    if (req.url === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return res.end('%PDF');
    }
    res.end(PAGE);
  });
  const allow = { allowPrivateNetwork: true };
  await rejectsWith(
    fetchArticlePage(`${site.base}/silent`, { ...allow, timeoutMs: 300 }),
    /did not answer within 0 seconds|did not answer within/,
  );
  await rejectsWith(
    fetchArticlePage(`${site.base}/trickle`, { ...allow, timeoutMs: 400 }),
    /too slow to send the page|did not answer/,
  );
  await rejectsWith(
    fetchArticlePage(`${site.base}/endless`, { ...allow, maxBytes: 1024 * 1024 }),
    /The page is larger than 1 MB; it was not fetched\./,
  );
  await rejectsWith(
    fetchArticlePage(`${site.base}/declared`, allow),
    /The page is 50\.0 MB; ClaimDesk fetches pages up to 5 MB\./,
  );
  await rejectsWith(fetchArticlePage(`${site.base}/binary`, allow), /sent a binary file, not an article\./);
  await rejectsWith(fetchArticlePage(`${site.base}/pdf`, allow), /sent application\/pdf, not a page of text/);
});

test(
  'through the previewImport channel: refused with the message, allowed by the setting, and ' +
    'the setting can be turned off again',
  async (t) => {
    const site = await serve(t, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
    const api = await openTestApi(t, { seeds: false });
    for (const url of ['file:///etc/passwd', 'javascript:__hostileTrap(1)', 'data:text/html,hi', 'ftp://x.example/']) {
      const r = await api.call('previewImport', { url });
      assert.equal(r.ok, false, url);
      assert.equal(r.error.code, 'bad-request', url);
      assert.match(r.error.message, /ClaimDesk fetches only http and https addresses/, url);
    }
    const refused = await api.call('previewImport', { url: `${site.base}/a` });
    assert.equal(refused.error.code, 'bad-request');
    assert.match(refused.error.message, PRIVATE_MESSAGE);
    assert.deepEqual(site.hits, []);

    assert.equal((await api.call('setImportSettings', { allowPrivateNetwork: true })).ok, true);
    const allowed = await api.call('previewImport', { url: `${site.base}/a` });
    assert.equal(allowed.ok, true, JSON.stringify(allowed.error));
    assert.match(allowed.value.text, /rents rose by 12%/);
    assert.equal(allowed.value.sourceKind, 'url');

    assert.equal((await api.call('setImportSettings', { allowPrivateNetwork: false })).ok, true);
    const again = await api.call('previewImport', { url: `${site.base}/a` });
    assert.match(again.error.message, PRIVATE_MESSAGE);
    // The setting is a boolean, nothing else.
    assert.equal((await api.call('setImportSettings', { allowPrivateNetwork: 'yes' })).error.code, 'bad-request');
  },
);
