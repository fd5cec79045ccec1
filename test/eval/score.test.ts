import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution, Claim, Span } from '../../main/core/types';
import { resolveArticle } from './gold';
import { namesMatch, prf, roleValue, scoreArticle, snap } from './score';
import { saidBaseline } from './baseline';

const TEXT = '“We will win,” said Sen. Ann Lee. Officials said the vote would be close.';

const gold = resolveArticle(
  {
    id: 'toy',
    split: 'dev',
    text: 'toy.txt',
    attributions: [
      {
        source: ['Sen. Ann Lee'],
        cue: [{ text: 'said', occurrence: 1 }],
        content: ['“We will win,”'],
        speaker: 'Ann Lee',
        outlet: null,
      },
      {
        source: ['Officials'],
        cue: [{ text: 'said', occurrence: 2 }],
        content: ['the vote would be close'],
        speaker: 'Officials',
        outlet: null,
      },
    ],
  },
  TEXT,
  'toy.txt',
);

function sp(text: string, from = 0): Span {
  const start = TEXT.indexOf(text, from);
  assert.ok(start >= 0, text);
  return { start, end: start + text.length, text };
}

function claims(attrs: Attribution[], speaker: string | null = null): Claim[] {
  return [
    {
      id: 'c',
      start: 0,
      end: TEXT.length,
      text: TEXT,
      kind: 'attributed',
      speaker: speaker ? { name: speaker, start: 0, end: 0 } : null,
      outlet: null,
      attributions: attrs,
      checkworthiness: 0,
    },
  ];
}

const secondSaid = TEXT.indexOf('said', 20);

test('a perfect prediction scores 1.0 on every role', () => {
  const s = scoreArticle(gold, {
    claims: claims([
      { source: [sp('Sen. Ann Lee')], cue: [sp('said')], content: [sp('“We will win,”')] },
      { source: [sp('Officials')], cue: [sp('said', secondSaid)], content: [sp('the vote would be close')] },
    ]),
  });
  for (const role of ['source', 'cue', 'content'] as const)
    assert.deepEqual(prf(s.roles[role]), { p: 1, r: 1, f1: 1 }, role);
});

test('snapping: "said," equals "said", quotes and the final period do not count, partial words widen', () => {
  assert.deepEqual(snap(TEXT, sp('said').start, sp('said').end + 1), snap(TEXT, sp('said').start, sp('said').end));
  assert.deepEqual(snap(TEXT, 0, 15), [1, 12]);
  assert.deepEqual(snap(TEXT, sp('said').start + 1, sp('said').end), [sp('said').start, sp('said').end]);
  assert.equal(snap(TEXT, 13, 15), null);
  assert.deepEqual(roleValue("Korea's", [{ start: 0, end: 5, text: 'Korea' }]), [[0, 7]]);
  const s = scoreArticle(gold, {
    claims: claims([
      {
        source: [sp('Sen. Ann Lee.')],
        cue: [{ ...sp('said'), end: sp('said').end + 1, text: 'said ' }],
        content: [sp('We will win')],
      },
    ]),
  });
  assert.equal(s.roles.cue.tp, 1);
  assert.equal(s.roles.source.tp, 1);
  assert.equal(s.roles.content.tp, 1);
});

test('fragments separated only by punctuation and spaces merge; a different split of a quote still matches', () => {
  const text = '“One.\n\n“Two,” he said.';
  const a = roleValue(text, [
    { start: 0, end: 5, text: '' },
    { start: 7, end: 13, text: '' },
  ]);
  const b = roleValue(text, [{ start: 0, end: 13, text: '' }]);
  assert.deepEqual(a, b);
});

test('a cue mismatch zeroes source and content even when their spans are right', () => {
  const s = scoreArticle(gold, {
    claims: claims([{ source: [sp('Sen. Ann Lee')], cue: [sp('win')], content: [sp('“We will win,”')] }]),
  });
  assert.equal(s.roles.cue.tp, 0);
  assert.equal(s.roles.source.tp, 0);
  assert.equal(s.roles.content.tp, 0);
  assert.equal(s.roles.source.pred, 1);
  assert.equal(s.roles.source.gold, 2);
});

test('attributions with `within` are not scored; duplicates across claims count once', () => {
  const a: Attribution = {
    source: [sp('Officials')],
    cue: [sp('said', secondSaid)],
    content: [sp('the vote would be close')],
  };
  const nested: Attribution = {
    source: [sp('Sen. Ann Lee')],
    cue: [sp('said')],
    content: [sp('“We will win,”')],
    within: 0,
  };
  const two = [...claims([a, nested]), ...claims([a])];
  const s = scoreArticle(gold, { claims: two });
  assert.deepEqual(s.roles.cue, { tp: 1, gold: 2, pred: 1 });
});

test('speaker names match on word suffixes; outlets only when stated', () => {
  assert.ok(namesMatch('Senate Majority Leader Chuck Schumer', 'Chuck Schumer'));
  assert.ok(namesMatch('Schumer', 'Chuck Schumer'));
  assert.ok(namesMatch('the State Department', 'State Department'));
  assert.ok(!namesMatch('Chuck Schumer', 'Chuck Grassley'));
  const right = scoreArticle(gold, { claims: claims([], 'Ann Lee') });
  // Two gold attributions with different speakers land in the one predicted claim: one speaker can be right.
  assert.deepEqual(right.speaker, { right: 1, total: 2 });
  assert.deepEqual(right.outlet, { right: 2, total: 2 });
});

test('the said-verb baseline finds said-cues and never throws', () => {
  const out = saidBaseline(TEXT);
  const cues = out.claims.flatMap((c) => c.attributions.map((a) => a.cue[0]?.text));
  assert.deepEqual(cues, ['said', 'said']);
  const s = scoreArticle(gold, out);
  assert.equal(s.roles.cue.tp, 2);
  assert.doesNotThrow(() => saidBaseline('\u200f"" said said,\r\n\u00a0says'));
});
