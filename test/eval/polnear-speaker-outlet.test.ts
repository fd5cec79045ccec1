import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, ClaimOutlet, Span } from '../../main/core/types';
import { span } from '../../main/core/types';
import { scorePolnear } from './polnear-speaker-outlet';

// Our own two-sentence article in PolNeAR's shape: a pronoun speaker and an outlet source.
const text = 'She said the plant would close. The Washington Post reported that talks had failed.';
const at = (s: string): Span => span(text, text.indexOf(s), text.indexOf(s) + s.length);
const article = {
  id: 'own-1',
  text,
  attributions: [
    { source: [at('She')], cue: [at('said')], content: [at('the plant would close')] },
    { source: [at('The Washington Post')], cue: [at('reported')], content: [at('that talks had failed')] },
  ],
};

function claim(from: string, to: string, speaker: Claim['speaker'], outlet: ClaimOutlet | null): Claim {
  const start = text.indexOf(from);
  const end = text.indexOf(to) + to.length;
  return {
    id: from,
    start,
    end,
    text: text.slice(start, end),
    kind: 'attributed',
    speaker,
    outlet,
    attributions: [],
    checkworthiness: 0,
  };
}

const post: ClaimOutlet = { id: 'washington-post', name: 'The Washington Post', domain: '', stated: true, via: [] };

test('a resolved pronoun sitting on the gold source and the stated outlet both count', () => {
  const she = { name: 'Ana Ruiz', start: 0, end: 3 };
  const s = scorePolnear(
    () => ({
      claims: [claim('She', 'close.', she, null), claim('The Washington', 'failed.', null, post)],
    }),
    [article],
  );
  assert.deepEqual(s.speaker, { right: 1, total: 1 });
  assert.deepEqual(s.outlet, { right: 1, total: 1 });
});

test('an inherited outlet, a wrong speaker and a missing claim are wrong', () => {
  const elsewhere = { name: 'the plant', start: 9, end: 18 };
  const s = scorePolnear(
    () => ({ claims: [claim('She', 'close.', elsewhere, { ...post, stated: false })] }),
    [article],
  );
  assert.deepEqual(s.speaker, { right: 0, total: 1 });
  assert.deepEqual(s.outlet, { right: 0, total: 1 });
});
