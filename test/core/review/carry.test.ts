import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../../../main/core/extract';
import { defaultOutletResolver } from '../../../main/core/outlets/resolver';
import { anchorFor } from '../../../main/core/review/anchor';
import { carryAcrossRecut, carryReviews, mergeReviews } from '../../../main/core/review/carry';
import { applyCorrections, correctionOp, handOpFor, type CorrectionOp } from '../../../main/core/review/corrections';
import type { ReviewRecord } from '../../../main/core/review/record';

const TEXT =
  'The coast guard reported record waves of nine metres, according to Reuters. ' +
  'Fishermen said they had never seen anything like it. The harbour master said 12 ships were stuck.';
const NOW = new Date('2026-06-01T10:00:00.000Z');
const base = (n: number) => ({ id: `op${n}`, at: '2026-05-01T00:00:00.000Z', by: 'Ana' });
const outlets = defaultOutletResolver();

function review(claim: { id: string; start: number; end: number }, status: ReviewRecord['status'], extra = {}) {
  const r: ReviewRecord = {
    claimId: claim.id,
    status,
    note: '',
    reviewer: 'Ana',
    updatedAt: '2026-05-02T00:00:00.000Z',
    anchor: anchorFor(TEXT, claim.start, claim.end),
    history: [{ at: '2026-05-02T00:00:00.000Z', by: 'Ana', field: 'status', from: 'pending', to: status }],
    ...extra,
  };
  return r;
}

const link = (id: string, url: string) => ({ id, url, addedAt: '2026-05-02T00:00:00.000Z', addedBy: 'Ana' });

/** Applies requests one at a time on top of the claims as they are, as the correction handler does. */
function correct(requests: Parameters<typeof correctionOp>[2][]) {
  let claims = extractClaims(TEXT, { outlets }).claims;
  let corrected: Record<string, string[]> = {};
  const ops: CorrectionOp[] = [];
  let last;
  for (const req of requests) {
    const op = correctionOp(TEXT, claims, req, base(ops.length), outlets);
    ops.push(op);
    last = applyCorrections(TEXT, claims, [op], outlets, corrected);
    assert.deepEqual(last.unapplied, []);
    claims = last.claims;
    corrected = last.corrected;
  }
  return { claims, ops, last: last!, corrected };
}

test('a merge keeps the outlet set by hand on its second part over the first part’s inherited one', () => {
  const [, fishermen, harbour] = extractClaims(TEXT, { outlets }).claims;
  assert.equal(fishermen!.outlet?.stated, false, 'the first part’s outlet is inherited');
  const { claims, ops, last } = correct([
    { type: 'outlet', claimId: harbour!.id, outletId: 'bbc' },
    { type: 'merge', claimId: fishermen!.id, otherClaimId: harbour!.id },
  ]);
  const merged = claims.find((c) => c.text.startsWith('Fishermen'))!;
  assert.ok(merged.text.endsWith('were stuck.'));
  assert.equal(merged.outlet?.id, 'bbc');
  assert.equal(merged.outlet?.setBy, 'reviewer');
  assert.ok(last.recut.op1!.carried.some((c) => /outlet set by hand \(BBC/.test(c)));
  assert.deepEqual(last.recut.op1!.notCarried, []);
  // The stored list replayed on a fresh extraction gives the same merged claim.
  const replay = applyCorrections(TEXT, extractClaims(TEXT, { outlets }).claims, ops, outlets);
  assert.equal(replay.claims.find((c) => c.text.startsWith('Fishermen'))?.outlet?.id, 'bbc');
});

test('two different outlets set by hand: the merge keeps the first and names the one it could not keep', () => {
  const [, fishermen, harbour] = extractClaims(TEXT, { outlets }).claims;
  const { claims, last, ops } = correct([
    { type: 'outlet', claimId: fishermen!.id, outletId: 'reuters' },
    { type: 'outlet', claimId: harbour!.id, outletId: 'bbc' },
    { type: 'merge', claimId: fishermen!.id, otherClaimId: harbour!.id },
  ]);
  assert.equal(claims.find((c) => c.text.startsWith('Fishermen'))?.outlet?.id, 'reuters');
  assert.match(last.recut.op2!.notCarried.join(' '), /outlet set by hand \(BBC\)/);
  // Applied one at a time (as the handler does), the merge names the part whose hand-set outlet it dropped, and
  // the op that set it is found among the earlier ones: the corrections list can say it no longer applies.
  assert.deepEqual(last.recut.op2!.dropped, [{ field: 'outlet', claimId: harbour!.id }]);
  const before = applyCorrections(TEXT, extractClaims(TEXT, { outlets }).claims, ops.slice(0, 2), outlets).claims;
  assert.equal(handOpFor(TEXT, before, ops.slice(0, 2), 'outlet', harbour!.id), 'op1');
  // Replayed from scratch, the same op is reported as no longer applied, and only that one.
  const replay = applyCorrections(TEXT, extractClaims(TEXT, { outlets }).claims, ops, outlets);
  assert.deepEqual(replay.unapplied, ['op1']);
});

test('a speaker named by hand stays on both halves of a split, even where no cue is left', () => {
  const [guard] = extractClaims(TEXT, { outlets }).claims;
  const at = guard!.start + guard!.text.indexOf(', according') + 1;
  const { claims, last } = correct([
    { type: 'speaker', claimId: guard!.id, name: 'Coast guard spokesperson' },
    { type: 'split', claimId: guard!.id, at },
  ]);
  const halves = claims.filter((c) => c.start >= guard!.start && c.end <= guard!.end);
  assert.equal(halves.length, 2);
  for (const h of halves) assert.equal(h.speaker?.name, 'Coast guard spokesperson');
  assert.ok(last.recut.op1!.carried.some((c) => /speaker set by hand/.test(c)));
});

test('a merge carries both reviews: status, notes, evidence and history; it says when statuses disagree', () => {
  const [, fishermen, harbour] = extractClaims(TEXT, { outlets }).claims;
  const merged = { id: 'm', start: fishermen!.start, end: harbour!.end };
  const a = review(fishermen!, 'verified', { note: 'Asked two crews.', evidence: [link('e1', 'https://a.example/1')] });
  const b = review(harbour!, 'pending', {
    note: 'Port log checked.',
    evidence: [link('e1', 'https://b.example/2'), link('e2', 'https://a.example/1')],
  });
  const table = { [fishermen!.id]: a, [harbour!.id]: b, other: review({ id: 'other', start: 0, end: 5 }, 'disputed') };
  const out = carryReviews(
    table,
    { type: 'merge', first: fishermen!, second: harbour!, merged },
    {
      text: TEXT,
      reviewer: 'Bo',
      now: NOW,
    },
  );
  const r = out.reviews.m!;
  assert.equal(r.status, 'verified', 'a pending part does not undo the other’s mark');
  assert.equal(r.note, 'Asked two crews.\n\nPort log checked.');
  assert.deepEqual(
    r.evidence!.map((e) => [e.id, e.url]),
    [
      ['e1', 'https://a.example/1'],
      ['e1-2', 'https://b.example/2'],
    ],
  );
  assert.equal(TEXT.slice(r.anchor.start, r.anchor.end), r.anchor.quote);
  assert.equal(r.anchor.quote, TEXT.slice(merged.start, merged.end));
  assert.ok(r.history.length >= 3);
  assert.equal(out.reviews[fishermen!.id], undefined);
  assert.equal(out.reviews[harbour!.id], undefined);
  assert.equal(out.reviews.other?.status, 'disputed', 'other reviews are untouched');
  assert.deepEqual(out.notCarried, []);
  assert.ok(out.carried.includes('the status verified'));
  assert.ok(out.carried.includes('both notes'));
  assert.ok(out.carried.includes('2 evidence links'));

  const clash = mergeReviews(a, review(harbour!, 'disputed'), merged, {
    text: TEXT,
    reviewer: 'Bo',
    now: NOW,
    label: (id) => (id === a.claimId ? 'claim 2' : 'claim 3'),
  });
  assert.equal(clash.review?.status, 'pending');
  assert.match(clash.notCarried[0]!, /claim 2 verified, claim 3 disputed/);
  // Both marks stay in the history, and every history entry is one the window can show.
  assert.deepEqual(
    clash.review!.history.filter((h) => h.field === 'status').map((h) => h.to),
    ['verified', 'disputed'],
  );
});

test('a split copies the review to both halves; undoing a merge gives the merged review back to both parts', () => {
  const [guard, fishermen, harbour] = extractClaims(TEXT, { outlets }).claims;
  const whole = review(guard!, 'disputed', { note: 'Waves were 6 m.', evidence: [link('e1', 'https://x.example')] });
  const at = guard!.text.indexOf(', according') + 1;
  const halves = [
    { id: 'h1', start: guard!.start, end: guard!.start + at },
    { id: 'h2', start: guard!.start + at + 1, end: guard!.end },
  ];
  const split = carryReviews(
    { [guard!.id]: whole },
    { type: 'split', whole: guard!, halves },
    {
      text: TEXT,
      reviewer: 'Bo',
      now: NOW,
    },
  );
  for (const h of halves) {
    const r = split.reviews[h.id]!;
    assert.equal(r.status, 'disputed');
    assert.equal(r.note, 'Waves were 6 m.');
    assert.equal(r.evidence?.length, 1);
    assert.equal(r.anchor.quote, TEXT.slice(h.start, h.end));
  }
  assert.equal(split.reviews[guard!.id], undefined);

  // Undo of a merge: the merged claim is gone, its two parts are back.
  const merged = { id: 'm', start: fishermen!.start, end: harbour!.end, kind: 'attributed' };
  const table = { m: { ...review(merged, 'verified'), note: 'Both checked.' } };
  const back = carryAcrossRecut(table, [guard!, merged], [guard!, fishermen!, harbour!], {
    text: TEXT,
    reviewer: 'Bo',
    now: NOW,
  });
  assert.equal(back.reviews[fishermen!.id]?.status, 'verified');
  assert.equal(back.reviews[harbour!.id]?.note, 'Both checked.');
  assert.equal(back.reviews.m, undefined);
  // Undo of a split: the halves' reviews join on the whole claim again.
  const joined = carryAcrossRecut(split.reviews, [...halves, fishermen!], [guard!, fishermen!], {
    text: TEXT,
    reviewer: 'Bo',
    now: NOW,
  });
  assert.equal(joined.reviews[guard!.id]?.status, 'disputed');
  assert.equal(joined.reviews[guard!.id]?.note, 'Waves were 6 m.');
  assert.equal(joined.reviews[guard!.id]?.evidence?.length, 1);
});
