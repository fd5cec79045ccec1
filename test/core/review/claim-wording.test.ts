import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanWording, defaultWording, MAX_WORDING } from '../../../main/core/review/claim-wording';
import type { Claim } from '../../../main/core/types';

function attributed(text: string, content: string): Claim {
  const start = text.indexOf(content);
  return {
    id: 'c',
    start: 0,
    end: text.length,
    text,
    kind: 'attributed',
    speaker: { name: 'Mara Quint', start: 0, end: 10 },
    outlet: null,
    attributions: [{ cue: [], source: [], content: [{ start, end: start + content.length, text: content }] }],
    checkworthiness: 0.5,
  };
}

test('the claim as checked starts as the attribution content, without the reporting clause', () => {
  const text = 'Mara Quint said that the harbour toll doubled in two years.';
  assert.equal(
    defaultWording(attributed(text, 'that the harbour toll doubled in two years')),
    'The harbour toll doubled in two years',
  );
});

test('a content too short to stand alone is a parser fragment: the sentence is the wording', () => {
  const text = 'The criticism came from the port authority, which called the toll unlawful.';
  assert.equal(defaultWording(attributed(text, 'The criticism')), text.slice(0, -1));
  const quoted = 'She said “it” twice before the vote on the harbour toll.';
  assert.equal(defaultWording(attributed(quoted, '“it”')), quoted.slice(0, -1));
});

test('edited wordings are tidied and held to the published length; abbreviations keep their dot', () => {
  assert.equal(cleanWording('  The toll\n doubled  '), 'The toll doubled');
  assert.equal(cleanWording('Trade grew with the U.S.'), 'Trade grew with the U.S.');
  const long = cleanWording('word '.repeat(200));
  assert.ok(long.length <= MAX_WORDING && long.endsWith('…'));
});
