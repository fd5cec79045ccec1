import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorFor } from '../../../main/core/review/anchor';
import { locateAnchor } from '../../../main/core/review/locate';
import { reattachReviews, type AnchoredClaim } from '../../../main/core/review/reanchor';
import type { ReviewRecord } from '../../../main/core/review/record';

const V1 = [
  'The minister said on Monday that 40 people were hurt in the blast.',
  'Police said the fire was put out within two hours.',
  'The mayor promised a full inquiry into the cause.',
  'Officials said the figures would be published next week.',
].join(' ');

function claimsOf(text: string): AnchoredClaim[] {
  const out: AnchoredClaim[] = [];
  const re = /[^.]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    while (text[start] === ' ') start++;
    const end = m.index + m[0].length;
    out.push({
      id: `c${out.length}-${text.slice(start, start + 8)}`,
      start,
      end,
      text: text.slice(start, end),
      kind: 'attributed',
    });
  }
  return out;
}

function review(text: string, claim: AnchoredClaim, status: ReviewRecord['status'], note = ''): ReviewRecord {
  return {
    claimId: claim.id,
    status,
    note,
    reviewer: 'Ana',
    updatedAt: '2026-05-01T00:00:00.000Z',
    anchor: anchorFor(text, claim.start, claim.end),
    history: [{ at: '2026-05-01T00:00:00.000Z', by: 'Ana', field: 'status', from: 'pending', to: status }],
  };
}

test('an anchor is found in place, after text moved, and with changed whitespace', () => {
  const a = anchorFor(V1, 67, 118);
  assert.deepEqual(locateAnchor(V1, a), { start: 67, end: 118, confidence: 'exact' });
  const moved = `BREAKING. ${V1}`;
  assert.deepEqual(locateAnchor(moved, a), { start: 77, end: 128, confidence: 'moved' });
  const wrapped = V1.replace('fire was put out', 'fire was\nput out');
  assert.equal(locateAnchor(wrapped, a)?.confidence, 'whitespace');
});

test('the occurrence whose context matches wins over a nearer duplicate', () => {
  const text = 'He said no. The talks ended. She said no. The deal died.';
  const a = anchorFor(text, text.indexOf('She said no.') + 4, text.indexOf('She said no.') + 12);
  const edited = `Intro. ${text}`;
  const found = locateAnchor(edited, a);
  assert.equal(edited.slice(found!.start - 4, found!.end), 'She said no.');
});

test('a lightly edited sentence re-attaches through its context; a rewritten one does not', () => {
  const claims = claimsOf(V1);
  const reviews = [
    review(V1, claims[0]!, 'verified'),
    review(V1, claims[1]!, 'disputed', 'Fire brigade says four hours'),
    review(V1, claims[2]!, 'unsourced', 'No inquiry announced'),
  ];
  const v2 = V1.replace('put out within two hours', 'put out within about two hours').replace(
    'The mayor promised a full inquiry into the cause.',
    'A spokesman declined to comment on the weather.',
  );
  const result = reattachReviews(v2, claimsOf(v2), reviews, new Date('2026-06-01T00:00:00Z'));
  const byText = Object.values(result.reviews).map((r) => [r.anchor.quote.slice(0, 12), r.status]);
  assert.deepEqual(byText.sort(), [
    ['Police said ', 'disputed'],
    ['The minister', 'verified'],
  ]);
  assert.equal(result.orphans.length, 1);
  assert.equal(result.orphans[0]!.review.note, 'No inquiry announced');
  assert.match(result.orphans[0]!.reason, /could not be found/);
  // Re-attached reviews carry fresh anchors for the new text and keep their history.
  const police = Object.values(result.reviews).find((r) => r.status === 'disputed')!;
  assert.equal(v2.slice(police.anchor.start, police.anchor.end), police.anchor.quote);
  assert.equal(police.history.length, 1);
});

test('claims cut differently still take their reviews; two reviews never share one claim', () => {
  const claims = claimsOf(V1);
  const r0 = review(V1, claims[0]!, 'verified');
  const r1 = review(V1, claims[1]!, 'disputed', 'second');
  // Claims 0 and 1 merged into one.
  const merged: AnchoredClaim[] = [
    {
      id: 'm',
      start: claims[0]!.start,
      end: claims[1]!.end,
      text: V1.slice(claims[0]!.start, claims[1]!.end),
      kind: 'attributed',
    },
    ...claimsOf(V1).slice(2),
  ];
  const result = reattachReviews(V1, merged, [r0, r1], new Date());
  assert.equal(Object.keys(result.reviews).length, 1);
  assert.equal(result.reviews.m?.status, 'verified');
  assert.equal(result.orphans.length, 1);
  assert.match(result.orphans[0]!.reason, /another review/);
});
