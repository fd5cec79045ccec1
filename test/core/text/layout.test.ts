import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout } from '../../../main/core/text/layout';
import { boilerplateReason } from '../../../main/core/text/boilerplate';
import { isHeading } from '../../../main/core/text/headings';
import { normalizeForMatching } from '../../../main/core/text/normalize';

test('furniture lines and their reasons', () => {
  const cases: [string, string][] = [
    ['(Photo : ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images)', 'photo credit'],
    ['Photo: Reuters/Kim Hong-Ji', 'photo credit'],
    ['A man walks past a screen in Seoul. REUTERS/Kim Hong-Ji', 'photo credit'],
    ['Read Also: Kim Jong Un Declares Victory', 'related link'],
    ['Related Article: Former Russian President Warns', 'related link'],
    ['READ MORE: Putin makes threat', 'related link'],
    ['@YouTube', 'social embed'],
    ['Share this article', 'share line'],
    ['Facebook Twitter WhatsApp Email', 'share line'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['By John Smith', 'byline'],
    ['By Jane Doe and Bob Roe, Reuters', 'byline'],
    ['Reporting by Hyonhee Shin; Editing by Kim Coghill', 'credit line'],
    ['© 2022 Reuters. All rights reserved.', 'copyright'],
    ['https://example.com/story', 'link'],
    ['Published: 15 August 2022', 'date line'],
    ['5 min read', 'reading time'],
  ];
  for (const [line, reason] of cases) assert.equal(boilerplateReason(line), reason, line);
});

test('prose is not furniture', () => {
  for (const line of [
    'Photos of the parade were shown on state television, officials said.',
    'By the end of the year, North Korea had fired 70 missiles.',
    'Share prices fell 3% on Monday after the announcement.',
    'Read the full statement, the ministry urged reporters.',
  ])
    assert.equal(boilerplateReason(line), null, line);
});

test('headings: Title Case without final punctuation, short lines, Markdown', () => {
  assert.ok(isHeading('Russia, North Korea To Expand Bilateral Relations'));
  assert.ok(isHeading('Putin Allegedly Looks For Security Through Allies'));
  assert.ok(isHeading('WHAT HAPPENS NEXT'));
  assert.ok(isHeading('Background'));
  assert.ok(isHeading('## The talks'));
  assert.ok(!isHeading('North Korea fired two missiles on Sunday.'));
  assert.ok(!isHeading('officials said the talks would resume next week after a pause'));
  assert.ok(!isHeading('Kim Jong Un said the talks would resume next week after a long pause in the region'));
});

test('paragraphs: one per line, wrapped lines joined', () => {
  const text =
    'Headline Here\n\nFirst paragraph line one that is long enough to be wrapped by an\neditor ' +
    'and continues here.\nSecond paragraph.\n\nThird.';
  const L = layout(normalizeForMatching(text));
  assert.deepEqual(
    L.headings.map((h) => text.slice(h.start, h.end)),
    ['Headline Here'],
  );
  assert.deepEqual(
    L.paragraphs.map((p) => text.slice(p.start, p.end)),
    [
      'First paragraph line one that is long enough to be wrapped by an\neditor and continues here.',
      'Second paragraph.',
      'Third.',
    ],
  );
});

test('normalising keeps the length and maps spaces, quotes, CRLF', () => {
  const s = 'a\u00a0b\r\nc\u201cd\u201d\u2019e\u2014f\rg';
  const n = normalizeForMatching(s);
  assert.equal(n.length, s.length);
  assert.equal(n, 'a b \nc"d"\'e-f\ng');
});
