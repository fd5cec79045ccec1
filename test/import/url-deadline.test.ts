// Issue 11: a server that dripped its headers one byte a second held an import for 120 s, because the socket's
// idle timeout restarted with every byte. The time limit now covers the whole request: connecting, the headers,
// every redirect and the body. Servers listen on 127.0.0.1 and stop by themselves.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { fetchArticlePage } from '../../main/import/url-fetch';

/** A raw TCP server that answers with `respond`; every socket is ended when the test ends. */
async function rawServer(t: TestContext, respond: (socket: Socket) => void): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', () => respond(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/a`;
}

/** Writes `text` one byte per `everyMs`, and stops when the socket closes or the text is out. */
function drip(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text[i++] as string);
  }, everyMs);
  socket.on('close', () => clearInterval(timer));
}

test('headers dripped a byte at a time do not hold the import past its time limit', async (t) => {
  const url = await rawServer(t, (socket) =>
    drip(socket, `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: ${'x'.repeat(10_000)}\r\n\r\nhi`, 20),
  );
  await assert.rejects(fetchArticlePage(url, { allowPrivateNetwork: true, timeoutMs: 600 }), {
    name: 'ImportError',
    message: /^127\.0\.0\.1:\d+ did not answer within 0\.6 seconds; the article was not fetched\.$/,
  });
});

test('a body dripped a byte at a time stops at the same limit, with the body message', async (t) => {
  const url = await rawServer(t, (socket) => {
    socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n');
    const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write('1\r\nx\r\n')), 20);
    socket.on('close', () => clearInterval(timer));
  });
  await assert.rejects(fetchArticlePage(url, { allowPrivateNetwork: true, timeoutMs: 600 }), {
    name: 'ImportError',
    message: /^127\.0\.0\.1:\d+ was too slow to send the page \(over 0\.6 seconds\); the article was not fetched\.$/,
  });
});

test('the HTTP charset decodes the page, and a page served as utf-16le that is not says so', async (t) => {
  const zh = '市长说新桥五月通车。';
  const gbk = await rawServer(t, (socket) => {
    const body = iconv.encode(`<html><body><p>${zh}</p></body></html>`, 'gbk');
    socket.end(
      Buffer.concat([
        Buffer.from(
          `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\nContent-Length: ${body.length}\r\n\r\n`,
        ),
        body,
      ]),
    );
  });
  const page = await fetchArticlePage(gbk, { allowPrivateNetwork: true });
  assert.ok(page.body.includes(zh));
  assert.deepEqual(page.warnings, []);
  const lie = await rawServer(t, (socket) => {
    const body = '<p>The mayor spoke.</p>';
    socket.end(
      `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-16le\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
  });
  const lied = await fetchArticlePage(lie, { allowPrivateNetwork: true });
  assert.equal(lied.body, '<p>The mayor spoke.</p>');
  assert.deepEqual(lied.warnings, [
    'The server said this page is in utf-16le, but it is not; it was read by its own declaration instead.',
  ]);
});
