import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimIds, fnv1a } from '../../../main/core/claims/ids';
import { extractClaims } from '../../../main/core/extract';

test('fnv1a reference values', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('same text, same id; repeats get a counter', () => {
  const ids = new ClaimIds();
  const a = ids.next('Prices rose.');
  const b = ids.next('Prices  rose.');
  assert.equal(b, `${a}-1`);
  assert.equal(new ClaimIds().next('Prices rose.'), a);
});

test('ids survive edits elsewhere in the article', () => {
  const x = extractClaims('Prices rose 5% in May. Kim said the talks failed.');
  const y = extractClaims('A new first sentence. Prices rose 5% in May. Kim said the talks failed.');
  assert.deepEqual(
    x.claims.map((c) => c.id),
    y.claims.slice(1).map((c) => c.id),
  );
});
