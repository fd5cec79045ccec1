import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimMatcher, type ReviewedClaimDoc } from '../../../main/core/matching/claim-matcher';
import { sameSpeaker } from '../../../main/core/matching/similarity';

function doc(n: number, wording: string, speaker: string, extra: Partial<ReviewedClaimDoc> = {}): ReviewedClaimDoc {
  return {
    key: `k${n}`,
    workspacePath: '/w.json',
    articleId: `a${n}`,
    articleTitle: `Article ${n}`,
    claimId: `c${n}`,
    wording,
    sentence: `${speaker} said ${wording}.`,
    speaker,
    status: 'disputed',
    note: '',
    reviewer: 'Ana',
    updatedAt: '2026-05-01T00:00:00.000Z',
    ...extra,
  };
}

const DOCS = [
  doc(1, 'the harbour toll doubled in two years', 'Port Minister Mara Quint'),
  doc(2, 'the harbour toll fell by a third last winter', 'Tomas Brede'),
  doc(3, 'rail freight to the coast tripled after the new bridge opened', 'Lena Ostrova'),
  doc(4, 'school meals now reach every pupil in the northern districts', 'Mara Quint'),
];

test('the same speaker with close wording is a match; another speaker with the same words is not', () => {
  const m = new ClaimMatcher(DOCS);
  const found = m.match({
    wording: 'the toll at the harbour has doubled over the last two years for shippers',
    sentence: '',
    speaker: 'Mara Quint',
  });
  assert.deepEqual(
    found.map((f) => [f.doc.key, f.kind]),
    [['k1', 'same-speaker']],
  );
  assert.deepEqual(
    m.match({
      wording: 'the toll at the harbour has doubled over the last two years for shippers',
      sentence: '',
      speaker: 'Ivo Hart',
    }),
    [],
  );
});

test('a near-identical quote matches whoever is named as its speaker', () => {
  const m = new ClaimMatcher(DOCS);
  const found = m.match({ wording: 'Rail freight to the coast tripled after the new bridge opened', sentence: '' });
  assert.equal(found[0]?.doc.key, 'k3');
  assert.equal(found[0]?.kind, 'near-identical');
  assert.ok(found[0]!.similarity > 0.95);
});

test('unrelated claims, and the claim itself when excluded, are not matches', () => {
  const m = new ClaimMatcher(DOCS);
  assert.deepEqual(m.match({ wording: 'the weather was mild on the island', sentence: '', speaker: 'Mara Quint' }), []);
  const q = {
    wording: 'school meals now reach every pupil in the northern districts',
    sentence: '',
    speaker: 'Mara Quint',
  };
  assert.equal(m.match(q).length, 1);
  assert.deepEqual(
    m.match(q, (d) => d.key === 'k4'),
    [],
  );
});

test('speakers: titles and first names may differ, the surname may not', () => {
  assert.equal(sameSpeaker('Port Minister Mara Quint', 'Mara Quint'), true);
  assert.equal(sameSpeaker('Quint', 'Mara Quint'), true);
  assert.equal(sameSpeaker('Mara Quint', 'Jon Quint'), false);
  assert.equal(sameSpeaker('Mara Quint', ''), false);
});

test('a whole archive is indexed in slices that give the event loop back', async () => {
  const docs = Array.from({ length: 5000 }, (_, i) =>
    doc(i + 10, `claim number ${i} about the harbour toll`, 'Ivo Hart'),
  );
  const m = new ClaimMatcher();
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await m.addInSlices(docs, 1000);
  done = true;
  assert.equal(m.size, 5000);
  assert.ok(turns >= 4, `the loop ran ${turns} times while indexing`);
  assert.equal(m.match({ wording: 'claim number 4321 about the harbour toll', sentence: '' })[0]?.doc.key, 'k4331');
});
