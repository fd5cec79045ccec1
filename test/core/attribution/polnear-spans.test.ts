// PolNeAR/PARC span conventions (test/fixtures/attribution/CONVENTIONS.md): one test per general pattern the
// extractor handles, each on invented sentences (never a corpus sentence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../../../main/core/extract';

// These tests pin the hand-built rules, which the learned tagger reads as features (ARCHITECTURE.md).
const RULES = { engine: 'rules' } as const;
import type { Attribution, Claim, Extraction } from '../../../main/core/types';

function all(text: string): Extraction {
  const x = extractClaims(text, RULES);
  for (const k of x.claims)
    for (const a of k.attributions)
      for (const s of [...a.cue, ...a.source, ...a.content]) assert.equal(text.slice(s.start, s.end), s.text);
  return x;
}

function last(text: string): Claim {
  const x = all(text);
  const c = x.claims[x.claims.length - 1];
  assert.ok(c, `no claim in ${text}`);
  return c;
}

type Parts = { cue: string; source: string; content: string[] };

function parts(a: Attribution | undefined): Parts {
  assert.ok(a, 'missing attribution');
  return {
    cue: a.cue.map((s) => s.text).join(' '),
    source: a.source.map((s) => s.text).join(' '),
    content: a.content.map((s) => s.text),
  };
}

/** The scored (outermost) attributions of a claim. */
function outer(c: Claim): Parts[] {
  return c.attributions.filter((a) => a.within === undefined).map(parts);
}

test('content keeps the complementizer "that"; words between verb and content join the cue', () => {
  assert.deepEqual(outer(last('The senator said Tuesday that the bill would pass.')), [
    { cue: 'said Tuesday', source: 'The senator', content: ['that the bill would pass'] },
  ]);
  assert.deepEqual(outer(last('Ms. Lopez said only that "the door is open."')), [
    { cue: 'said only', source: 'Ms. Lopez', content: ['that "the door is open."'] },
  ]);
  assert.deepEqual(outer(last('The agency said in a statement posted on its website that the fund was empty.')), [
    { cue: 'said in a statement posted on its website', source: 'The agency', content: ['that the fund was empty'] },
  ]);
  assert.deepEqual(outer(last('The governor said at a news conference in Salem that she would veto it.')), [
    { cue: 'said at a news conference in Salem', source: 'The governor', content: ['that she would veto it'] },
  ]);
});

test('inverted cues take their time and venue phrases; addressees and asides stay out', () => {
  assert.deepEqual(outer(last('"We will not blink," Harlan said on the House floor.')), [
    { cue: 'said on the House floor', source: 'Harlan', content: ['"We will not blink,"'] },
  ]);
  assert.deepEqual(outer(last('"Nothing has changed," Harlan said on "Face the Nation."')), [
    { cue: 'said on "Face the Nation."', source: 'Harlan', content: ['"Nothing has changed,"'] },
  ]);
  assert.deepEqual(outer(last('Prices will rise, the ministry said on Friday, a warning that rattled markets.')), [
    { cue: 'said on Friday', source: 'the ministry', content: ['Prices will rise'] },
  ]);
  assert.deepEqual(outer(last('"It is over," Pell told the Boston Globe in an interview published Monday.')), [
    { cue: 'told', source: 'Pell', content: ['"It is over,"'] },
  ]);
  assert.deepEqual(outer(last('"We picked winners," said one party strategist, speaking on condition of anonymity.')), [
    { cue: 'said', source: 'one party strategist', content: ['"We picked winners,"'] },
  ]);
  assert.deepEqual(outer(last('"We are not done," Ortiz said when asked about the letter.')), [
    { cue: 'said', source: 'Ortiz', content: ['"We are not done,"'] },
  ]);
});

test("a forward content ends before a new clause of the writer's", () => {
  assert.deepEqual(
    outer(last('The mayor said the plan would work, and his office released new figures on Monday.'))[0]?.content,
    ['the plan would work'],
  );
  assert.deepEqual(
    outer(last('The mayor said the plan would work, setting up a fight with the council.'))[0]?.content,
    ['the plan would work'],
  );
  assert.deepEqual(
    outer(last('The aide said the vote would come "by the end of the month," though he gave no date.'))[0]?.content,
    ['the vote would come "by the end of the month,"'],
  );
  assert.deepEqual(
    outer(last('The mayor said that the plan would work, and that the council would approve it.'))[0]?.content,
    ['that the plan would work, and that the council would approve it'],
  );
  // a comparison with "as" is part of what is believed
  assert.deepEqual(outer(last('Analysts believe Pyongyang will test again, as it did last year.'))[0]?.content, [
    'Pyongyang will test again, as it did last year',
  ]);
});

test('appositions and relative clauses set off by commas belong to the source; prepositional asides do not', () => {
  assert.equal(
    outer(last('Two state officials, speaking on condition of anonymity, said the plan was dead.'))[0]?.source,
    'Two state officials, speaking on condition of anonymity',
  );
  assert.equal(
    outer(last('Sen. Ada Moss, D-Ohio, who wrote the bill, said she was confident.'))[0]?.source,
    'Sen. Ada Moss, D-Ohio, who wrote the bill',
  );
  assert.equal(
    outer(last('Her rival, state Treasurer Paul Ende, has dismissed that idea.'))[0]?.source,
    'Her rival, state Treasurer Paul Ende',
  );
  assert.equal(outer(last('Ende, for his part, said he expects a long night.'))[0]?.source, 'Ende');
  assert.equal(
    outer(last('Rep. Lou Park, R-Kan., chairman of the budget panel, has repeatedly said his members will vote no.'))[0]
      ?.source,
    'Rep. Lou Park, R-Kan., chairman of the budget panel',
  );
  assert.equal(
    outer(last('Radio outlets carried remarks by Deputy Minister Ivo Kral, who said the deal was off.'))[0]?.source,
    'Deputy Minister Ivo Kral, who',
  );
  assert.equal(
    outer(last('"Nobody wants this," said Sen. Ada Moss, a Democrat from Ohio who sits on the budget panel.'))[0]
      ?.source,
    'Sen. Ada Moss, a Democrat from Ohio who sits on the budget panel',
  );
  assert.equal(
    outer(last('"It will pass," said Lena Ruiz, 61, a retired nurse from Dayton.'))[0]?.source,
    'Lena Ruiz, 61, a retired nurse from Dayton',
  );
});

test('a list of names is one source; a report with a participle modifier is one source', () => {
  assert.equal(
    outer(
      last(
        'In a letter to the secretary, Govs. Amy Hale of Utah, Bo Grant of Idaho and Cy Long of ' +
          'Nevada wrote that the cuts were reckless.',
      ),
    )[0]?.source,
    'Govs. Amy Hale of Utah, Bo Grant of Idaho and Cy Long of Nevada',
  );
  assert.deepEqual(
    outer(last('A report released Wednesday by the budget office estimated that the program would cost $2 billion.')),
    [
      {
        cue: 'estimated',
        source: 'A report released Wednesday by the budget office',
        content: ['that the program would cost $2 billion'],
      },
    ],
  );
  assert.equal(
    outer(last('A Marist survey released this week found that most voters were undecided.'))[0]?.source,
    'A Marist survey released this week',
  );
  assert.deepEqual(
    outer(last('A poll released Monday showed Ende leading 48 percent to 44 percent, within the margin of error.'))[0]
      ?.content,
    ['Ende leading 48 percent to 44 percent'],
  );
});

test('speech acts with a noun-phrase content; coordinated verbs share the subject and split the content', () => {
  assert.deepEqual(
    outer(last('Three mayors on Monday condemned the plan to close the depot, saying it would cost jobs.')),
    [
      { cue: 'condemned', source: 'Three mayors', content: ['the plan to close the depot'] },
      { cue: 'saying', source: 'Three mayors', content: ['it would cost jobs'] },
    ],
  );
  assert.deepEqual(outer(last('The group urged lawmakers to "act before the recess."'))[0]?.content, [
    'lawmakers to "act before the recess."',
  ]);
  assert.deepEqual(outer(last('The union called the offer "an insult to every worker."'))[0], {
    cue: 'called',
    source: 'The union',
    content: ['the offer "an insult to every worker."'],
  });
  assert.deepEqual(outer(last('Sen. Ada Moss welcomed the decision but said it came too late.')), [
    { cue: 'welcomed', source: 'Sen. Ada Moss', content: ['the decision'] },
    { cue: 'said', source: 'Sen. Ada Moss', content: ['it came too late'] },
  ]);
  assert.deepEqual(
    outer(last('His lawyer told reporters that he would cooperate but did not say whether he would testify.')),
    [
      { cue: 'told', source: 'His lawyer', content: ['that he would cooperate'] },
      { cue: 'did not say', source: 'His lawyer', content: ['whether he would testify'] },
    ],
  );
  assert.deepEqual(outer(last('The state had asked the court to overturn the ruling.'))[0]?.content, [
    'the court to overturn the ruling',
  ]);
  assert.deepEqual(outer(last('The mayors asked for a meeting with the president.'))[0], {
    cue: 'asked for',
    source: 'The mayors',
    content: ['a meeting with the president'],
  });
  assert.equal(last('State television showed no sign of the leader.').kind, 'unattributed');
});

test('intentions: the infinitive is the content and ends before a subordinate clause', () => {
  assert.deepEqual(outer(last('Conservatives are threatening to sink any bill that adds to the deficit.')), [
    { cue: 'are threatening', source: 'Conservatives', content: ['to sink any bill that adds to the deficit'] },
  ]);
  assert.deepEqual(
    outer(last('The ministry vowed to retaliate after Washington raised tariffs on steel.'))[0]?.content,
    ['to retaliate'],
  );
  assert.deepEqual(outer(last('The governor has promised to sign it.'))[0], {
    cue: 'has promised',
    source: 'The governor',
    content: ['to sign it'],
  });
  assert.deepEqual(outer(last('Canada and Mexico have both said they will respond.'))[0]?.cue, 'have both said');
  assert.deepEqual(outer(last('He went on to say that the deal was dead.'))[0], {
    cue: 'went on to say',
    source: 'He',
    content: ['that the deal was dead'],
  });
  assert.deepEqual(outer(last('The minister pointed out that exports had doubled.'))[0]?.cue, 'pointed out');
  assert.deepEqual(outer(last('He warned, however, that the vote could slip.'))[0], {
    cue: 'warned',
    source: 'He',
    content: ['that the vote could slip'],
  });
});

test('a subordinate clause with its own cue ends the first content instead of nesting in it', () => {
  const c = last('The agency reported the figures after the minister said in a speech on Friday that exports fell.');
  assert.deepEqual(outer(c), [
    { cue: 'reported', source: 'The agency', content: ['the figures'] },
    { cue: 'said in a speech on Friday', source: 'the minister', content: ['that exports fell'] },
  ]);
});

test('the addressee stops before a subject pronoun', () => {
  assert.deepEqual(outer(last('Rep. Kai Dunn told Axios he would back the motion.'))[0]?.content, [
    'he would back the motion',
  ]);
});

test('headlines: title case, inverted, coordinated and sentence case', () => {
  const h = (text: string) => all(`${text}\n\nThe vote is on Tuesday.`).claims[0] as Claim;
  assert.deepEqual(outer(h('Mayor Says City Will Appeal Ruling After Court Loss')), [
    { cue: 'Says', source: 'Mayor', content: ['City Will Appeal Ruling After Court Loss'] },
  ]);
  assert.deepEqual(outer(h('Budget Talks Stall Over Pensions, Aides Say')), [
    { cue: 'Say', source: 'Aides', content: ['Budget Talks Stall Over Pensions'] },
  ]);
  assert.deepEqual(outer(h('Minister Defends Budget on Sunday Shows as Critics Warn of Job Losses')), [
    { cue: 'Defends', source: 'Minister', content: ['Budget'] },
    { cue: 'Warn of', source: 'Critics', content: ['Job Losses'] },
  ]);
  assert.deepEqual(outer(h('Governor Vetoes Transit Bill, Vows Court Fight')), [
    { cue: 'Vows', source: 'Governor', content: ['Court Fight'] },
  ]);
  assert.deepEqual(outer(h('Senate passes new map as Democrats vow court fight')), [
    { cue: 'vow', source: 'Democrats', content: ['court fight'] },
  ]);
  assert.equal(h('Kim Declares Victory With Just 74 Reported Deaths').attributions.length, 0);
  assert.equal(h('Allies Press Berlin on Defense Spending Pledge Ahead of Summit').attributions.length, 0);
});

test('a quote continued in the next sentence or paragraph is another fragment of the same content', () => {
  const x = all(
    '"We are ready," said Ana Ruiz, the mayor. "The city is safe."\n\n"Nobody should panic. The ' +
      'water is clean."\n\nThe council meets on Monday.',
  );
  const a = x.claims[0]?.attributions[0];
  assert.deepEqual(
    a?.content.map((s) => s.text),
    ['"We are ready,"', '"The city is safe."', '"Nobody should panic.', 'The water is clean."'],
  );
  assert.equal(x.claims[1]?.kind, 'attributed');
  assert.equal(x.claims[x.claims.length - 1]?.kind, 'unattributed');
  // a quote after an attribution whose content is not a quote is not continued
  const y = all('The mayor said the city was safe. "Nobody should panic."');
  assert.equal(y.claims[1]?.kind, 'unattributed');
});

test('markers: a trailing source keeps its relative clause; "citing" after a report is nested; bare "per"', () => {
  assert.deepEqual(outer(last('The talks stalled, according to two aides who spoke on condition of anonymity.')), [
    { cue: 'according to', source: 'two aides who spoke on condition of anonymity', content: ['The talks stalled'] },
  ]);
  assert.deepEqual(
    outer(last('The vote will slip, according to two people familiar with the talks, who requested anonymity.'))[0]
      ?.source,
    'two people familiar with the talks, who requested anonymity',
  );
  const c = last('The Boston Globe reported Thursday that the plan had been shelved, citing two officials.');
  assert.deepEqual(outer(c), [
    { cue: 'reported Thursday', source: 'The Boston Globe', content: ['that the plan had been shelved'] },
  ]);
  assert.equal(c.attributions.find((a) => a.cue[0]?.text === 'citing')?.within, 0);
  assert.deepEqual(
    outer(last('Leaders plan a vote next week, per three sources familiar with the plans.'))[0]?.cue,
    'per',
  );
  assert.equal(
    outer(
      last(
        'The budget, which officials briefed on the talks described, is late, according to two ' +
          'aides briefed on the calls.',
      ),
    ).some((p) => p.cue.startsWith('briefed')),
    false,
  );
});

test('datelines are in no span; a wire credit is an inherited outlet', () => {
  const x = all(
    'BEIJING\u2014China said Tuesday it would impose tariffs.\n\nLONDON (Reuters) - Britain said it would respond.',
  );
  assert.deepEqual(outer(x.claims[0] as Claim), [
    { cue: 'said Tuesday', source: 'China', content: ['it would impose tariffs'] },
  ]);
  assert.deepEqual(outer(x.claims[1] as Claim), [{ cue: 'said', source: 'Britain', content: ['it would respond'] }]);
  assert.equal(x.claims[1]?.outlet?.id, 'reuters');
  assert.equal(x.claims[1]?.outlet?.stated, false);
});

test('the artefact noun phrase after a possessive joins the cue', () => {
  assert.deepEqual(outer(last("The governor's veto message said the map was unfair.")), [
    { cue: 'veto message said', source: "The governor's", content: ['the map was unfair'] },
  ]);
});

test('single-quoted quotations are quotes; an apostrophe after a plural is not', () => {
  assert.deepEqual(outer(last("'We are ready,' Kim said.")), [
    { cue: 'said', source: 'Kim', content: ["'We are ready,'"] },
  ]);
  assert.deepEqual(outer(last("The nations' leaders said the talks failed.")), [
    { cue: 'said', source: "The nations' leaders", content: ['the talks failed'] },
  ]);
});

test('"it" resolves to an organisation named before, the span stays "It"', () => {
  const x = all('The ministry said the test failed. It added that more tests would follow.');
  const c = x.claims[1] as Claim;
  assert.equal(c.speaker?.name, 'The ministry');
  assert.equal(x.text.slice(c.speaker!.start, c.speaker!.end), 'It');
});

test('noun cues with a relative clause before their "that"-clause', () => {
  const c = last('There were reports, which officials denied, that the border was closed.');
  assert.deepEqual(outer(c), [{ cue: 'reports', source: '', content: ['that the border was closed'] }]);
});

test('a fronted "Asked whether ..." clause is not content', () => {
  assert.equal(last('Asked whether she would run again, Ms. Ende did not answer directly.').kind, 'unattributed');
});

test('a participle clause takes the subject of the nearest clause outside any content', () => {
  const c = last(
    'Her manager told reporters that Mr. Lind was "a nice man," a remark that Mr. Lind\'s aides ' +
      'quickly circulated, saying it showed she was worried.',
  );
  assert.equal(outer(c).find((p) => p.cue === 'saying')?.source, "Mr. Lind's aides");
  assert.deepEqual(outer(c).find((p) => p.cue === 'told')?.content, ['that Mr. Lind was "a nice man,"']);
  const d = last('The committee released an ad within an hour of the race being called, calling Ende "too extreme."');
  assert.deepEqual(
    outer(d).find((p) => p.cue === 'calling'),
    { cue: 'calling', source: 'The committee', content: ['Ende "too extreme."'] },
  );
  assert.deepEqual(
    outer(last('The governor vetoed the bill, calling it "a plan built on hope" and setting up a fight.')).find(
      (p) => p.cue === 'calling',
    )?.content,
    ['it "a plan built on hope"'],
  );
});

test('"quoted X, Y, as saying": the apposition stays with the quoted speaker', () => {
  const c = last('The state agency quoted a ministry spokesman, Li Wen, as saying the measures were "bullying."');
  assert.deepEqual(outer(c), [
    {
      cue: 'quoted',
      source: 'The state agency',
      content: ['a ministry spokesman, Li Wen, as saying the measures were "bullying."'],
    },
  ]);
  assert.equal(parts(c.attributions.find((a) => a.within !== undefined)).source, 'a ministry spokesman, Li Wen');
});

test('noun cues: the holders after "among" are the source', () => {
  assert.deepEqual(outer(last('There are fears among county officials that the grants will be cut.')), [
    { cue: 'fears', source: 'county officials', content: ['that the grants will be cut'] },
  ]);
});

test('a marker in mid-sentence after a whole clause does not take the apposition after it', () => {
  assert.deepEqual(
    outer(last("The campaign raised $4 million, according to federal filings, a fraction of its rival's haul.")),
    [{ cue: 'according to', source: 'federal filings', content: ['The campaign raised $4 million'] }],
  );
});

test('"X reported Y, according to Z": the outlet\'s report is outer, its source nested', () => {
  const c = last('The Daily Mirror reported that two ministers had resigned, as per two aides it did not name.');
  assert.deepEqual(outer(c), [
    { cue: 'reported', source: 'The Daily Mirror', content: ['that two ministers had resigned'] },
  ]);
});

test('"ruling 6-3 that": the vote count joins the cue', () => {
  assert.deepEqual(
    outer(last('The court sided with the states on Monday, ruling 6-3 that the law was valid.')).find((p) =>
      p.cue.startsWith('ruling'),
    ),
    {
      cue: 'ruling 6-3',
      source: 'The court',
      content: ['that the law was valid'],
    },
  );
});

test('a credit-only dateline and a leading label are in no span', () => {
  const x = all(
    '(Reuters) -- Prices rose 3% in June, federal data show.\n\nWhat they\'re saying: "We are ' +
      'worried," one trader said, according to two brokers.',
  );
  assert.deepEqual(outer(x.claims[0] as Claim), [
    { cue: 'show', source: 'federal data', content: ['Prices rose 3% in June'] },
  ]);
  assert.equal(x.claims[0]?.outlet?.id, 'reuters');
  assert.deepEqual(outer(x.claims[1] as Claim).find((p) => p.cue === 'according to')?.content, [
    '"We are worried," one trader said',
  ]);
});

test(
  'after "told X on Monday", a subject pronoun is the nested source; the addressee ends ' + 'before a new determiner',
  () => {
    const c = last('Senator Ames told NBC on Monday night he hoped a deal could be reached.');
    assert.deepEqual(outer(c), [
      { cue: 'told', source: 'Senator Ames', content: ['he hoped a deal could be reached'] },
    ]);
    assert.equal(parts(c.attributions.find((a) => a.within !== undefined)).source, 'he');
    assert.deepEqual(outer(last('Ms. Dale told reporters the mayor was "focused on the facts."'))[0]?.content, [
      'the mayor was "focused on the facts."',
    ]);
  },
);

test('beliefs and expectations with a subject and an infinitive', () => {
  assert.deepEqual(outer(last('Officials expect the strike to last into next week.')), [
    { cue: 'expect', source: 'Officials', content: ['the strike to last into next week'] },
  ]);
  assert.equal(last('She wrote to the governor last week asking for help.').kind, 'unattributed');
});

test('relative clauses: inside a subject they hold no cue; on an apposition they end the content', () => {
  assert.deepEqual(
    outer(last('A spokeswoman for the agency, who asked not to be named, said the attacks were condemned.')),
    [
      {
        cue: 'said',
        source: 'A spokeswoman for the agency, who asked not to be named',
        content: ['the attacks were condemned'],
      },
    ],
  );
  assert.deepEqual(outer(last('Officials believe Iran has supplied drones to Russia, a charge Tehran denies.')), [
    { cue: 'believe', source: 'Officials', content: ['Iran has supplied drones to Russia'] },
  ]);
});

test('speaker names: place, party label, relative clause and reflexive are not part of the name', () => {
  assert.equal(last('Sen. Martin Hale of Ohio said the duties would stay.').speaker?.name, 'Martin Hale');
  assert.equal(last('Chairwoman Ada Holt (D-Minn.) has said she will not take up the bill.').speaker?.name, 'Ada Holt');
  assert.equal(
    last('The talks stalled, according to two aides who spoke on condition of anonymity.').speaker?.name,
    'two aides',
  );
  assert.equal(
    last('Hillary Clinton spoke in Iowa. Clinton herself has said she regrets it.').speaker?.name,
    'Hillary Clinton',
  );
});

test('speakers of artefacts and descriptions: the owner, the agent, the organisation named before', () => {
  assert.equal(
    last('A Marist University survey released this week found that most voters were undecided.').speaker?.name,
    'Marist University',
  );
  assert.equal(
    last('The vote will slip, as per a memo circulated by the Budget Committee on Monday.').speaker?.name,
    'Budget Committee',
  );
  const x = all('The Retail Industry Federation warned that prices would rise. The group urged lawmakers to act.');
  assert.equal(x.claims[1]?.speaker?.name, 'Retail Industry Federation');
  assert.equal(x.text.slice(x.claims[1]!.speaker!.start, x.claims[1]!.speaker!.end), 'The group');
  const y = all('She spoke to the Detroit Free Press. The newspaper quoted Mr. Dunn as saying the veto was "a stunt."');
  assert.equal(y.claims[1]?.speaker?.name, 'Dunn');
});

test('a place after "from" or "of" is not taken for a person by "she"', () => {
  const x = all('"Nobody wants this," said Sen. Ada Moss, a Democrat from New Mexico.\n\nShe said she would vote no.');
  assert.equal(x.claims[1]?.speaker?.name, 'Ada Moss');
});
