// Quotes through the whole learned pipeline, in the forms issue 12 lists, on sentences written for these tests.
// The spans follow PolNeAR: the content keeps its quotation marks; a quote over several sentences is one content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../../../../main/core/extract';
import type { Attribution } from '../../../../main/core/types';

function top(text: string): Attribution[] {
  const seen = new Set<string>();
  const out: Attribution[] = [];
  for (const c of extractClaims(text).claims)
    for (const a of c.attributions) {
      const k = `${a.cue[0]?.start}`;
      if (a.within !== undefined || seen.has(k)) continue;
      seen.add(k);
      out.push(a);
    }
  return out;
}

function only(text: string, cue: string): Attribution {
  const a = top(text).find((x) => x.cue.map((s) => s.text).join(' ') === cue);
  assert.ok(a, `no attribution with cue "${cue}" in: ${text}`);
  return a;
}

const textOf = (xs: { text: string }[]) => xs.map((s) => s.text).join(' | ');

test('a question mark inside the closing quote: the cue after it still takes the quote', () => {
  const text = '“Who would have believed the turnout?” the mayor said, looking out at the crowd.';
  const a = only(text, 'said');
  assert.equal(textOf(a.source), 'the mayor');
  assert.equal(textOf(a.content), '“Who would have believed the turnout?”');
});

test('an exclamation mark inside straight quotes', () => {
  const a = only('"We will not give up!" the organiser said.', 'said');
  assert.equal(textOf(a.source), 'the organiser');
  assert.equal(textOf(a.content), '"We will not give up!"');
});

test('a quote nested in a quote is part of the outer content', () => {
  const a = only('“It feels like, ‘we can wait a little longer,’” she said.', 'said');
  assert.equal(textOf(a.source), 'she');
  assert.ok(textOf(a.content).startsWith('“It feels like'));
  assert.ok(textOf(a.content).includes('‘we can wait a little longer,’'));
});

test('a quote over several sentences after a colon is one content span', () => {
  const text = 'The minister said: "Prices will fall next year. Wages will rise after that."';
  const a = top(text)[0];
  assert.ok(a);
  assert.equal(a.content.length, 1);
  assert.ok(a.content[0]!.text.includes('Prices will fall') && a.content[0]!.text.includes('Wages will rise'));
});

test('a quote continued in the next sentence: its claim carries the attribution too', () => {
  const text = '“We are ready,” the coach said. “The other side should be worried about us.”';
  const claims = extractClaims(text).claims;
  assert.equal(claims.length, 2);
  assert.equal(claims[0]!.kind, 'attributed');
  assert.equal(claims[0]!.speaker?.name, 'the coach');
});

test("doubled apostrophes ('') work as quotation marks", () => {
  const a = only("''We will win this seat,'' the senator said.", 'said');
  assert.equal(textOf(a.source), 'the senator');
  assert.ok(textOf(a.content).startsWith("''We will win"));
});
