// The hostile corpus itself (issue 8): at least 60 payloads, every category present, ids unique, and every
// payload that could run names itself in its trap call, so that a run points at the payload that got through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostileCorpus, payloadsByCategory, TRAP } from '../fixtures/hostile/corpus';

test('the corpus holds at least 60 payloads in every category, with unique ids', () => {
  const corpus = hostileCorpus({ enormousScale: 0.01 });
  assert.ok(corpus.length >= 60, `${corpus.length} payloads`);
  assert.equal(new Set(corpus.map((p) => p.id)).size, corpus.length);
  const byCategory = payloadsByCategory(corpus);
  for (const c of [
    'script',
    'event-handler',
    'dangerous-url',
    'svg-mathml',
    'css',
    'remote-resource',
    'markdown',
    'prototype-pollution',
    'unicode',
    'control',
    'enormous',
  ] as const) {
    assert.ok((byCategory.get(c) ?? []).length >= 1, c);
  }
  for (const p of corpus) {
    assert.ok(p.description && typeof p.payload === 'string' && p.payload.length > 0, p.id);
    const calls = [...p.payload.matchAll(new RegExp(`${TRAP}\\('([^']+)'\\)`, 'g'))].map((m) => m[1]);
    for (const id of calls) assert.equal(id, p.id, `${p.id} calls the trap with its own id`);
  }
  const full = hostileCorpus().filter((p) => p.category === 'enormous');
  assert.ok(
    full.some((p) => p.payload.length >= 1_000_000 && !p.payload.includes('\n')),
    'an enormous line of a million characters',
  );
});
