// The sample article's acceptance points (issue 2) and the invariants every extraction keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractClaims } from '../../main/core/extract';
import type { Claim, Extraction } from '../../main/core/types';

const text = readFileSync(new URL('../../seeds/putin-kim-letter.txt', import.meta.url), 'utf8');
const x = extractClaims(text);

// The hand-built rules alone: the learned tagger reads them as features, and their spans on the sample are pinned
// here; the default (learned) extraction is pinned on what the desk acts on, each claim's speaker and outlet.
const rulesOnly = extractClaims(text, { engine: 'rules' });

function claim(startsWith: string, from: Extraction = x): Claim {
  const c = from.claims.find((c) => c.text.startsWith(startsWith));
  assert.ok(c, `no claim starts with ${JSON.stringify(startsWith)}`);
  return c;
}

function assertSpans(e: Extraction): void {
  for (const c of e.claims) {
    assert.equal(e.text.slice(c.start, c.end), c.text);
    // The speaker is named in the claim, or in the source of an attribution it carries (a continued quote).
    const named = (sp: { start: number; end: number }) =>
      (sp.start >= c.start && sp.end <= c.end) ||
      c.attributions.some((a) => a.source.some((s) => s.start <= sp.start && sp.end <= s.end));
    if (c.speaker) assert.ok(named(c.speaker), `speaker inside claim: ${c.text}`);
    for (const a of c.attributions) {
      for (const s of [...a.cue, ...a.source, ...a.content]) assert.equal(e.text.slice(s.start, s.end), s.text);
      // An attribution belongs to the claims it touches: its cue's, or those its content runs over.
      const touches = [...a.cue, ...a.content].some((s) => s.start < c.end && c.start < s.end);
      assert.ok(touches, `attribution outside its claim: ${c.text}`);
      if (a.within !== undefined) assert.ok(a.within >= 0 && a.within < c.attributions.length);
    }
  }
  for (const s of e.skipped) assert.equal(e.text.slice(s.start, s.end), s.text);
}

test('sample: every span indexes the text exactly', () => {
  assert.equal(x.text, text);
  assertSpans(x);
});

test('sample: furniture lines are skipped, not claims', () => {
  const skipped = x.skipped.map((s) => s.text);
  assert.ok(skipped.some((s) => s.startsWith('(Photo : ALEXANDER ZEMLIANICHENKO')));
  assert.ok(skipped.some((s) => s.startsWith('Read Also:')));
  assert.ok(skipped.some((s) => s.startsWith('Related Article:')));
  assert.ok(skipped.includes('@YouTube'));
  for (const c of x.claims) {
    assert.ok(!/^(?:\(Photo|Read Also|Related Article|@YouTube)/.test(c.text), c.text);
  }
  assert.equal(x.skipped.find((s) => s.text.startsWith('(Photo'))?.reason, 'photo credit');
});

test("sample: headings, and the headline's own attributions (PolNeAR annotates headlines)", () => {
  const headings = x.claims.filter((c) => c.kind === 'heading');
  assert.deepEqual(
    headings.map((c) => c.text),
    [
      text.split('\n')[0],
      'Russia, North Korea To Expand Bilateral Relations',
      'Putin Allegedly Looks For Security Through Allies',
    ],
  );
  const [headline, ...subheads] = headings;
  assert.deepEqual(
    headline!.attributions.map((a) => [a.source[0]?.text, a.cue[0]?.text, a.content[0]?.text]),
    [
      ['Vladimir Putin', 'Tells', 'To Expand Russia-North Korea Bilateral Relations'],
      ['UN', 'Calls for', "Pyongyang's Denuclearization"],
    ],
  );
  for (const c of subheads) assert.equal(c.attributions.length, 0);
});

test('sample: Pyongyang\'s official media, nested "assures"', () => {
  const c = claim('According to Pyongyang');
  assert.equal(c.kind, 'attributed');
  assert.equal(c.outlet?.id, 'kp-state-media');
  assert.equal(c.outlet?.stated, true);
  assert.equal(c.speaker?.name, 'Vladimir Putin');
  assert.equal(text.slice(c.speaker!.start, c.speaker!.end), 'Vladimir Putin');
  assert.equal(c.attributions.length, 2);
  const [outer, inner] = c.attributions;
  assert.equal(outer!.cue[0]!.text, 'According to');
  // The learned tagger takes "on Monday" into the source (PolNeAR would not): a known model error, see
  // main/core/attribution/DESIGN.md. The outlet and speaker, what the desk acts on, are right.
  assert.ok(outer!.source[0]!.text.startsWith("Pyongyang's official media"));
  assert.equal(inner!.cue[0]!.text, 'assures');
  assert.equal(inner!.source[0]!.text, 'Russian President Vladimir Putin');
  assert.equal(inner!.within, 0);
  assert.ok(inner!.content[0]!.text.startsWith('that his country and Russia will "expand'));
  assert.ok(inner!.content[0]!.text.endsWith('joint efforts."'));
  assert.ok(outer!.content[0]!.text.startsWith('Russian President Vladimir Putin assures'));
});

test('sample: KCNA news agency, speaker Putin', () => {
  const c = claim('Russian President Vladimir Putin stated in a letter');
  assert.equal(c.outlet?.id, 'kcna');
  assert.equal(c.speaker?.name, 'Vladimir Putin');
  const learnedAcc = c.attributions.find((a) => a.cue[0]?.text === 'according to');
  assert.equal(learnedAcc?.source[0]?.text, "North Korea's KCNA news agency");
  // The rules: the phrases between the verb and the "that"-clause belong to the cue (PolNeAR "said Thursday
  // morning"), and "stated" nests in "according to". The learned tagger misses the cue's extension (DESIGN.md).
  const r = claim('Russian President Vladimir Putin stated in a letter', rulesOnly);
  const stated = r.attributions.find(
    (a) => a.cue[0]?.text === "stated in a letter to Kim Jong Un on Korea's liberation day",
  );
  assert.ok(stated);
  assert.equal(
    stated.within,
    r.attributions.findIndex((a) => a.cue[0]?.text === 'according to'),
  );
  assert.ok(stated.content[0]!.text.startsWith('that tighter ties'));
  assert.ok(!stated.content[0]!.text.endsWith('.'));
  const acc = r.attributions.find((a) => a.cue[0]?.text === 'according to');
  assert.equal(acc?.source[0]?.text, "North Korea's KCNA news agency");
});

test('sample: Reuters via MSN', () => {
  const c = claim('Ukraine, which is battling');
  assert.equal(c.outlet?.id, 'reuters');
  assert.deepEqual(
    c.outlet?.via.map((v) => v.id),
    ['msn'],
  );
  assert.equal(c.outlet?.stated, true);
  assert.equal(c.attributions[0]?.source[0]?.text, 'Reuters via MSN');
});

test('sample: the Express twice; Owji speaks; "There are fears" has no speaker', () => {
  const owji = claim('According to the Express');
  assert.match(owji.outlet?.id ?? '', /express/);
  assert.equal(owji.speaker?.name, 'Javad Owji');
  const fears = claim('There are fears');
  assert.match(fears.outlet?.id ?? '', /express/);
  assert.equal(fears.outlet?.stated, true);
  assert.equal(fears.speaker, null);
  for (const a of fears.attributions) for (const s of a.source) assert.notEqual(s.text, 'There');
});

test('sample: Business World reported; authorities believe', () => {
  const c = claim('North Korea has conducted a record number');
  assert.equal(c.outlet?.id, 'business-world');
  assert.equal(c.speaker?.name, 'authorities in Seoul and Washington');
  assert.ok(c.attributions.some((a) => a.cue[0]?.text === 'reported' && a.source[0]?.text === 'Business World'));
  // The rules nest "believe" in "reported"; the learned tagger gives both at the top level.
  const r = claim('North Korea has conducted a record number', rulesOnly);
  const rep = r.attributions.findIndex((a) => a.cue[0]?.text === 'reported');
  const bel = r.attributions.find((a) => a.cue[0]?.text === 'believe');
  assert.equal(r.attributions[rep]?.source[0]?.text, 'Business World');
  assert.equal(bel?.within, rep);
  assert.ok(bel?.content[0]?.text.startsWith('it is ready'));
  assert.ok(c.checkworthiness >= 0.7, 'a record number of missile tests is check-worthy');
});

test('sample: Russian official media', () => {
  const c = claim('According to Russian official media');
  assert.equal(c.outlet?.id, 'ru-state-media');
});

test('sample: KCNA stated ... Guterres said', () => {
  const c = claim("North Korea's main news agency KCNA");
  assert.equal(c.outlet?.id, 'kcna');
  assert.equal(c.speaker?.name, 'Antonio Guterres');
  // "stated X after Guterres said ...": the subordinate clause has its own cue, so it ends KCNA's content and
  // Guterres's attribution is not nested in it.
  const said = c.attributions.find((a) => a.cue[0]?.text.startsWith('said'));
  // PolNeAR would extend the cue over "in a meeting ... on Friday"; the learned tagger stops at "said" (a known
  // model error, DESIGN.md).
  assert.ok(said?.cue[0]?.text.startsWith('said'));
  assert.equal(said?.source[0]?.text, 'UN Secretary-General Antonio Guterres');
  assert.equal(said?.within, undefined);
  const stated = c.attributions.find((a) => a.cue[0]?.text === 'stated');
  assert.ok(stated?.content[0]?.text.startsWith('the foreign ministry'));
  assert.ok(!stated?.content.some((x) => x.text.includes('Guterres')));
});

test('sample: speakers without outlets', () => {
  assert.equal(claim('Kim Jong Un also wrote').speaker?.name, 'Kim Jong Un');
  assert.equal(claim('Kim Jong Un also wrote').attributions[0]?.cue[0]?.text, 'claiming');
  assert.equal(claim('Kim Jong Un projected').speaker?.name, 'Kim Jong Un');
  const letter = claim('The two nations');
  assert.equal(letter.speaker?.name, 'Kim Jong Un');
  assert.equal(text.slice(letter.speaker!.start, letter.speaker!.end), 'Kim');
  assert.equal(letter.attributions[0]?.source[0]?.text, "Kim's letter");
  assert.equal(claim('Ukraine claims that').speaker?.name, 'Ukraine');
  assert.equal(claim('Ukraine claims that').attributions[0]?.cue[0]?.text, 'claims');
  assert.equal(claim("North Korea's foreign ministry slammed").speaker?.name, "North Korea's foreign ministry");
  const hinted = claim('North Korea recognized');
  assert.equal(hinted.speaker?.name, 'authorities');
  assert.equal(hinted.attributions[0]?.cue[0]?.text, 'hinted');
});

test('sample: "KCNA did not name" is not an attribution', () => {
  const c = claim('KCNA did not name');
  assert.equal(c.kind, 'unattributed');
  assert.equal(c.attributions.length, 0);
});

test('sample: an outlet is carried forward in its paragraph, never back (CONVENTIONS.md, inherited outlets)', () => {
  // Named only after them: nothing to inherit.
  assert.equal(claim('Ukraine claims that Iran').outlet, null);
  assert.equal(claim('Belarusian President Alexander Lukashenko').outlet, null);
  assert.equal(claim('However, commerce between China and Russia').outlet, null);
  // Carried forward from the sentence before, and marked as inherited.
  const carried = claim('Relations between Russia and North Korea');
  assert.equal(carried.outlet?.id, 'ru-state-media');
  assert.equal(carried.outlet?.stated, false);
});

test('sample: ids are stable and unique', () => {
  const again = extractClaims(text);
  assert.deepEqual(
    again.claims.map((c) => c.id),
    x.claims.map((c) => c.id),
  );
  assert.equal(new Set(x.claims.map((c) => c.id)).size, x.claims.length);
});

test('CRLF and NBSP keep every offset exact', () => {
  const crlf = text.replace(/\n/g, '\r\n');
  const y = extractClaims(crlf);
  assertSpans(y);
  assert.equal(y.claims.length, x.claims.length);
  assert.equal(y.claims.find((c) => c.text.startsWith('North Korea has conducted'))?.outlet?.id, 'business-world');
});

test('curly quotes', () => {
  const y = extractClaims('\u201cWe will win,\u201d said Kim Jong Un.');
  assertSpans(y);
  assert.equal(y.claims[0]?.speaker?.name, 'Kim Jong Un');
  assert.equal(y.claims[0]?.attributions[0]?.content[0]?.text, '\u201cWe will win,\u201d');
});

test('hostile Unicode never throws and spans stay exact', () => {
  const nasty = [
    '',
    ' ',
    '\n\n\n',
    '\ud800',
    '\udfff said he.',
    'a\u0000b',
    '\u202e\u200f said Kim.',
    '😀'.repeat(50) + ' said Kim.',
    '"'.repeat(500),
    '. . . ,,, ;;; ""',
    'according to',
    ', saying',
    'said',
    '\u00a0\r\r\n\u2028',
  ];
  for (const s of nasty) assertSpans(extractClaims(s));
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = [
    'a',
    'Kim',
    ' said',
    ' that',
    ', ',
    '.',
    '"',
    '\u201c',
    '\u201d',
    '\n',
    '\r\n',
    '\u00a0',
    'according to ',
    'Reuters',
    '\ud83d',
    '\ude00',
    ' ',
    'E',
    '\u0301',
    '(',
    ')',
    ':',
    '-',
  ];
  for (let k = 0; k < 300; k++) {
    let s = '';
    const len = Math.floor(rnd() * 80);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    assertSpans(extractClaims(s));
  }
});
