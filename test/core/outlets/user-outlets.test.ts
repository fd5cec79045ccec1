// User outlets (kept in the workspace, winning over shipped ones), the type-ahead index, and the generic-word
// rule of the resolver ("The National Retail Federation" is not The National).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import shipped from '../../../main/core/outlets/data/outlets.json' with { type: 'json' };
import { OutletSearch } from '../../../main/core/outlets/outlet-search';
import { createOutletResolver, defaultOutletResolver } from '../../../main/core/outlets/resolver';
import type { OutletEntry } from '../../../main/core/outlets/types';
import { domainOf, userOutletEntry, UserOutletError, withUserOutlet } from '../../../main/core/outlets/user-outlets';
import { extractClaims } from '../../../main/core/extract';

const SHIPPED = (shipped as { outlets: OutletEntry[] }).outlets;
const none = () => false;

test('a user outlet is checked, normalised and given a fresh id', () => {
  const e = userOutletEntry(
    {
      name: '  Kyiv   Bugle ',
      domains: ['https://www.KyivBugle.com.ua/news', 'kyivbugle.com.ua'],
      country: 'ua',
      language: 'uk',
      kind: 'newspaper',
      aliases: ['Bugle', 'Kyiv Bugle', ''],
    },
    (id) => id === 'user-kyiv-bugle',
  );
  assert.deepEqual(e, {
    id: 'user-kyiv-bugle-2',
    name: 'Kyiv Bugle',
    aliases: ['Bugle'],
    domains: ['kyivbugle.com.ua'],
    country: 'UA',
    language: 'uk',
    kind: 'newspaper',
    user: true,
  });
  assert.equal(domainOf('javascript:alert(1)'), null);
  assert.equal(domainOf('ftp://x.com'), null);
  assert.equal(domainOf('bbc.co.uk/news'), 'bbc.co.uk');
  for (const bad of [
    { name: 'X', country: 'UA', language: 'uk', kind: 'newspaper' },
    { name: 'Kyiv Bugle', country: 'Ukraine', language: 'uk', kind: 'newspaper' },
    { name: 'Kyiv Bugle', country: 'UA', language: 'Ukrainian!', kind: 'newspaper' },
    { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'generic' },
    { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', domains: ['not a domain'] },
    { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', id: '../etc' },
    { name: 'Kyiv Bugle', country: 'UA', language: 'uk', kind: 'newspaper', wikidata: 'P31' },
  ]) {
    assert.throws(() => userOutletEntry(bad as never, none), UserOutletError, JSON.stringify(bad));
  }
  const list = withUserOutlet([e], { ...e, name: 'Kyiv Bugle Daily' });
  assert.equal(list.length, 1);
  assert.equal(list[0]?.name, 'Kyiv Bugle Daily');
});

test('a user outlet is recognised in extraction; a user entry with a shipped id corrects that outlet', () => {
  const text = 'Officials said the bridge would reopen in May, the Kyiv Bugle reported.';
  assert.notEqual(extractClaims(text).claims[0]?.outlet?.id, 'user-kyiv-bugle');
  const bugle = userOutletEntry(
    {
      name: 'Kyiv Bugle',
      domains: ['kyivbugle.com.ua'],
      country: 'UA',
      language: 'uk',
      kind: 'newspaper',
      aliases: [],
    },
    none,
  );
  const corrected = {
    ...(SHIPPED.find((e) => e.id === 'reuters') as OutletEntry),
    domains: ['reuters.example'],
    user: true,
  };
  const resolver = createOutletResolver(SHIPPED, [bugle, corrected]);
  const claim = extractClaims(text, { outlets: resolver }).claims[0];
  assert.equal(claim?.outlet?.id, 'user-kyiv-bugle');
  assert.equal(claim?.outlet?.domain, 'kyivbugle.com.ua');
  assert.equal(resolver.get('reuters')?.domains[0], 'reuters.example', 'the user entry wins');
  assert.equal(
    extractClaims('Prices rose 4%, Reuters reported.', { outlets: resolver }).claims[0]?.outlet?.domain,
    'reuters.example',
  );
  assert.equal(defaultOutletResolver().get('reuters')?.domains[0], 'reuters.com', 'the shipped data is untouched');
});

test('searchOutlets: prefixes, words, aliases, domains and acronyms, user outlets included', () => {
  const bugle = userOutletEntry(
    {
      name: 'Kyiv Bugle',
      domains: ['kyivbugle.com.ua'],
      country: 'UA',
      language: 'uk',
      kind: 'newspaper',
      aliases: ['KB Daily'],
    },
    none,
  );
  const resolver = createOutletResolver(SHIPPED, [bugle]);
  const s = new OutletSearch(resolver.all());
  const first = (q: string) => s.search(q, 5)[0]?.entry.id;
  assert.equal(first('reu'), 'reuters');
  assert.equal(first('Reuters'), 'reuters');
  assert.equal(first('kcna'), 'kcna');
  assert.equal(first('nyt'), 'new-york-times', 'acronym of a name');
  assert.equal(first('wapo'), 'washington-post', 'alias');
  assert.equal(first('washingtonpost.com'), 'washington-post', 'domain');
  assert.equal(first('bbc.co'), 'bbc', 'domain prefix');
  assert.equal(first('rodong'), 'rodong-sinmun');
  assert.equal(first('the guardian'), 'the-guardian', 'a leading "the" is optional');
  assert.equal(first('kyiv bu'), 'user-kyiv-bugle', 'several words, the last unfinished');
  assert.equal(first('bugle'), 'user-kyiv-bugle', 'a word inside the name');
  assert.equal(first('kyivbugle'), 'user-kyiv-bugle', 'domain');
  assert.ok(s.search('new york', 10).some((m) => m.entry.id === 'new-york-times'));
  assert.ok(s.search('new york', 10).every((m) => /new york/i.test([m.entry.name, ...m.entry.aliases].join(' '))));
  assert.deepEqual(s.search('', 5), []);
  assert.deepEqual(s.search('zzzzqqq', 5), []);
  assert.equal(s.search('times', 3).length, 3, 'limit');
  // How fast a keystroke's search is: test/bench/outlets.bench.ts (npm run bench).
});

test('a generic-word name does not match inside a longer proper name (The National Retail Federation)', () => {
  const r = defaultOutletResolver();
  const id = (p: string) => r.resolve(p)?.outlet.id ?? null;
  // The bug: "The National Retail Federation" resolved to the-national-uae.
  assert.equal(id('The National Retail Federation'), null);
  assert.equal(id('the National Retail Federation said'), null);
  assert.equal(id('The National Health Service'), null);
  assert.equal(id('the Royal National Theatre'), null);
  assert.equal(id('The Hill Country'), null);
  assert.equal(id('The Sun Belt'), null);
  assert.equal(id('Time Warner'), null);
  assert.equal(id('Post Office'), null);
  assert.equal(id('the Post Office'), null);
  assert.equal(id('The Peninsula Hotel'), null);
  assert.equal(id('The Guardian Council'), null);
  // The outlets themselves still resolve.
  assert.equal(id('The National'), 'the-national-uae');
  assert.equal(id('the National said'), 'the-national-uae');
  assert.equal(id('The National newspaper'), 'the-national-uae');
  assert.equal(id('Abu Dhabi-based The National'), 'the-national-uae');
  assert.equal(id('The Hill'), 'the-hill');
  assert.equal(id('The Sun'), 'the-sun');
  assert.equal(id('The Sun on Sunday'), 'the-sun');
  assert.equal(id('Time magazine'), 'time');
  assert.equal(id('The Peninsula'), 'the-peninsula-qatar');
  // In an article: the federation speaks, no outlet is invented.
  const claim = extractClaims('Retail sales rose 3% in March, the National Retail Federation said on Tuesday.')
    .claims[0];
  assert.notEqual(claim?.outlet?.id, 'the-national-uae');
  // The rule follows user outlets too: a "The X" name is a generic word.
  const bugle = userOutletEntry(
    { name: 'The Bugle', domains: ['bugle.example'], country: 'GB', language: 'en', kind: 'newspaper' },
    none,
  );
  const withBugle = createOutletResolver(SHIPPED, [bugle]);
  assert.equal(withBugle.resolve('The Bugle')?.outlet.id, 'user-the-bugle');
  assert.equal(withBugle.resolve('the Bugle Corps Association') ?? null, null);
});
