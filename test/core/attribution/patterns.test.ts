// General attribution patterns (issue 3): verb groups, passives, inversions, quotes, pronouns, expletives,
// datelines and traps. Each case is a short text run through the whole pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../../../main/core/extract';

// These tests pin the hand-built rules, which the learned tagger reads as features (ARCHITECTURE.md).
const RULES = { engine: 'rules' } as const;
import type { Attribution, Claim } from '../../../main/core/types';

function one(text: string): Claim {
  const x = extractClaims(text, RULES);
  const c = x.claims[x.claims.length - 1];
  assert.ok(c, `no claim in ${text}`);
  for (const k of x.claims)
    for (const a of k.attributions)
      for (const s of [...a.cue, ...a.source, ...a.content]) assert.equal(text.slice(s.start, s.end), s.text);
  return c;
}

function parts(a: Attribution | undefined): { cue: string; source: string; content: string[] } {
  assert.ok(a, 'missing attribution');
  return {
    cue: a.cue.map((s) => s.text).join(' '),
    source: a.source.map((s) => s.text).join(' '),
    content: a.content.map((s) => s.text),
  };
}

test('verb group with auxiliary and adverb', () => {
  const c = one('The minister has repeatedly said that the plan is dead.');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'has repeatedly said',
    source: 'The minister',
    content: ['that the plan is dead'],
  });
  assert.equal(c.speaker?.name, 'The minister');
});

test('negated verb group', () => {
  const c = one('Moscow did not deny that troops were moved.');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'did not deny',
    source: 'Moscow',
    content: ['that troops were moved'],
  });
});

test('passive chain: is expected to announce', () => {
  const c = one('The president is expected to announce new sanctions.');
  assert.equal(parts(c.attributions[0]).cue, 'is expected to announce');
  assert.equal(parts(c.attributions[0]).source, 'The president');
});

test('expletive it with a passive has no source', () => {
  const c = one('It is believed that the missile failed.');
  assert.deepEqual(parts(c.attributions[0]), { cue: 'is believed', source: '', content: ['that the missile failed'] });
  assert.equal(c.speaker, null);
});

test('expletive there with a noun cue has no source', () => {
  const c = one('There were reports that the border was closed.');
  assert.deepEqual(parts(c.attributions[0]), { cue: 'reports', source: '', content: ['that the border was closed'] });
  assert.equal(c.speaker, null);
});

test('X told Y that: the addressee is not the source', () => {
  const c = one('Kim told reporters that the talks had collapsed.');
  assert.deepEqual(parts(c.attributions[0]), { cue: 'told', source: 'Kim', content: ['that the talks had collapsed'] });
});

test('told an outlet: the outlet carried the words', () => {
  const c = one('Zelenskiy told Reuters that the war would end this year.');
  assert.equal(c.speaker?.name, 'Zelenskiy');
  assert.equal(c.outlet?.id, 'reuters');
});

test('quoted X as saying: outlet outer, speaker inner', () => {
  const c = one('KCNA quoted Kim as saying that the test was a success.');
  assert.equal(c.outlet?.id, 'kcna');
  assert.equal(c.speaker?.name, 'Kim');
  assert.equal(parts(c.attributions[0]).cue, 'quoted');
  assert.equal(parts(c.attributions[1]).cue, 'as saying');
  assert.equal(c.attributions[1]?.within, 0);
});

test('passive quoted as saying', () => {
  const c = one('Kim was quoted as saying the test was a success.');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'was quoted as saying',
    source: 'Kim',
    content: ['the test was a success'],
  });
});

test('inverted quote: "...," said Kim Jong Un', () => {
  const c = one('"We will never give up," said Kim Jong Un.');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'said',
    source: 'Kim Jong Un',
    content: ['"We will never give up,"'],
  });
  assert.equal(c.speaker?.name, 'Kim Jong Un');
});

test('quote then subject and verb: "...," Kim said', () => {
  const c = one('"We will never give up," Kim said.');
  assert.deepEqual(parts(c.attributions[0]), { cue: 'said', source: 'Kim', content: ['"We will never give up,"'] });
});

test('a verb inside the quote is not a second cue', () => {
  const c = one('"I never said that," Kim said.');
  assert.equal(c.attributions.length, 1);
  assert.equal(parts(c.attributions[0]).source, 'Kim');
});

test('colon-introduced quote after a verb', () => {
  const c = one('Peskov said: "There will be no talks."');
  assert.deepEqual(parts(c.attributions[0]), { cue: 'said', source: 'Peskov', content: ['"There will be no talks."'] });
});

test('colon as the cue, the artefact noun joins it', () => {
  const c = one('The ministry\'s verdict: "The report is false."');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'verdict:',
    source: "The ministry's",
    content: ['"The report is false."'],
  });
  assert.equal(c.speaker?.name, 'The ministry');
});

test('multi-sentence quote after the cue: one content, a fragment per sentence', () => {
  const x = extractClaims('Kim said: "We are ready. The enemy will lose."', RULES);
  assert.equal(x.claims.length, 2);
  const a = x.claims[0]?.attributions[0];
  assert.deepEqual(
    a?.content.map((s) => s.text),
    ['"We are ready.', 'The enemy will lose."'],
  );
  assert.equal(x.claims[1]?.kind, 'attributed');
  assert.equal(x.claims[1]?.speaker?.name, 'Kim');
});

test('multi-sentence quote before an inverted cue', () => {
  const x = extractClaims('"We are ready. The enemy will lose," Kim said.', RULES);
  const a = x.claims[1]?.attributions[0];
  assert.deepEqual(
    a?.content.map((s) => s.text),
    ['"We are ready.', 'The enemy will lose,"'],
  );
  assert.equal(x.claims[0]?.speaker?.name, 'Kim');
});

test('parenthetical cue splits the content', () => {
  const c = one('The plan, he said, is dead.');
  assert.deepEqual(parts(c.attributions[0]), { cue: 'said', source: 'he', content: ['The plan', 'is dead'] });
});

test('inverted subject with apposition', () => {
  const c = one("The talks failed, said Dmitry Peskov, the Kremlin's spokesman.");
  assert.equal(parts(c.attributions[0]).source, "Dmitry Peskov, the Kremlin's spokesman");
  assert.equal(c.speaker?.name, 'Dmitry Peskov');
});

test('source with apposition before the verb', () => {
  const c = one("Dmitry Peskov, the Kremlin's spokesman, said the talks failed.");
  assert.equal(parts(c.attributions[0]).source, "Dmitry Peskov, the Kremlin's spokesman");
  assert.equal(c.speaker?.name, 'Dmitry Peskov');
});

test('titles are stripped from the speaker name', () => {
  const c = one('Chinese Foreign Minister Wang Yi said the visit was useful.');
  assert.equal(c.speaker?.name, 'Wang Yi');
  assert.equal(parts(c.attributions[0]).source, 'Chinese Foreign Minister Wang Yi');
});

test('he resolves to the nearest named person', () => {
  const x = extractClaims('Vladimir Putin met officials on Monday. He said the talks were useful.', RULES);
  const c = x.claims[1];
  assert.equal(c?.speaker?.name, 'Vladimir Putin');
  assert.equal(x.text.slice(c!.speaker!.start, c!.speaker!.end), 'He');
});

test('it resolves to an outlet named before', () => {
  const x = extractClaims('KCNA said the launch succeeded. It added that more tests would follow.', RULES);
  assert.equal(x.claims[1]?.outlet?.id, 'kcna');
  assert.equal(x.claims[1]?.outlet?.stated, true);
});

test('a short name expands to the fullest earlier mention', () => {
  const x = extractClaims('Joe Biden spoke in Warsaw on Monday. Later, Biden said the alliance was strong.', RULES);
  assert.equal(x.claims[1]?.speaker?.name, 'Joe Biden');
});

test('participle takes the subject of the main clause', () => {
  const c = one('Kim said the talks failed, adding that more tests would follow.');
  const adding = c.attributions.find((a) => a.cue[0]?.text === 'adding');
  assert.equal(parts(adding).source, 'Kim');
  assert.deepEqual(parts(c.attributions.find((a) => a.cue[0]?.text === 'said')).content, ['the talks failed']);
});

test('prepositional phrases before "that"', () => {
  const c = one('The ministry said in a statement that the test succeeded.');
  assert.equal(c.attributions.length, 1);
  assert.deepEqual(parts(c.attributions[0]).content, ['that the test succeeded']);
  assert.equal(parts(c.attributions[0]).cue, 'said in a statement');
});

test('descriptive sources keep their modifiers', () => {
  assert.equal(one('Officials in Kyiv said the city was calm.').speaker?.name, 'Officials in Kyiv');
  assert.equal(one('Analysts say the economy will shrink by 3% this year.').speaker?.name, 'Analysts');
});

test('belief verb with a plural subject', () => {
  const c = one('Officials fear that the dam will burst.');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'fear',
    source: 'Officials',
    content: ['that the dam will burst'],
  });
});

test('noun cue with a possessive source (PARC convention)', () => {
  const c = one("The president's report indicated that sales fell.");
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'report indicated',
    source: "The president's",
    content: ['that sales fell'],
  });
});

test('-s verb form after a name is a verb: "Reuters reports that"', () => {
  const c = one('Reuters reports that the deal is off.');
  assert.equal(c.outlet?.id, 'reuters');
  assert.equal(parts(c.attributions[0]).cue, 'reports');
});

test('according to in the middle: two content fragments', () => {
  const c = one('The plant, according to Reuters, is safe.');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'according to',
    source: 'Reuters',
    content: ['The plant', 'is safe'],
  });
  assert.equal(c.outlet?.id, 'reuters');
});

test('as per at the end', () => {
  const c = one('The deal is worth $5 billion, as per Reuters.');
  assert.deepEqual(parts(c.attributions[0]), {
    cue: 'as per',
    source: 'Reuters',
    content: ['The deal is worth $5 billion'],
  });
});

test("citing: the cited source is nested in the outlet's report", () => {
  const c = one('Prices rose 5%, Reuters reported, citing officials.');
  assert.equal(c.outlet?.id, 'reuters');
  assert.equal(c.speaker?.name, 'officials');
  assert.equal(c.attributions[1]?.within, 0);
  assert.deepEqual(parts(c.attributions[0]).content, ['Prices rose 5%']);
});

test('descriptive state media resolve to the generic entry', () => {
  const c = one('Russian state media said the strike hit a depot.');
  assert.equal(c.outlet?.id, 'ru-state-media');
  assert.equal(c.speaker, null);
});

test('dateline wire credit gives an inherited outlet and is in no span', () => {
  const x = extractClaims(
    'SEOUL (Reuters) - North Korea fired two missiles on Sunday, officials said.\n\nThe ' +
      'launches came after weeks of tension.',
    RULES,
  );
  assert.equal(x.claims[0]?.outlet?.id, 'reuters');
  assert.equal(x.claims[0]?.outlet?.stated, false);
  assert.equal(x.claims[0]?.attributions.length, 1);
  assert.deepEqual(parts(x.claims[0]?.attributions[0]), {
    cue: 'said',
    source: 'officials',
    content: ['North Korea fired two missiles on Sunday'],
  });
  assert.equal(x.claims[0]?.speaker?.name, 'officials');
  assert.equal(x.claims[1]?.outlet?.id, 'reuters');
  assert.equal(x.claims[1]?.outlet?.stated, false);
});

test('trap: "the claims that" is a noun, not a verb with a source', () => {
  const c = one('The claims that Iran sent drones were rejected.');
  assert.ok(c.attributions.every((a) => a.source.length === 0));
});

test('trap: plain objects do not make clause-only verbs cues', () => {
  assert.equal(one('She wrote a book about the war.').kind, 'unattributed');
  assert.equal(one('The index added 3 points.').kind, 'unattributed');
  assert.equal(one('The attack claimed 20 lives.').kind, 'unattributed');
  assert.equal(one('The report was published on Monday.').kind, 'unattributed');
});

test('trap: capitalised words are not trusted', () => {
  assert.equal(one('The Express train left Seoul on time.').outlet, null);
  assert.equal(one('He met the United States envoy in Paris.').kind, 'unattributed');
  const x = extractClaims('Kim Declares Victory With Just 74 Reported Deaths', RULES);
  assert.equal(x.claims[0]?.kind, 'heading');
  assert.equal(x.claims[0]?.attributions.length, 0);
  assert.equal(one('There were 74 reported deaths in the city.').kind, 'unattributed');
  assert.equal(one('Russian state TV showed the parade.').kind, 'unattributed');
});

test('trap: "name" and "use" are not reporting verbs', () => {
  assert.equal(
    one('KCNA did not name the hostile forces, but it has traditionally used the word to allude to the US.').kind,
    'unattributed',
  );
});

test('possessive source of an artefact gives its owner', () => {
  const x = extractClaims("Kim Jong Un sent a letter. The alliance is strong, according to Kim's letter.", RULES);
  assert.equal(x.claims[1]?.speaker?.name, 'Kim Jong Un');
});
