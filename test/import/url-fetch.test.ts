import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkFetchUrl, fetchArticlePage, isPrivateAddress } from '../../main/import/url-fetch';

async function serve(t: TestContext, handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('only http(s) addresses without credentials are fetched', () => {
  for (const bad of [
    'file:///etc/passwd',
    'ftp://x.example/a',
    'javascript:alert(1)',
    'data:text/html,hi',
    'not a url',
    'https://user:pw@x.example/',
  ]) {
    assert.throws(() => checkFetchUrl(bad), /./, bad);
  }
  assert.equal(checkFetchUrl(' https://example.com/a ').href, 'https://example.com/a');
});

test('private, loopback and link-local addresses are recognised', () => {
  for (const a of [
    '127.0.0.1',
    '10.1.2.3',
    '192.168.0.10',
    '172.20.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    'fd00::5',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ]) {
    assert.equal(isPrivateAddress(a), true, a);
  }
  for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) assert.equal(isPrivateAddress(a), false, a);
});

test('a loopback server is refused unless private addresses are allowed', async (t) => {
  const base = await serve(t, (_req, res) => res.end('<html><body><p>Hello</p></body></html>'));
  await assert.rejects(fetchArticlePage(`${base}/a`), /private or local address/);
  const page = await fetchArticlePage(`${base}/a`, { allowPrivateNetwork: true });
  assert.match(page.body, /Hello/);
});

test('redirects are followed up to the cap; size, time and content type are limited', async (t) => {
  const base = await serve(t, (req, res) => {
    const n = Number(/\/r(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
    if (n > 0) {
      res.writeHead(302, { location: `/r${n - 1}` });
      return res.end();
    }
    if (req.url === '/r0') return res.end('arrived');
    if (req.url === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('x'.repeat(300_000));
    }
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 2_000);
    if (req.url === '/png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end('png');
    }
    if (req.url === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
      return res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    }
    res.writeHead(404);
    res.end();
  });
  const allow = { allowPrivateNetwork: true };
  assert.equal((await fetchArticlePage(`${base}/r3`, allow)).body, 'arrived');
  assert.equal((await fetchArticlePage(`${base}/r3`, allow)).finalUrl, `${base}/r0`);
  await assert.rejects(fetchArticlePage(`${base}/r9`, { ...allow, maxRedirects: 5 }), /redirected more than 5 times/);
  await assert.rejects(fetchArticlePage(`${base}/to-file`, allow), /does not fetch/);
  await assert.rejects(fetchArticlePage(`${base}/big`, { ...allow, maxBytes: 100_000 }), /larger than|MB/);
  await assert.rejects(fetchArticlePage(`${base}/slow`, { ...allow, timeoutMs: 300 }), /seconds/);
  await assert.rejects(fetchArticlePage(`${base}/png`, allow), /image\/png/);
  await assert.rejects(fetchArticlePage(`${base}/missing`, allow), /answered 404/);
  assert.equal((await fetchArticlePage(`${base}/latin1`, allow)).body, 'café');
});
