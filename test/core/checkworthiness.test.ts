import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkworthiness } from '../../main/core/checkworthiness';

const cw = (text: string, kind: 'attributed' | 'unattributed' | 'heading' = 'unattributed') =>
  checkworthiness({ text, kind, attributed: kind === 'attributed' });

test('numbers, money, dates and records score high', () => {
  assert.ok(
    cw(
      'Russian-Iranian commerce reached $40 billion in the previous 18 months, a tenfold rise from $4 billion in 2021.',
    ) >= 0.8,
  );
  assert.ok(cw('North Korea has conducted a record number of missile tests this year.') >= 0.5);
  assert.ok(cw('Unemployment rose to 7.5% in March, the highest level since 2009.') >= 0.8);
});

test('opinions, pleasantries and headings score low', () => {
  assert.ok(cw('Thank you all for coming.') <= 0.1);
  assert.ok(cw('I think it was a beautiful evening.') <= 0.2);
  assert.ok(cw('Is this the end?') <= 0.2);
  assert.ok(cw('Record 74 Deaths In 2022 Blamed On Flood', 'heading') <= 0.3);
});

test('ordering: a factual claim outranks an opinion', () => {
  assert.ok(
    cw('The army lost 3,000 troops in June because of the flooding.') >
      cw('The weather was nice and people were happy.'),
  );
});

test('always within [0, 1]', () => {
  for (const t of ['', '1', '$1 100% 2020 record largest because Kim Putin Biden more than', 'hi?']) {
    const v = cw(t);
    assert.ok(v >= 0 && v <= 1, t);
  }
});
