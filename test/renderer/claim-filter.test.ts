import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../../main/core/extract';
import { EMPTY_FILTER, facets, filterClaims, NO_OUTLET } from '../../renderer/claim-filter';
import { defaultSplit } from '../../renderer/prompt-dialogs';

const TEXT = [
  'Heading Of The Story',
  '',
  'The harbour master said on Tuesday that 12 ships were stuck offshore. Crews waited.',
  '',
  'The coast guard reported record waves of nine metres, according to Reuters.',
  '',
  'Fishermen said they had never seen anything like it.',
].join('\n');

test('filters by status, kind, outlet, speaker, worth and text; sorts by check-worthiness', () => {
  const { claims } = extractClaims(TEXT);
  const reviews = {
    [claims.find((c) => c.text.startsWith('Crews'))!.id]: {
      status: 'verified' as const,
      note: 'wire',
      reviewer: '',
      updatedAt: '',
    },
  };
  const all = filterClaims(claims, reviews, EMPTY_FILTER);
  assert.ok(all.every((c) => c.kind !== 'heading'));
  assert.deepEqual(
    filterClaims(claims, reviews, { ...EMPTY_FILTER, statuses: ['verified'] }).map((c) => c.text),
    ['Crews waited.'],
  );
  assert.equal(filterClaims(claims, reviews, { ...EMPTY_FILTER, text: 'WIRE' }).length, 1, 'notes are searched too');
  assert.equal(filterClaims(claims, reviews, { ...EMPTY_FILTER, text: 'fishermen never' }).length, 1);
  const reuters = filterClaims(claims, reviews, { ...EMPTY_FILTER, outlet: 'reuters' });
  assert.ok(reuters.length >= 1 && reuters.every((c) => c.outlet?.id === 'reuters'));
  assert.ok(filterClaims(claims, reviews, { ...EMPTY_FILTER, outlet: NO_OUTLET }).every((c) => c.outlet === null));
  assert.ok(
    filterClaims(claims, reviews, { ...EMPTY_FILTER, kind: 'unattributed' }).every((c) => c.kind === 'unattributed'),
  );
  const sorted = filterClaims(claims, reviews, { ...EMPTY_FILTER, sort: 'worth' });
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1]!.checkworthiness >= sorted[i]!.checkworthiness);
  assert.ok(filterClaims(claims, reviews, { ...EMPTY_FILTER, minWorth: 0.6 }).every((c) => c.checkworthiness >= 0.6));
  const f = facets(claims);
  assert.ok(f.outlets.some((o) => o.id === 'reuters'));
});

test('split points', () => {
  assert.equal(
    'The coast guard reported record waves, according to Reuters.'.slice(
      defaultSplit('The coast guard reported record waves, according to Reuters.'),
    ),
    'according to Reuters.',
  );
});
