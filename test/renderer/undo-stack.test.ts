import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UndoStack } from '../../renderer/undo-stack';

function slowEntry(log: string[], label: string) {
  const wait = () => new Promise((r) => setTimeout(r, 5));
  return {
    label,
    undo: async () => (await wait(), log.push(`undo ${label}`), true),
    redo: async () => (await wait(), log.push(`redo ${label}`), true),
  };
}

test('undo and redo pressed faster than the main side answers are queued in order, never dropped', async () => {
  const log: string[] = [];
  const stack = new UndoStack();
  stack.push(slowEntry(log, 'a'));
  stack.push(slowEntry(log, 'b'));
  const results = await Promise.all([stack.undo(), stack.undo(), stack.redo(), stack.undo()]);
  assert.deepEqual(results, ['b', 'a', 'a', 'a']);
  assert.deepEqual(log, ['undo b', 'undo a', 'redo a', 'undo a']);
  assert.equal(stack.canUndo, false);
  assert.equal(stack.canRedo, true);
});

test('a failed undo keeps nothing on the redo side, and an empty stack answers null', async () => {
  const stack = new UndoStack();
  assert.equal(await stack.undo(), null);
  stack.push({ label: 'x', undo: async () => false, redo: async () => true });
  assert.equal(await stack.undo(), null);
  assert.equal(stack.canRedo, false);
});
