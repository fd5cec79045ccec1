import { test } from 'node:test';
import assert from 'node:assert/strict';
import { archiveUrl, homeUrl, httpUrl, isHostname, keyTerms, siteSearchUrl } from '../../../main/core/outlets/links';
import { defaultOutletResolver } from '../../../main/core/outlets/resolver';
import type { OutletEntry } from '../../../main/core/outlets/types';

const resolver = defaultOutletResolver();
const reuters = resolver.get('reuters') as OutletEntry;
const generic = resolver.get('kp-state-media') as OutletEntry;

test('home page of an outlet', () => {
  assert.equal(homeUrl(reuters), 'https://reuters.com/');
  assert.equal(homeUrl(resolver.get('kcna') as OutletEntry), 'https://kcna.kp/');
  assert.equal(homeUrl(generic), null);
  assert.equal(homeUrl({ ...reuters, domains: ['javascript:alert(1)'] }), null);
  assert.equal(homeUrl({ ...reuters, domains: ['evil.com/path'] }), null);
  assert.equal(homeUrl({ ...reuters, domains: ['user@evil.com'] }), null);
});

test('every shipped outlet with a domain has an https home page', () => {
  for (const e of resolver.all()) {
    if (e.domains.length === 0) continue;
    const url = homeUrl(e);
    assert.ok(url && url.startsWith('https://') && new URL(url).hostname === e.domains[0], e.id);
  }
});

test('key terms keep names and numbers, drop stop words, at most eight', () => {
  assert.deepEqual(
    keyTerms('North Korea fired 3 ballistic missiles into the sea on Monday, the military said'),
    // Nine candidates: the shortest plain word ("sea") gives way.
    ['North', 'Korea', 'fired', '3', 'ballistic', 'missiles', 'Monday', 'military'],
  );
  assert.deepEqual(keyTerms('The the and of to'), []);
  assert.ok(
    keyTerms(
      'a b c d e f g h i j k l m n o p q r s t u v w x y z alpha beta gamma delta epsilon zeta eta theta iota kappa',
    ).length <= 8,
  );
  assert.deepEqual(keyTerms('Inflation rose 3.5% in March, Statistics Canada said'), [
    'Inflation',
    'rose',
    '3.5%',
    'March',
    'Statistics',
    'Canada',
  ]);
  assert.deepEqual(keyTerms("Putin's forces took 1,200 km² near Kharkiv"), [
    'Putin',
    'forces',
    'took',
    '1,200',
    'km²',
    'near',
    'Kharkiv',
  ]);
  // Names and numbers win when there are too many words.
  const t = keyTerms(
    'the committee said that the extraordinary unprecedented overwhelming budget allocation for ' +
      'Ministry of Defence in Tokyo reached 47 trillion yen in 2024 according to Nikkei',
  );
  assert.equal(t.length, 8);
  for (const w of ['Ministry', 'Defence', 'Tokyo', '47', '2024', 'Nikkei']) assert.ok(t.includes(w), w);
});

test('site search targets the outlet domain with the key terms', () => {
  const url = siteSearchUrl(reuters, 'North Korea fired 3 missiles on Monday');
  assert.ok(url);
  const u = new URL(url as string);
  assert.equal(u.protocol, 'https:');
  assert.equal(u.hostname, 'duckduckgo.com');
  assert.equal(u.searchParams.get('q'), 'site:reuters.com North Korea fired 3 missiles Monday');
  assert.equal(siteSearchUrl(generic, 'anything'), null);
  // The outlet's own name and a wire dateline add nothing to a search of its own site.
  const dated = siteSearchUrl(
    reuters,
    'KYIV (Reuters) - Officials said the bridge would reopen in May, Reuters reported.',
  );
  assert.equal(new URL(dated as string).searchParams.get('q'), 'site:reuters.com Officials bridge reopen May');
  const odd = siteSearchUrl(reuters, 'a & b #c ?d=1 "quoted"');
  assert.ok(odd && new URL(odd).searchParams.get('q')?.startsWith('site:reuters.com'));
});

test('archive links only for http(s) URLs', () => {
  assert.equal(
    archiveUrl('https://www.reuters.com/world/asia/story-2024-01-01/'),
    'https://web.archive.org/web/*/https://www.reuters.com/world/asia/story-2024-01-01/',
  );
  assert.equal(archiveUrl('http://example.com/a?b=c'), 'https://web.archive.org/web/*/http://example.com/a?b=c');
  for (const bad of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'data:text/html,hi',
    'not a url',
    '',
    'https://user:pw@example.com/',
  ]) {
    assert.equal(archiveUrl(bad), null, bad);
  }
});

test('http URL and hostname checks', () => {
  assert.equal(httpUrl(' https://example.com '), 'https://example.com/');
  assert.equal(httpUrl('mailto:a@b.c'), null);
  assert.ok(isHostname('en.yna.co.kr'));
  assert.ok(isHostname('24.kg'));
  assert.ok(!isHostname('localhost'));
  assert.ok(!isHostname('-bad.com'));
  assert.ok(!isHostname('a.b/c'));
  assert.ok(!isHostname('1.2.3.4'));
});
