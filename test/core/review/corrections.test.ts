import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../../../main/core/extract';
import {
  adjustedSpan,
  applyCorrections,
  correctionOp,
  CorrectionError,
  type CorrectionOp,
} from '../../../main/core/review/corrections';

const TEXT = [
  'Storm Closes Ports Along the Coast',
  '',
  'The harbour master said on Tuesday that 12 ships were stuck offshore. Crews were told to wait for calmer seas.',
  '',
  'Read Also: Ten storms that changed the coast',
  '',
  'The coast guard reported record waves of nine metres, according to Reuters. Fishermen said ' +
    'they had never seen anything like it.',
].join('\n');

const base = (n: number) => ({ id: `op${n}`, at: '2026-05-01T00:00:00.000Z', by: 'Ana' });

function reviewable(claims: ReturnType<typeof extractClaims>['claims']) {
  return claims.filter((c) => c.kind !== 'heading');
}

test('speaker, split, merge, span, add and hide apply, and survive a fresh extraction', () => {
  const ex = extractClaims(TEXT);
  const list = reviewable(ex.claims);
  const harbour = list.find((c) => c.text.startsWith('The harbour master'))!;
  const crews = list.find((c) => c.text.startsWith('Crews'))!;
  const guard = list.find((c) => c.text.startsWith('The coast guard'))!;
  const ops: CorrectionOp[] = [];
  let claims = ex.claims;
  const apply = (req: Parameters<typeof correctionOp>[2]) => {
    const op = correctionOp(TEXT, claims, req, base(ops.length));
    ops.push(op);
    const out = applyCorrections(TEXT, claims, [op]);
    assert.deepEqual(out.unapplied, []);
    claims = out.claims;
    return out;
  };
  apply({ type: 'speaker', claimId: harbour.id, name: 'Port of Dover harbour master' });
  const at = guard.text.indexOf(', according');
  apply({ type: 'split', claimId: guard.id, at: guard.start + at + 1 });
  const harbourNow = claims.find((c) => c.start === harbour.start)!;
  apply({ type: 'merge', claimId: harbourNow.id, otherClaimId: crews.id });
  const readAlso = TEXT.indexOf('Ten storms');
  apply({ type: 'add', start: readAlso, end: readAlso + 'Ten storms that changed the coast'.length });
  const fishermen = claims.find((c) => c.text.startsWith('Fishermen'))!;
  apply({ type: 'hide', claimId: fishermen.id });

  const check = (out: { claims: typeof claims }) => {
    const texts = reviewable(out.claims).map((c) => c.text);
    assert.ok(
      texts.some((t) => t.startsWith('The harbour master said') && t.endsWith('calmer seas.')),
      'merged',
    );
    assert.ok(texts.includes('The coast guard reported record waves of nine metres,'), 'split first half');
    assert.ok(texts.includes('according to Reuters.'), 'split second half');
    assert.ok(texts.includes('Ten storms that changed the coast'), 'added');
    assert.ok(!texts.some((t) => t.startsWith('Fishermen')), 'hidden');
    const merged = out.claims.find((c) => c.text.startsWith('The harbour master'))!;
    assert.equal(merged.speaker?.name, 'Port of Dover harbour master');
    for (const c of out.claims) assert.equal(TEXT.slice(c.start, c.end), c.text);
    assert.equal(new Set(out.claims.map((c) => c.id)).size, out.claims.length, 'ids are unique');
  };
  check({ claims });
  // Re-extraction: the stored operations replayed on fresh claims give the same result.
  const again = applyCorrections(TEXT, extractClaims(TEXT).claims, ops);
  assert.deepEqual(again.unapplied, []);
  check(again);
  assert.equal(again.hidden.length, 1);

  // On an edited version, operations whose text is gone are kept but reported as not applied.
  const edited = TEXT.replace('Fishermen said they had never seen anything like it.', 'Fishermen stayed home.');
  const replay = applyCorrections(edited, extractClaims(edited).claims, ops);
  assert.deepEqual(replay.unapplied, ['op4']);
});

test('a span extends and shrinks to sentence boundaries; bad requests are refused with a reason', () => {
  const ex = extractClaims(TEXT);
  const harbour = ex.claims.find((c) => c.text.startsWith('The harbour master'))!;
  const extended = adjustedSpan(TEXT, harbour, 'end', 'extend')!;
  assert.ok(TEXT.slice(extended.start, extended.end).endsWith('calmer seas.'));
  const shrunk = adjustedSpan(TEXT, extended, 'end', 'shrink')!;
  assert.deepEqual(shrunk, { start: harbour.start, end: harbour.end });
  assert.throws(
    () => correctionOp(TEXT, ex.claims, { type: 'span', claimId: harbour.id, ...extended }, base(0)),
    CorrectionError,
  );
  assert.throws(
    () => correctionOp(TEXT, ex.claims, { type: 'split', claimId: harbour.id, at: harbour.start + 1 }, base(0)),
    /both sides/,
  );
  assert.throws(
    () => correctionOp(TEXT, ex.claims, { type: 'add', start: harbour.start, end: harbour.end }, base(0)),
    /overlaps/,
  );
  assert.throws(() => correctionOp(TEXT, ex.claims, { type: 'hide', claimId: 'nope' }, base(0)), /no longer/);
});
