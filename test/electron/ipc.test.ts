import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextBridge, ipcRenderer, recorded, resetMocks } from '../mocks/electron';
import { channels } from '../../main/api/contract';
import { APP_ORIGIN } from '../../main/electron/app-files';
import { registerIpc } from '../../main/electron/ipc';
import { createDispatch } from '../../main/api/dispatch';
import type { Handlers } from '../../main/api/handlers';

const mock = {
  recorded: recorded as { ipcHandlers: Map<string, (event: unknown, request: unknown) => Promise<any>> },
  resetMocks,
};

function handlersThatRecord(calls: string[]): Handlers {
  return new Proxy({} as Handlers, {
    get: (_t, name: string) => async () => {
      calls.push(name);
      return { articles: [] };
    },
  });
}

test('every contract channel is registered, and only those', () => {
  mock.resetMocks();
  registerIpc(createDispatch(handlersThatRecord([]), [APP_ORIGIN]));
  assert.deepEqual([...mock.recorded.ipcHandlers.keys()].sort(), Object.values(channels).sort());
});

test('a call from the app window reaches its handler', async () => {
  mock.resetMocks();
  const calls: string[] = [];
  registerIpc(createDispatch(handlersThatRecord(calls), [APP_ORIGIN]));
  const handler = mock.recorded.ipcHandlers.get(channels.getWorkspace)!;
  const result = await handler({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, {});
  assert.equal(result.ok, true);
  assert.deepEqual(calls, ['getWorkspace']);
});

for (const [label, event] of [
  ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
  ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html' } }],
  ['a look-alike origin', { senderFrame: { url: 'app://claimdesk.evil/index.html' } }],
  ['a frame that is gone', { senderFrame: null }],
] as const) {
  test(`a call from ${label} is refused before any handler runs`, async () => {
    mock.resetMocks();
    const calls: string[] = [];
    registerIpc(createDispatch(handlersThatRecord(calls), [APP_ORIGIN]));
    const result = await mock.recorded.ipcHandlers.get(channels.getWorkspace)!(event, {});
    assert.deepEqual(result.ok, false);
    assert.equal(result.error.code, 'forbidden');
    assert.deepEqual(calls, []);
  });
}

test('the preload exposes one named function per channel and nothing else', async () => {
  await import('../../main/electron/preload');
  const bridge = contextBridge.exposed.get('claimdesk') as Record<string, unknown>;
  assert.deepEqual(Object.keys(bridge).sort(), [...Object.keys(channels), 'onMenuCommand'].sort());
  for (const value of Object.values(bridge)) assert.equal(typeof value, 'function');
  await (bridge.setReview as (r: unknown) => Promise<unknown>)({ articleId: 'a', claimId: 'c', status: 'verified' });
  const invoked = ipcRenderer.invoked;
  assert.deepEqual(invoked.at(-1), [channels.setReview, { articleId: 'a', claimId: 'c', status: 'verified' }]);
});
