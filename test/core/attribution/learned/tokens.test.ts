// Quote state as a reader reads it, token by token: the learned taggers' features stand on it. Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeForMatching } from '../../../../main/core/text/normalize';
import { splitSentences } from '../../../../main/core/text/sentences';
import { paragraphTokens } from '../../../../main/core/attribution/learned/tokens';

function quoted(text: string): string[] {
  const n = normalizeForMatching(text);
  const T = paragraphTokens(n, text, 0, n.length, splitSentences(n, 0, n.length));
  return T.filter((t) => t.inQ && t.q === 0).map((t) => text.slice(t.s, t.e));
}

test('a question inside closing quotes stays inside the quote; the cue after it is outside', () => {
  const words = quoted('“Who would have guessed the turnout?” the mayor said, waving to the crowd.');
  assert.deepEqual(words, ['Who', 'would', 'have', 'guessed', 'the', 'turnout', '?']);
});

test('an exclamation in straight quotes', () => {
  assert.deepEqual(quoted('"Stop the vote!" she shouted.'), ['Stop', 'the', 'vote', '!']);
});

test('single quotes nested in a double quote keep the whole stretch inside', () => {
  const words = quoted('"It sounds like \'we can wait a while,\'" he said.');
  assert.ok(words.includes('wait'));
  assert.ok(!words.includes('he'));
  assert.ok(!words.includes('said'));
});

test('a split quote: two stretches with the cue outside both', () => {
  const words = quoted('“We are ready,” the coach said, “and we will not back down.”');
  assert.ok(words.includes('ready') && words.includes('back'));
  assert.ok(!words.includes('coach') && !words.includes('said'));
});

test('a quote running over several sentences stays open until it closes', () => {
  const words = quoted('The chair said: "The plan is sound. It will pass. Nobody doubts it." Then she left.');
  assert.ok(words.includes('sound') && words.includes('pass') && words.includes('doubts'));
  assert.ok(!words.includes('Then') && !words.includes('left') && !words.includes('chair'));
});

test("doubled apostrophes ('') open and close a quote like double marks", () => {
  const words = quoted("''We will see,'' the senator said. ''Maybe.''");
  assert.deepEqual(words, ['We', 'will', 'see', ',', 'Maybe', '.']);
});

test('apostrophes inside words are not quotes', () => {
  assert.deepEqual(quoted("The nation's leaders don't agree, and the '90s are gone."), []);
});
