import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOp, applyOps } from '../../main/store/ops';

test('set creates the path and shares untouched branches with the old root', () => {
  const root = { a: { x: 1 }, b: { y: 2 } };
  const next = applyOp(root, { op: 'set', path: ['a', 'z', 'w'], value: 3 });
  assert.deepEqual(next, { a: { x: 1, z: { w: 3 } }, b: { y: 2 } });
  assert.equal(next.b, root.b, 'untouched branch is shared');
  assert.deepEqual(root, { a: { x: 1 }, b: { y: 2 } }, 'the old root is unchanged (copy-on-write)');
});

test('delete, upsert and remove', () => {
  const root = {
    list: [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ],
    m: { k: 1, j: 2 },
  };
  const next = applyOps(root, [
    { op: 'delete', path: ['m', 'k'] },
    { op: 'upsert', path: ['list'], value: { id: 'b', v: 3 } },
    { op: 'upsert', path: ['list'], value: { id: 'c', v: 4 } },
    { op: 'remove', path: ['list'], id: 'a' },
  ]);
  assert.deepEqual(next, {
    list: [
      { id: 'b', v: 3 },
      { id: 'c', v: 4 },
    ],
    m: { j: 2 },
  });
  assert.equal(root.list.length, 2);
});

test('paths through prototype keys are refused', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    assert.throws(() => applyOp({}, { op: 'set', path: ['x', key], value: 1 }), /invalid path/);
  }
});
