import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultOutletResolver } from '../../../main/core/outlets/resolver';

const resolver = defaultOutletResolver();

test('a relay chain resolves to the outlet and its relays', () => {
  const r = resolver.resolve('Reuters via MSN');
  assert.equal(r?.outlet.id, 'reuters');
  assert.deepEqual(r?.via.map((v) => v.id), ['msn']);
});

test('an agency named inside a longer phrase is found', () => {
  assert.equal(resolver.resolve("North Korea's KCNA news agency")?.outlet.id, 'kcna');
});

test('a descriptor resolves to the generic state-media entry', () => {
  assert.equal(resolver.resolve("Pyongyang's official media")?.outlet.kind, 'generic');
});

test('a body that is not an outlet resolves to nothing', () => {
  assert.equal(resolver.resolve("North Korea's foreign ministry"), null);
});
