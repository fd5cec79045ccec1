import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate } from './json-schema-lite';
import { isHostname } from '../../../main/core/outlets/links';
import type { OutletEntry } from '../../../main/core/outlets/types';

const dataDir = fileURLToPath(new URL('../../../main/core/outlets/data/', import.meta.url));
const registry = JSON.parse(readFileSync(dataDir + 'outlets.json', 'utf8')) as {
  version: number;
  outlets: OutletEntry[];
};
const schema = JSON.parse(readFileSync(dataDir + 'outlets.schema.json', 'utf8')) as Record<string, unknown>;
const outlets = registry.outlets;
const byId = new Map(outlets.map((o) => [o.id, o]));

test('the registry validates against its schema', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(validate(schema, registry), []);
});

test('the schema validator rejects broken entries', () => {
  const bad = (patch: Record<string, unknown>, drop?: string) => {
    const e: Record<string, unknown> = { ...outlets[0], ...patch };
    if (drop) delete e[drop];
    return validate(schema, { version: 1, outlets: [e] });
  };
  assert.notDeepEqual(bad({ id: 'Not Kebab' }), []);
  assert.notDeepEqual(bad({ domains: ['https://reuters.com'] }), []);
  assert.notDeepEqual(bad({ kind: 'blog' }), []);
  assert.notDeepEqual(bad({ wikidata: '130879' }), []);
  assert.notDeepEqual(bad({ country: 'gb' }), []);
  assert.notDeepEqual(bad({ extra: 1 }), []);
  assert.notDeepEqual(bad({}, 'name'), []);
  assert.notDeepEqual(bad({ kind: 'generic', domains: [] }), []); // generic without candidates
  assert.notDeepEqual(bad({ candidates: ['ap'] }), []); // candidates on a non-generic entry
});

test('ids are unique', () => {
  const ids = outlets.map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length, ids.filter((id, i) => ids.indexOf(id) !== i).join(', '));
});

test('at least 500 outlets from at least 40 countries', () => {
  const real = outlets.filter((o) => o.kind !== 'generic');
  assert.ok(real.length >= 500, `only ${real.length} outlets`);
  const countries = new Set(real.map((o) => o.country).filter((c) => c !== 'INT'));
  assert.ok(countries.size >= 40, `only ${countries.size} countries`);
});

test('the starter ids are kept', () => {
  for (const id of [
    'reuters',
    'ap',
    'afp',
    'kcna',
    'rodong-sinmun',
    'tass',
    'ria-novosti',
    'rt',
    'msn',
    'yahoo-news',
    'daily-express',
    'indian-express',
    'business-world',
    'kp-state-media',
    'ru-state-media',
  ]) {
    assert.ok(byId.has(id), id);
  }
});

test('the major news agencies are present', () => {
  const agencies = [
    'reuters',
    'ap',
    'afp',
    'bloomberg',
    'dpa',
    'efe',
    'ansa',
    'kyodo',
    'jiji',
    'yonhap',
    'xinhua',
    'tass',
    'ria-novosti',
    'interfax',
    'anadolu',
    'pti',
    'ani',
    'irna',
    'spa',
    'wam',
    'mena',
    'kcna',
    'uni',
    'bernama',
    'antara',
    'pap',
    'ctk',
    'apa',
    'belga',
    'anp',
    'ntb',
    'tt-sweden',
    'ritzau',
    'stt',
    'lusa',
    'ukrinform',
    'bta',
    'agerpres',
    'upi',
    'canadian-press',
    'pa-media',
    'aap',
    'cna-taiwan',
    'vna',
    'sana',
    'qna',
    'kuna',
    'petra',
    'belta',
    'prensa-latina',
  ];
  for (const id of agencies) assert.ok(byId.has(id), id);
});

test('the named state media are present', () => {
  for (const id of [
    'rodong-sinmun',
    'rt',
    'sputnik',
    'cgtn',
    'cctv',
    'global-times',
    'peoples-daily',
    'press-tv',
    'irib',
    'tasnim',
    'fars',
    'vtv-vietnam',
    'telesur',
    'granma',
    'trt',
  ]) {
    assert.ok(byId.has(id), id);
  }
});

test('aggregators relay others', () => {
  for (const id of ['msn', 'yahoo-news', 'google-news', 'apple-news', 'newsbreak', 'smartnews', 'flipboard']) {
    const e = byId.get(id);
    assert.equal(e?.kind, 'aggregator', id);
    assert.equal(e?.relays, true, id);
  }
  for (const e of outlets) if (e.relays) assert.equal(e.kind, 'aggregator', e.id);
});

test('generic entries point at existing outlets, and their roles at their candidates', () => {
  const generics = outlets.filter((o) => o.kind === 'generic');
  const countries = new Set(generics.map((g) => g.country));
  for (const c of ['KP', 'RU', 'CN', 'IR', 'SY', 'BY', 'CU', 'VE', 'SA', 'TR', 'VN', 'EG'])
    assert.ok(countries.has(c), c);
  for (const g of generics) {
    assert.ok(g.candidates && g.candidates.length > 0, g.id);
    for (const c of g.candidates ?? []) {
      const target = byId.get(c);
      assert.ok(target, `${g.id} -> ${c}`);
      assert.notEqual(target?.kind, 'generic', `${g.id} -> ${c}`);
    }
    for (const ids of Object.values(g.roles ?? {}))
      for (const id of ids ?? []) assert.ok(g.candidates?.includes(id), `${g.id} role -> ${id}`);
  }
});

// Outlets whose home domain we are not sure of: better none than a guessed one (issue 13).
const WITHOUT_DOMAIN = new Set([
  'azertac',
  'kctv',
  'minju-choson',
  'belarus-1',
  'mrtv',
  'kazinform',
  'al-ekhbariya',
  'dow-jones-newswires',
  'aim-mozambique',
  'suna-sudan',
  'lana-libya',
  'eri-tv',
  'rtnc',
  'eptv-algeria',
  'nile-tv',
  'sudan-tv',
  'watania-tunisia',
  'al-iraqiya',
  'syrian-arab-tv',
  'saudi-tv',
  'abu-dhabi-tv',
  'dubai-tv',
  'qatar-tv',
  'kuwait-tv',
  'bahrain-tv',
  'oman-tv',
  'jordan-tv',
  'tele-liban',
  'al-masirah',
  'palestine-tv',
  'irinn',
  'nbt-thailand',
  'lntv',
  'tvk-cambodia',
  'rtb-brunei',
  'btv-bangladesh',
  'rupavahini',
  'rss-nepal',
  'ntv-nepal',
  'rta-afghanistan',
  'bakhtar',
]);

test('domains look like hostnames and are lower case', () => {
  for (const e of outlets) {
    for (const d of e.domains)
      assert.ok(isHostname(d) && d === d.toLowerCase() && !d.startsWith('www.'), `${e.id}: ${d}`);
    if (e.kind !== 'generic' && e.domains.length === 0) assert.ok(WITHOUT_DOMAIN.has(e.id), `${e.id} has no domain`);
  }
});

test('wikidata ids are well formed and not shared', () => {
  const seen = new Map<string, string>();
  for (const e of outlets) {
    if (!e.wikidata) continue;
    assert.match(e.wikidata, /^Q[1-9]\d*$/);
    assert.ok(!seen.has(e.wikidata), `${e.id} and ${seen.get(e.wikidata)} share ${e.wikidata}`);
    seen.set(e.wikidata, e.id);
  }
});

test('names and aliases are trimmed, and no alias repeats the name', () => {
  for (const e of outlets) {
    for (const a of [e.name, ...e.aliases])
      assert.equal(a, a.trim().replace(/\s+/g, ' '), `${e.id}: ${JSON.stringify(a)}`);
    assert.ok(!e.aliases.includes(e.name), e.id);
    // Possessives are the resolver's job, not the data's ("Jane's" is a brand, "Reuters's" would be a possessive).
    const names = new Set([e.name, ...e.aliases]);
    for (const a of e.aliases) {
      const base = a.replace(/['’]s?$/, '');
      assert.ok(base === a || !names.has(base), `${e.id}: ${a}`);
    }
  }
});
